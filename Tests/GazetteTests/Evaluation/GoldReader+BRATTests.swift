import Foundation
import Testing
import TestSupport
@testable import Gazette

@Suite("Gold reader: BRAT standoff")
struct GoldReaderBRATTests {
    /// A BRAT collection: `name.txt` and `name.ann` for each (name, text, ann).
    func collection(_ documents: [(String, String, String)]) throws -> URL {
        let dir = try temporaryDirectory()
        for (name, text, ann) in documents {
            try Data(text.utf8).write(to: dir.appendingPathComponent(name + ".txt"))
            try Data(ann.utf8).write(to: dir.appendingPathComponent(name + ".ann"))
        }
        try Data("not gold".utf8).write(to: dir.appendingPathComponent("README.md"))
        return dir
    }

    @Test("Text-bound lines are spans; other lines are passed over; documents in name order, named after their files")
    func reads() throws {
        let dir = try collection([
            ("b", "Sam Altman runs OpenAI.\n", "T1\tPERSON 0 10\tSam Altman\nT2\tORG 16 22\tOpenAI\nR1\tWorksFor Arg1:T1 Arg2:T2\nA1\tNegated T2\n#1\tAnnotatorNotes T1\tnote\n"),
            ("a", "Le DOE.", "T1\tORG 3 6\tDOE\n"),
        ])
        let corpus = try GoldReader.read(dir.path)
        #expect(corpus.documents.map(\.id) == ["a", "b"])
        #expect(corpus.documents[1].spans == [GoldSpan(start: 0, end: 10, label: "PERSON", line: 1),
                                              GoldSpan(start: 16, end: 22, label: "ORG", line: 2)])
        #expect(corpus.documents[1].file == dir.path + "/b.ann")
        #expect(corpus.warnings.isEmpty)
    }

    @Test("A discontinuous span is skipped with a warning naming its line")
    func discontinuous() throws {
        let dir = try collection([("d", "Bank of France", "T1\tORG 0 4;8 14\tBank France\nT2\tORG 0 14\tBank of France\n")])
        let corpus = try GoldReader.read(dir.path)
        #expect(corpus.documents[0].spans.map(\.line) == [2])
        #expect(corpus.warnings == ["\(dir.path)/d.ann:1: skipped the discontinuous ORG span 0 4;8 14"])
    }

    @Test("A newline inside a span is a space in BRAT's text column")
    func newlineInSpan() throws {
        let dir = try collection([("n", "Banque\nde France", "T1\tORG 0 16\tBanque de France\n")])
        #expect(try GoldReader.read(dir.path).documents[0].spans.count == 1)
    }

    @Test("One .ann file (or its .txt) reads one document")
    func singleFile() throws {
        let dir = try collection([("one", "OpenAI", "T1\tORG 0 6\tOpenAI\n")])
        #expect(try GoldReader.read(dir.path + "/one.ann").documents.map(\.id) == ["one"])
        #expect(try GoldReader.read(dir.path + "/one.txt").documents.map(\.id) == ["one"])
    }

    @Test("Malformed lines and spans are errors naming FILE:LINE", arguments: [
        ("T1\tORG 0 6\tGoogle\n", #"ORG span 0-6 is "OpenAI" in the text, but its text says "Google""#),
        ("T1\tORG 0 60\tOpenAI\n", "ORG span 0-60 is out of bounds"),
        ("T1\tORG zero six\tOpenAI\n", "expected \"TYPE START END\""),
        ("T1\tORG\tOpenAI\n", "expected \"TYPE START END\""),
        ("T1 ORG 0 6 OpenAI\n", "a text-bound annotation must be"),
    ])
    func malformed(_ line: String, _ message: String) throws {
        let dir = try collection([("m", "OpenAI and Google", "T1\tORG 11 17\tGoogle\n" + line.replacingOccurrences(of: "T1", with: "T2"))])
        let error = try #require(dataError { _ = try GoldReader.read(dir.path) })
        #expect(error.description.hasPrefix("\(dir.path)/m.ann:2: \(message)"), "\(error)")
    }

    @Test("An .ann without its .txt is a missing file (exit 66)")
    func missingText() throws {
        let dir = try collection([("x", "OpenAI", "T1\tORG 0 6\tOpenAI\n")])
        try FileManager.default.removeItem(at: dir.appendingPathComponent("x.txt"))
        #expect(dataError { _ = try GoldReader.read(dir.path) }?.kind == .notFound)
    }
}
