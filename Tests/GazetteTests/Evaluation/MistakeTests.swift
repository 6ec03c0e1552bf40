import Testing
import TestSupport
@testable import Gazette

@Suite("Mistake context")
struct MistakeTests {
    func context(_ text: String, _ start: Int, _ end: Int, width: Int = 40) -> String {
        Mistake.context(Array(text.unicodeScalars), start, end, width: width)
    }

    @Test("The span is marked, with up to `width` scalars either side and … where the text goes on")
    func window() {
        #expect(context("abcdefghij", 4, 6, width: 2) == "…cd[[ef]]gh…")
        #expect(context("abcdefghij", 0, 2, width: 2) == "[[ab]]cd…")
        #expect(context("abcdefghij", 8, 10, width: 2) == "…gh[[ij]]")
        #expect(context("abcdefghij", 4, 6, width: 40) == "abcd[[ef]]ghij")
    }

    @Test("Newlines show as ⏎ (CRLF as one), tabs as spaces; offsets are scalars, not characters")
    func newlines() {
        #expect(context("a\nb\r\nc\td", 2, 3) == "a⏎[[b]]⏎c d")
        // "e\u{301}" is one Character but two scalars.
        #expect(context("e\u{301}tat OpenAI", 6, 12) == "e\u{301}tat [[OpenAI]]")
    }
}
