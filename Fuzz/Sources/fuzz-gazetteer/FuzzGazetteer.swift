import Foundation
import FuzzSupport
@testable import Gazette

/// Arbitrary bytes as a gazetteer TSV: the parser must return entries or a `FILE:LINE` error,
/// and entries must compile with the rules (`Gazette.compile`, as `Gazette.init` does) and
/// match a text made of their own aliases, every result passing the invariant check.
let configuration: Configuration = {
    var configuration = Configuration(types: [.org, .person, .program], usesDefaultGazetteers: false)
    configuration.checksInvariants = true
    return configuration
}()
let resources: Resources = {
    do { return try Resources.load(configuration) } catch { Fuzz.fail("cannot load resources: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let contents = String(decoding: Fuzz.bytes(data, size), as: UTF8.self)
    let entries: [GazetteerEntry]
    do {
        entries = try GazetteerParser.parse(contents, file: "fuzz.tsv")
    } catch {
        guard error.line >= 0, error.file == "fuzz.tsv", !error.description.isEmpty else {
            Fuzz.fail("bad error \(error)")
        }
        return 0
    }
    for entry in entries {
        guard !entry.id.isEmpty, !entry.name.isEmpty, entry.type != .money, entry.aliases.contains(entry.name) else {
            Fuzz.fail("bad entry \(entry)")
        }
    }
    var withEntries = resources
    withEntries.entries = entries
    let pipeline: Pipeline, analyzers: AnalyzerPool
    do { (pipeline, analyzers) = try Gazette.compile(configuration, withEntries) } catch {
        Fuzz.fail("entries that parse do not compile: \(error)")
    }
    let text = entries.flatMap(\.aliases).joined(separator: ". ")
    for language in Language.allCases {
        do {
            let analyzer = try analyzers.take()
            let extraction = pipeline.run(try analyzer.analyze(Document(id: "fuzz", text: text), language: language))
            analyzers.give(analyzer)
            let violations = extraction.invariantViolations(types: configuration.types)
            if !violations.isEmpty { Fuzz.fail(violations.joined(separator: "; ")) }
        } catch {
            Fuzz.fail("analyze threw \(error)")
        }
    }
    return 0
}
