import Foundation
import Testing
import TestSupport
@testable import Gazette

@Suite("Prediction reader (--pred)")
struct PredictionReaderTests {
    let gold = [
        GoldDocument(id: "a", text: "OpenAI et Microsoft", spans: []),
        GoldDocument(id: "b", text: "Sam Altman", spans: []),
    ]

    @Test("Entity lines and document lines, matched to gold by doc (or id)")
    func shapes() throws {
        let predictions = try PredictionReader.parse("""
            {"doc":"a","type":"ORG","text":"OpenAI","start":0,"end":6,"sentence":0,"source":"gazetteer","score":0.95}
            {"doc":"a","type":"ORG","start":10,"end":19}

            {"id":"b","lang":"en","entities":[{"type":"PERSON","text":"Sam Altman","start":0,"end":10}]}
            """, file: "pred.jsonl", gold: gold)
        #expect(predictions.spans["a"]?.map { "\($0.label) \($0.start)-\($0.end)" } == ["ORG 0-6", "ORG 10-19"])
        #expect(predictions.spans["b"]?.map(\.label) == ["PERSON"])
        #expect(predictions.warnings.isEmpty)
    }

    @Test("Gold documents without predictions have none; predictions for unknown documents are a warning")
    func unknownDocuments() throws {
        let predictions = try PredictionReader.parse("""
            {"doc":"zz","type":"ORG","start":0,"end":6}
            {"doc":"a","type":"ORG","start":0,"end":6}
            {"doc":"yy","entities":[]}
            """, file: "pred.jsonl", gold: gold)
        #expect(predictions.spans["b"] == [])
        #expect(predictions.warnings == [#"pred.jsonl:1: predictions for documents not in the gold, ignored: "zz" and 1 more"#])
    }

    @Test("Spans are checked against the gold text: wrong offsets are errors naming FILE:LINE", arguments: [
        (#"{"doc":"a","type":"ORG","text":"OpenAI","start":1,"end":7}"#, #"ORG span 1-7 is "penAI " in the text, but its text says "OpenAI""#),
        (#"{"doc":"b","type":"PERSON","start":0,"end":11}"#, "PERSON span 0-11 is out of bounds"),
        (#"{"type":"ORG","start":0,"end":6}"#, "no \"doc\""),
        (#"{"doc":"a","start":0,"end":6}"#, "a span needs a string \"type\""),
        ("not json", "not valid JSON"),
    ])
    func malformed(_ line: String, _ message: String) {
        let error = dataError { _ = try PredictionReader.parse("\n" + line + "\n", file: "pred.jsonl", gold: gold) }
        #expect(error?.description.hasPrefix("pred.jsonl:2: \(message)") == true, "\(String(describing: error))")
    }

    @Test("A missing file is not found")
    func missing() {
        #expect(dataError { _ = try PredictionReader.read("/nonexistent/pred.jsonl", gold: gold) }?.kind == .notFound)
    }
}
