import Foundation
import FuzzSupport
@testable import Gazette

/// Arbitrary bytes as a gazetteer TSV: the parser must return entries or a `FILE:LINE` error,
/// and entries must compile into the token trie and match a text made of their own aliases
/// (with candidates inside the text, on token boundaries).
let resources: Resources = {
    do { return try Resources.load(Configuration()) } catch { Fuzz.fail("cannot load resources: \(error)") }
}()
let analyzer: TextAnalyzer = {
    do { return try TextAnalyzer(splitter: resources.splitter, guesser: resources.guesser) } catch {
        Fuzz.fail("cannot open ICU: \(error)")
    }
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
    let matcher = GazetteerMatcher(entries: entries, tokenize: analyzer.tokenize)
    let text = entries.flatMap(\.aliases).joined(separator: ". ")
    for language in Language.allCases {
        let analysis: TextAnalysis
        do { analysis = try analyzer.analyze(Document(id: "fuzz", text: text), language: language) } catch {
            Fuzz.fail("analyze threw \(error)")
        }
        let candidates = GazetteerRecognizer(matcher: matcher).recognize(analysis)
        for candidate in candidates where candidate.range.isEmpty || candidate.range.upperBound > analysis.utf16.count {
            Fuzz.fail("candidate \(candidate.range) outside the text (\(analysis.utf16.count) UTF-16 units)")
        }
        _ = OverlapResolver.resolve(candidates)
    }
    return 0
}
