import Testing
import TestSupport
@testable import Gazette

@Suite("Offsets into the original text")
struct OffsetTests {
    static let list = try! gazette(withList: [
        "doe\tORG\tDépartement américain de l’Énergie\tDOE\t*\t",
        "openai\tORG\tOpenAI\t\t*\t",
        "genesis\tPROGRAM\tMission Genesis\t\t*\t",
    ])

    static let texts = [
        "Le Département américain de l’Énergie (DOE) a signé avec OpenAI.",
        "😀👩‍👩‍👧 Le DOE\u{00A0}: OpenAI\u{202F}!",                       // emoji, ZWJ sequence, NBSP, narrow NBSP
        "Cafe\u{0301} du De\u{0301}partement ame\u{0301}ricain de l’E\u{0301}nergie, OpenAI.", // combining accents
        "Ligne un\r\nLa « Mission Genesis » d’OpenAI\r\nDOE\r\n",      // CRLF
        "𝒜𝒷𝒸 — OpenAI, 𝔇𝔒𝔈 and DOE.",                                  // astral letters
    ]

    @Test("Entity text equals the original slice in scalar, UTF-16 and UTF-8 offsets", arguments: texts)
    func sliceInvariant(text: String) throws {
        let extraction = try Self.list.analyze(Document(text: text))
        #expect(!extraction.entities.isEmpty)
        #expect(extraction.invariantViolations().isEmpty)
        let scalars = Array(text.unicodeScalars)
        let utf8 = Array(text.utf8), utf16 = Array(text.utf16)
        for e in extraction.entities {
            #expect(String(String.UnicodeScalarView(scalars[e.span.scalars])) == e.text)
            #expect(String(decoding: utf16[e.span.utf16], as: UTF16.self) == e.text)
            #expect(String(decoding: utf8[e.span.utf8], as: UTF8.self) == e.text)
        }
    }

    @Test("Scalar offsets count an emoji as one and a ZWJ sequence by its scalars")
    func emojiOffsets() throws {
        let entities = try Self.list.extract("😀👩‍👩‍👧 OpenAI")
        let openAI = try #require(entities.first)
        // 😀 (1) + 👩 ZWJ 👩 ZWJ 👧 (5) + space (1) = 7 scalars; UTF-16: 2 + 8 + 1 = 11; UTF-8: 4 + 18 + 1 = 23
        #expect(openAI.span.scalars == 7..<13)
        #expect(openAI.span.utf16 == 11..<17)
        #expect(openAI.span.utf8 == 23..<29)
    }

    @Test("CRLF counts as two characters")
    func crlfOffsets() throws {
        let entities = try Self.list.extract("A\r\nOpenAI")
        #expect(entities.first?.start == 3)
    }
}
