import Foundation
import Testing
import TestSupport
@testable import Gazette

/// Writes `lines` as a file in a fresh temporary directory; returns its path.
func goldFile(_ name: String, _ lines: [String]) throws -> String {
    try temporaryFile(name, lines.joined(separator: "\n") + "\n").path
}

/// The message of the `EvaluationDataError` that `body` throws, nil if it throws none.
func dataError(_ body: () throws -> Void) -> EvaluationDataError? {
    do { try body() } catch let error as EvaluationDataError { return error } catch { return nil }
    return nil
}

@Suite("Gold reader: JSON Lines (native, doccano, Prodigy/spaCy)")
struct GoldReaderJSONLinesTests {
    @Test("Native lines: id, lang, types, entities with optional text")
    func native() throws {
        let path = try goldFile("gold.jsonl", [
            #"{"id":"doe","lang":"fr","text":"Le DOE et l’ANR.","types":["ORG"],"entities":[{"start":3,"end":6,"type":"ORG","text":"DOE"},{"start":12,"end":15,"type":"ORG"}]}"#,
            "",
            #"{"id":"b","text":"Nothing here.","entities":[]}"#,
        ])
        let corpus = try GoldReader.read(path)
        #expect(corpus.documents.count == 2)
        let doe = corpus.documents[0]
        #expect(doe.id == "doe" && doe.language == .fr && doe.types == ["ORG"])
        #expect(doe.spans == [GoldSpan(start: 3, end: 6, label: "ORG", line: 1), GoldSpan(start: 12, end: 15, label: "ORG", line: 1)])
        #expect(corpus.documents[1].language == nil && corpus.documents[1].types == nil && corpus.documents[1].line == 3)
    }

    @Test("Offsets are Unicode scalar offsets: an emoji and a combining accent count as one scalar each")
    func scalarOffsets() throws {
        // "🚀 " is 2 scalars (3 UTF-16 units); "e\u{301}" is 2 scalars, 1 Character.
        let path = try goldFile("gold.jsonl", [#"{"id":"x","text":"🚀 e\u0301 OpenAI","entities":[{"start":5,"end":11,"type":"ORG","text":"OpenAI"}]}"#])
        #expect(try GoldReader.read(path).documents[0].spans.map(\.start) == [5])
    }

    @Test("doccano: [start, end, label] triples; a missing id becomes NAME:LINE; numeric ids are read")
    func doccano() throws {
        let path = try goldFile("export.jsonl", [
            #"{"text":"OpenAI and Sam Altman","label":[[0,6,"ORG"],[11,21,"PER"]]}"#,
            #"{"id":42,"text":"Nothing","label":[]}"#,
        ])
        let corpus = try GoldReader.read(path)
        #expect(corpus.documents.map(\.id) == ["export:1", "42"])
        #expect(corpus.documents[0].spans.map(\.label) == ["ORG", "PER"])
    }

    @Test("doccano's newer entity objects (start_offset, end_offset, label)")
    func doccanoEntities() throws {
        let path = try goldFile("export.jsonl", [#"{"id":1,"text":"OpenAI","entities":[{"id":9,"label":"ORG","start_offset":0,"end_offset":6}]}"#])
        #expect(try GoldReader.read(path).documents[0].spans == [GoldSpan(start: 0, end: 6, label: "ORG", line: 1)])
    }

    @Test("Prodigy/spaCy spans; meta.id names the document; rejected answers are skipped with a warning")
    func prodigy() throws {
        let path = try goldFile("prodigy.jsonl", [
            #"{"text":"Nvidia pays $5 billion","meta":{"id":"n1"},"spans":[{"start":0,"end":6,"label":"ORG","token_start":0,"token_end":0},{"start":12,"end":22,"label":"MONEY"}],"answer":"accept"}"#,
            #"{"text":"Rejected","spans":[],"answer":"reject"}"#,
        ])
        let corpus = try GoldReader.read(path)
        #expect(corpus.documents.map(\.id) == ["n1"])
        #expect(corpus.documents[0].spans.map(\.label) == ["ORG", "MONEY"])
        #expect(corpus.warnings == ["\(path):2: skipped a Prodigy example answered \"reject\""])
    }

    @Test("Malformed lines and spans are errors naming FILE:LINE", arguments: [
        (#"{"id":"a","text":"OpenAI","entities":[{"start":0,"end":6,"type":"ORG","text":"Google"}]}"#,
         #"ORG span 0-6 is "OpenAI" in the text, but its text says "Google""#),
        (#"{"id":"a","text":"OpenAI","entities":[{"start":0,"end":7,"type":"ORG"}]}"#, "ORG span 0-7 is out of bounds"),
        (#"{"id":"a","text":"OpenAI","entities":[{"start":3,"end":3,"type":"ORG"}]}"#, "ORG span 3-3 is out of bounds"),
        (#"{"id":"a","text":"OpenAI","entities":[{"start":-1,"end":3,"type":"ORG"}]}"#, "ORG span -1-3 is out of bounds"),
        (#"{"id":"a","text":"OpenAI","entities":[{"start":0,"end":6}]}"#, "a span needs a string \"type\""),
        (#"{"id":"a","text":"OpenAI","entities":[{"start":"0","end":6,"type":"ORG"}]}"#, "a span needs integer \"start\" and \"end\""),
        (#"{"id":"a","text":"OpenAI","label":[[0,6]]}"#, "a doccano label must be [start, end, \"TYPE\"]"),
        (#"{"id":"a","text":"OpenAI","entities":{}}"#, "\"entities\" must be a list of spans"),
        (#"{"id":"a","text":"OpenAI"}"#, "no annotations"),
        (#"{"id":"a","entities":[]}"#, "no string field \"text\""),
        (#"{"id":"a","text":"OpenAI","types":"ORG","entities":[]}"#, "\"types\" must be a list"),
        (#"{"id":"a", "text": "#, "not valid JSON"),
        (#"["a"]"#, "a JSON array"),
        (#""text""#, "expected a JSON object"),
    ])
    func malformed(_ line: String, _ message: String) throws {
        let good = #"{"id":"ok","text":"x","entities":[]}"#
        let path = try goldFile("bad.jsonl", [good, line])
        let error = try #require(dataError { _ = try GoldReader.read(path) })
        #expect(error.kind == .malformed)
        #expect(error.description.hasPrefix("\(path):2: \(message)"), "\(error)")
    }

    @Test("Duplicate document ids are an error at the second one")
    func duplicateIDs() throws {
        let path = try goldFile("dup.jsonl", [#"{"id":"a","text":"x","entities":[]}"#, #"{"id":"a","text":"y","entities":[]}"#])
        #expect(dataError { _ = try GoldReader.read(path) }?.description == "\(path):2: duplicate document id \"a\" (first at \(path):1)")
    }

    @Test("Invalid UTF-8 is malformed data at its line")
    func invalidUTF8() throws {
        let url = try temporaryDirectory().appendingPathComponent("bad.jsonl")
        try Data(Array(#"{"id":"a","text":"x","entities":[]}"#.utf8) + [0x0A, 0x7B, 0xFF, 0x7D, 0x0A]).write(to: url)
        #expect(dataError { _ = try GoldReader.read(url.path) }?.description == "\(url.path):2: invalid UTF-8 at byte 37")
    }
}
