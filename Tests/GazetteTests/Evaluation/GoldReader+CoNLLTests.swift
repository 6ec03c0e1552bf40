import Foundation
import Testing
import TestSupport
@testable import Gazette

@Suite("Gold reader: CoNLL/IOB")
struct GoldReaderCoNLLTests {
    /// The spans of the first document as (label, text) pairs.
    func spans(_ document: GoldDocument) -> [String] {
        let scalars = Array(document.text.unicodeScalars)
        return document.spans.map { span in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.start..<span.end])
            return "\(span.label) \(String(view))"
        }
    }

    @Test("BIO (IOB2): tokens joined by spaces, sentences by newlines, the tag in the last column")
    func bio() throws {
        let path = try goldFile("news.conll", [
            "Sam\tNNP\tB-PER", "Altman\tNNP\tI-PER", "leads\tVBZ\tO", "OpenAI\tNNP\tB-ORG", ".\t.\tO",
            "",
            "Microsoft\tNNP\tB-ORG", "Google\tNNP\tB-ORG", "paid\tVBD\tO", "$\t$\tB-MONEY", "5\tCD\tI-MONEY", "billion\tCD\tI-MONEY",
        ])
        let corpus = try GoldReader.read(path)
        #expect(corpus.documents.count == 1)
        let document = corpus.documents[0]
        #expect(document.id == "news")
        #expect(document.text == "Sam Altman leads OpenAI .\nMicrosoft Google paid $ 5 billion")
        #expect(spans(document) == ["PER Sam Altman", "ORG OpenAI", "ORG Microsoft", "ORG Google", "MONEY $ 5 billion"])
        #expect(document.spans.map(\.line) == [1, 4, 7, 8, 10])
    }

    @Test("IOB1: I- starts a span unless it continues the same type; B- splits two adjacent spans")
    func iob1() throws {
        let path = try goldFile("iob1.iob", [
            "Sam I-PER", "Altman I-PER", "and O", "Le I-ORG", "Monde I-ORG", "Reuters B-ORG", "said O", "Paris I-LOC",
        ])
        let document = try GoldReader.read(path).documents[0]
        #expect(spans(document) == ["PER Sam Altman", "ORG Le Monde", "ORG Reuters", "LOC Paris"])
    }

    @Test("A span ends at a type change and at a sentence break; BIOES tags read too")
    func boundaries() throws {
        let path = try goldFile("x.bio", ["A B-ORG", "B I-PER", "", "C I-PER", "D S-ORG", "E B-ORG", "F E-ORG", "G O"])
        #expect(spans(try GoldReader.read(path).documents[0]) == ["ORG A", "PER B", "PER C", "ORG D", "ORG E F"])
    }

    @Test("-DOCSTART- separates documents, named NAME#1, NAME#2, …")
    func documents() throws {
        let path = try goldFile("train.txt", [
            "-DOCSTART- -X- -X- O", "", "OpenAI NNP B-ORG", "", "-DOCSTART- -X- -X- O", "", "Nvidia NNP B-ORG", "wins O",
        ])
        let corpus = try GoldReader.read(path)
        #expect(corpus.documents.map(\.id) == ["train#1", "train#2"])
        #expect(corpus.documents.map(\.text) == ["OpenAI", "Nvidia wins"])
        #expect(corpus.documents.map(\.line) == [1, 5])
    }

    @Test("Malformed lines are errors naming FILE:LINE", arguments: [
        ("OpenAI", "expected a token and a tag"),
        ("OpenAI ORG", "tag \"ORG\" is not O, B-TYPE, I-TYPE"),
        ("OpenAI X-ORG", "tag \"X-ORG\" is not O"),
        ("OpenAI B-", "tag \"B-\" is not O"),
    ])
    func malformed(_ line: String, _ message: String) throws {
        let path = try goldFile("bad.conll", ["Le O", line])
        let error = try #require(dataError { _ = try GoldReader.read(path) })
        #expect(error.description.hasPrefix("\(path):2: \(message)"), "\(error)")
    }
}
