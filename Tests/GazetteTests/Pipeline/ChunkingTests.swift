import Foundation
import Testing
import TestSupport
@testable import Gazette

@Suite("Chunked analysis of long texts")
struct ChunkingTests {
    static let rows = [
        "doe\tORG\tUnited States Department of Energy\tDepartment of Energy|DOE|Département américain de l’Énergie\t*\t",
        "acme\tORG\tAcme Widgets\t\t*\t",
        "genesis\tPROGRAM\tGenesis Mission\tMission Genesis\t*\t",
        "roe\tPERSON\tJane Roe\t\t*\t",
    ]

    /// An extractor with the test list, analyzing texts longer than `chunkLength` in chunks.
    static func extractor(chunkLength: Int) throws -> Gazette {
        let tsv = (["id\ttype\tname\taliases\tlang\tmatch"] + rows).joined(separator: "\n") + "\n"
        let list = try temporaryFile("list.tsv", tsv)
        var configuration = Configuration(gazetteers: [list], usesDefaultGazetteers: false)
        configuration.chunkLength = chunkLength
        return try Gazette(configuration: configuration)
    }

    static let whole = try! extractor(chunkLength: .max)
    static let chunked = try! extractor(chunkLength: 2_000)

    static let paragraphs = [
        "Jane Roe said the Department of Energy would fund the Genesis Mission. Acme Widgets 😀 agreed.",
        "Le Département américain de l’Énergie (DOE) a signé avec Acme Widgets.\nLa Mission Genesis commence.",
        "Nothing to see here, only words about weather and 𝒜𝒷𝒸 letters; then Acme Widgets again.",
    ]

    /// Paragraphs separated by blank lines, many times over.
    static let repeated = (0..<300).map { paragraphs[$0 % paragraphs.count] }.joined(separator: "\r\n\r\n")

    @Test("A document of repeated paragraphs gives the same entities in chunks as whole")
    func repeatedParagraphs() throws {
        #expect(Self.repeated.utf16.count > 10 * 2_000)
        let expected = try Self.whole.analyze(Document(id: "r", text: Self.repeated))
        let actual = try Self.chunked.analyze(Document(id: "r", text: Self.repeated))
        #expect(expected.entities.count == 300 / 3 * 9)
        #expect(actual.entities == expected.entities)
        #expect(actual.language == expected.language)
        #expect(actual.entities.last!.sentence > 400)
    }

    @Test("Offsets of a chunked document are global: each entity's text is the document's slice")
    func globalOffsets() throws {
        let extraction = try Self.chunked.analyze(Document(text: Self.repeated))
        #expect(extraction.invariantViolations().isEmpty)
        let scalars = Array(Self.repeated.unicodeScalars)
        let utf8 = Array(Self.repeated.utf8)
        for entity in extraction.entities {
            #expect(String(String.UnicodeScalarView(scalars[entity.span.scalars])) == entity.text)
            #expect(String(decoding: utf8[entity.span.utf8], as: UTF8.self) == entity.text)
        }
        #expect(extraction.entities.last!.start > scalars.count - 200)
    }

    @Test("One long line is cut at sentence starts and loses nothing")
    func singleLine() throws {
        let line = (0..<120).map { Self.paragraphs[$0 % 3].replacingOccurrences(of: "\n", with: " ") }.joined(separator: " ")
        #expect(!line.contains("\n"))
        let expected = try Self.whole.analyze(Document(text: line)).entities
        let actual = try Self.chunked.analyze(Document(text: line)).entities
        #expect(actual.map(\.span) == expected.map(\.span))
        #expect(actual.map(\.sentence) == expected.map(\.sentence))
    }

    @Test("A text without any whitespace is cut between scalars, never inside a surrogate pair")
    func noWhitespace() throws {
        let text = String(repeating: "😀a", count: 3_000) + "Acme"
        let extraction = try Self.chunked.analyze(Document(text: text))
        #expect(extraction.invariantViolations().isEmpty)
        let odd = try Self.extractor(chunkLength: 1_001)
        #expect(try odd.analyze(Document(text: text)).invariantViolations().isEmpty)
    }

    @Test("A document fed in pieces gives what the whole document gives", arguments: [1, 97, 1_000, 5_000])
    func stream(pieceLength: Int) throws {
        let expected = try Self.whole.analyze(Document(id: "s", text: Self.repeated)).entities
        var stream = DocumentStream(gazette: Self.chunked, id: "s")
        var actual: [Entity] = []
        var rest = Substring(Self.repeated)
        while !rest.isEmpty {
            actual += try stream.append(rest.prefix(pieceLength))
            rest = rest.dropFirst(pieceLength)
        }
        actual += try stream.finish()
        #expect(actual == expected)
        #expect(stream.language == .en)
    }

    @Test("A short document in a stream is analyzed whole, with its language")
    func shortStream() throws {
        var stream = DocumentStream(gazette: Self.chunked, id: "short")
        #expect(try stream.append("Le Département américain de l’Énergie ").isEmpty)
        #expect(try stream.append("et la Mission Genesis.").isEmpty)
        let entities = try stream.finish()
        #expect(entities.map(\.text) == ["Département américain de l’Énergie", "Mission Genesis"])
        #expect(stream.language == .fr)
    }

    @Test("Cuts prefer a paragraph break, then a sentence start, then a line break, then a space")
    func boundaryPreference() {
        func cut(_ text: String, limit: Int = .max, sentence: Int? = nil) -> Int {
            ChunkBoundary.cut(Array(text.utf16).prefix(limit)) { _ in sentence }
        }
        //        0         1         2         3
        //        0123456789012345678901234567890123456789
        let text = "aaaaaaaaaa bbbbbbbbbb\n\ncccc\ndddd eeee ff"
        #expect(cut(text) == 21)                         // at the blank line, before its whitespace
        let noParagraph = "aaaaaaaaaa bbbbbbbbbb cccc\ndddd eeee ff"
        #expect(cut(noParagraph, sentence: 22) == 22)    // a sentence start wins over a line break
        #expect(cut(noParagraph) == 26)                  // the line break
        #expect(cut("aaaaaaaaaa bbbbbbbbbb cccc dddd eeee ff") == 36)
        #expect(cut(String(repeating: "x", count: 40)) == 40)
        #expect(cut(String(repeating: "x", count: 39) + "😀", limit: 40) == 39)  // the pair is not split
    }
}

@Suite("UTF-8 decoding in blocks")
struct UTF8StreamDecoderTests {
    static let input: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Été 😀 ".utf8) + [0xFF, 0xE2, 0x82, 0x41]
        + Array("€𝒜".utf8) + [0xF0, 0x9F, 0x98] + Array(" fin".utf8) + [0xC3]

    @Test("Any block size decodes to the whole-input text and issues", arguments: 1...9)
    func blocks(size: Int) {
        let whole = UTF8Decoder.decode(Self.input)
        var decoder = UTF8StreamDecoder()
        var text = ""
        var i = 0
        while i < Self.input.count {
            text += decoder.decode(Self.input[i..<min(i + size, Self.input.count)])
            i += size
        }
        text += decoder.finish()
        #expect(text == whole.text)
        #expect(decoder.issues == whole.issues)
        #expect(decoder.issueCount == whole.issues.count)
    }

    @Test("A BOM is dropped only at the beginning")
    func laterBOM() {
        var decoder = UTF8StreamDecoder()
        let text = decoder.decode(Array("ab".utf8)) + decoder.decode([0xEF, 0xBB, 0xBF, 0x63]) + decoder.finish()
        #expect(text == "ab\u{FEFF}c")
    }
}
