import Foundation
import Gazette

/// One extractor for a whole test run: loading and compiling the lists once keeps tests fast.
public let sharedGazette: Gazette = {
    do { return try Gazette() } catch { fatalError("cannot load the default lists: \(error)") }
}()

/// The repository root, found from this file's location.
public let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Entities of `text` as (type, text) pairs, in order.
public func spans(_ text: String, gazette: Gazette = sharedGazette, language: Language? = nil) throws -> [(EntityType, String)] {
    try gazette.analyze(Document(text: text), language: language).entities.map { ($0.type, $0.text) }
}

/// The texts of the entities of one type.
public func texts(_ type: EntityType, in text: String, gazette: Gazette = sharedGazette, language: Language? = nil) throws -> [String] {
    try spans(text, gazette: gazette, language: language).filter { $0.0 == type }.map(\.1)
}
