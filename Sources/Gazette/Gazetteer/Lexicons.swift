import Foundation

/// Every lexicon of `Gazetteers/lexicons/`, loaded once, looked up by file name.
struct Lexicons: Sendable {
    private var byName: [String: Lexicon] = [:]
    let directory: URL

    init(directory: URL) throws(GazetteerError) {
        self.directory = directory
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw GazetteerError(file: directory.path, line: 0, message: "cannot list the lexicons folder")
        }
        for file in files where file.hasSuffix(".txt") {
            byName[String(file.dropLast(4))] = try Lexicon(contentsOf: directory.appendingPathComponent(file))
        }
    }

    /// The lexicon of that name; a missing one is an installation problem worth stopping for.
    func callAsFunction(_ name: String) throws(GazetteerError) -> Lexicon {
        guard let lexicon = byName[name] else {
            throw GazetteerError(file: directory.appendingPathComponent(name + ".txt").path, line: 0,
                                 message: "missing lexicon")
        }
        return lexicon
    }
}
