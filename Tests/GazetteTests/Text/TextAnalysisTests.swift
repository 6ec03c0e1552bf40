import Testing
@testable import Gazette

@Suite("Tokens by offset")
struct TextAnalysisTests {
    /// Tokens at the given UTF-16 starts, each two units long.
    private func analysis(starts: [Int]) -> TextAnalysis {
        let tokens = starts.map { Token(start: Int32($0), end: Int32($0 + 2), kind: .word, shape: .lower, key: "x") }
        let text = String(repeating: "x", count: (starts.last ?? 0) + 4)
        return TextAnalysis(document: Document(text: text), language: .en, tokens: tokens,
                            sentences: tokens.isEmpty ? [] : [0..<tokens.count])
    }

    @Test("The first token at or after an offset is the one a scan from the start finds",
          arguments: [0, 1, 2, 3, 7, 8, 100])
    func firstTokenAgreesWithScan(_ count: Int) {
        // Gaps of one to three units between tokens, so offsets fall on, inside and between them.
        let starts = (0..<count).reduce(into: [Int]()) { starts, k in starts.append((starts.last ?? 0) + 3 + k % 3) }
        let text = analysis(starts: starts)
        for offset in -1...((starts.last ?? 0) + 5) {
            let scanned = starts.firstIndex { $0 >= offset } ?? starts.count
            #expect(text.firstToken(atOrAfter: offset) == scanned, "offset \(offset) of \(count) tokens")
        }
    }

    @Test("A range covers tokens only when it starts on one")
    func tokenRangeCovering() {
        let text = analysis(starts: [0, 3, 6, 9])
        #expect(text.tokenRange(covering: 3..<8) == 1..<3)
        #expect(text.tokenRange(covering: 0..<11) == 0..<4)
        #expect(text.tokenRange(covering: 4..<8) == nil)
        #expect(text.tokenRange(covering: 12..<14) == nil)
    }
}
