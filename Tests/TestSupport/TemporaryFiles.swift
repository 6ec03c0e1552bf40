import Foundation
import Gazette

/// Where one test process keeps its temporary files: removed when the process exits, so runs
/// leave nothing behind in the system's temporary directory.
private let testRootPath = FileManager.default.temporaryDirectory
    .appendingPathComponent("gazette-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)").path

private let testRoot: URL = {
    atexit { try? FileManager.default.removeItem(atPath: testRootPath) }
    return URL(fileURLWithPath: testRootPath)
}()

/// A fresh temporary directory, under a root removed when the test process exits.
public func temporaryDirectory() throws -> URL {
    let url = testRoot.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes `contents` to a new temporary file with the given name and returns its URL.
public func temporaryFile(_ name: String, _ contents: String) throws -> URL {
    let url = try temporaryDirectory().appendingPathComponent(name)
    try Data(contents.utf8).write(to: url)
    return url
}

/// An extractor with only the given TSV lines as its gazetteer (header added), no default lists.
public func gazette(withList rows: [String], types: Set<EntityType> = [.org, .person, .program]) throws -> Gazette {
    let tsv = (["id\ttype\tname\taliases\tlang\tmatch"] + rows).joined(separator: "\n") + "\n"
    let url = try temporaryFile("list.tsv", tsv)
    return try Gazette(configuration: Configuration(types: types, gazetteers: [url], usesDefaultGazetteers: false))
}
