import Foundation
import Gazette

/// A fresh temporary directory, removed by the caller with `try? FileManager.default.removeItem(at:)`.
public func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-tests-\(UUID().uuidString)")
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
