import Foundation

/// Finds the default lists shipped with the binary, without `Bundle.module` (which crashes
/// when the bundle is missing): the resource bundle sits next to the executable, both in
/// the build folder and in an installed copy.
enum DefaultLists {
    static let bundleName = "Gazette_GazetteerData.resources"

    /// The folder holding `organizations.tsv`, `lexicons/`, …
    static func directory() throws(GazetteerError) -> URL {
        let candidates = searchPaths()
        for url in candidates where FileManager.default.fileExists(atPath: url.appendingPathComponent("lexicons").path) {
            return url
        }
        throw GazetteerError(file: bundleName, line: 0, message: """
            the default lists and lexicons were not found; looked in \(candidates.map(\.path).joined(separator: ", ")). \
            Copy \(bundleName) from the build folder (.build/release/) next to the gazette binary
            """)
    }

    private static func searchPaths() -> [URL] {
        var folders: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        folders.append(URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent())
        folders.append(Bundle.main.bundleURL)
        if let resources = Bundle.main.resourceURL { folders.append(resources) }
        var seen = Set<String>()
        return folders.map { $0.appendingPathComponent(bundleName) }.filter { seen.insert($0.path).inserted }
    }
}
