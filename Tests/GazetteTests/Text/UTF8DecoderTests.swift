import Testing
@testable import Gazette

@Suite("UTF-8 decoding")
struct UTF8DecoderTests {
    @Test("A leading BOM is dropped")
    func bom() {
        let decoded = UTF8Decoder.decode([0xEF, 0xBB, 0xBF] + Array("Été".utf8))
        #expect(decoded.text == "Été")
        #expect(decoded.issues.isEmpty)
    }

    @Test("Valid text, CRLF kept as two characters")
    func crlf() {
        let decoded = UTF8Decoder.decode(Array("a\r\nb".utf8))
        #expect(decoded.text.unicodeScalars.count == 4)
    }

    @Test("Each maximal invalid subsequence becomes one U+FFFD, with its byte offset",
          arguments: [
            // (bytes, expected text, expected (offset, length) issues) — as Python's errors="replace"
            ([0x61, 0xFF, 0x62], "a\u{FFFD}b", [[1, 1]]),
            ([0x61, 0xE2, 0x82], "a\u{FFFD}", [[1, 2]]),                       // truncated at EOF
            ([0xC0, 0xAF], "\u{FFFD}\u{FFFD}", [[0, 1], [1, 1]]),              // overlong
            ([0xED, 0xA0, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}", [[0, 1], [1, 1], [2, 1]]), // surrogate
            ([0xF0, 0x9F, 0x98, 0x41], "\u{FFFD}A", [[0, 3]]),
            ([0xF4, 0x90, 0x80, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}", [[0, 1], [1, 1], [2, 1], [3, 1]]),
          ] as [([UInt8], String, [[Int]])])
    func invalid(bytes: [UInt8], text: String, issues: [[Int]]) {
        let decoded = UTF8Decoder.decode(bytes)
        #expect(decoded.text == text)
        #expect(decoded.issues.map { [$0.byteOffset, $0.length] } == issues)
    }

    @Test("Offsets of issues count the BOM bytes")
    func offsetAfterBOM() {
        let decoded = UTF8Decoder.decode([0xEF, 0xBB, 0xBF, 0x61, 0xFF])
        #expect(decoded.issues.map(\.byteOffset) == [4])
    }

    @Test("Empty input decodes to empty text")
    func empty() {
        #expect(UTF8Decoder.decode([UInt8]()).text.isEmpty)
    }
}
