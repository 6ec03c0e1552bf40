/// Sentence segmentation: ICU's sentence break, then a correction pass that undoes the
/// splits ICU makes after abbreviations, initials, inside quotes and brackets, before a
/// lowercase word, and at line breaks that wrap a sentence rather than end it.
struct SentenceSplitter {
    /// Abbreviations after which a sentence never ends ("dr.", "mme", "m."), folded, with their period if any.
    var titles: Set<String>
    /// Abbreviations after which a sentence ends only if a sentence-starting word follows ("u.s.", "inc.").
    var abbreviations: Set<String>
    /// Words that typically open a sentence ("the", "le", "cette"), folded.
    var sentenceStarters: Set<String>

    /// Sets `sentence` on every token and returns the sentences as token index ranges.
    func split(_ utf16: [UInt16], tokens: inout [Token], breaker: BreakIterator) -> [Range<Int>] {
        guard !tokens.isEmpty else { return [] }
        let (ends, _) = breaker.segments(utf16)
        var starts: [Int] = [0]  // token indices where a sentence starts
        var k = 0
        var depth = 0
        var depthTokenIndex = 0
        for end in ends.dropLast() {
            while k < tokens.count, tokens[k].start < end { k += 1 }
            guard k > 0, k < tokens.count, k > starts.last! else { continue }
            // Bracket and quote depth within the current sentence.
            while depthTokenIndex < k {
                depth = max(0, depth + Self.depthChange(tokens[depthTokenIndex].key))
                depthTokenIndex += 1
            }
            if keepsBoundary(before: k, tokens, utf16, depth: depth) {
                starts.append(k)
                depth = 0
            }
        }
        var sentences: [Range<Int>] = []
        for (i, s) in starts.enumerated() {
            let e = i + 1 < starts.count ? starts[i + 1] : tokens.count
            for t in s..<e { tokens[t].sentence = Int32(i) }
            sentences.append(s..<e)
        }
        return sentences
    }

    private static func depthChange(_ key: String) -> Int {
        // One-byte keys only: a look at the UTF-8 bytes, no string comparison.
        let utf8 = key.utf8
        guard utf8.count == 1, let byte = utf8.first else { return 0 }
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): return 1
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): return -1
        default: return 0
        }
    }

    private static let terminal: Set<String> = [".", "!", "?", "…", ":", ";", "\"", ")", "»"]

    private func keepsBoundary(before k: Int, _ tokens: [Token], _ utf16: [UInt16], depth: Int) -> Bool {
        let next = tokens[k], prev = tokens[k - 1]
        let gap = utf16[Int(prev.end)..<Int(next.start)]
        let lineBreaks = gap.count(where: { $0 == 0x0A || $0 == 0x2029 || $0 == 0x2028 })
            + (gap.contains(0x0A) ? 0 : gap.count(where: { $0 == 0x0D }))
        if lineBreaks >= 2 { return true }
        if depth > 0, lineBreaks == 0 { return false }
        if next.kind == .word, next.shape == .lower { return false }
        if next.kind == .punctuation, [",", ";", ")", "]", "\"", "."].contains(next.key) { return false }
        if lineBreaks == 1 {
            if Self.terminal.contains(prev.key) { return true }
            // A wrapped line: no closing punctuation, and the line reads as prose, not a headline.
            return !(prev.shape == .lower || lineLength(endingAt: Int(prev.end), utf16) >= 60)
        }
        if prev.key == ".", k >= 2 {
            let word = tokens[k - 2]
            guard word.end == prev.start, word.kind == .word else { return true }
            let abbreviation = word.key + "."
            if word.shape == .capitalized, word.end - word.start == 1 { return false }  // an initial
            if titles.contains(abbreviation) || titles.contains(word.key) { return false }
            if abbreviations.contains(abbreviation) { return sentenceStarters.contains(next.key) }
        }
        return true
    }

    private func lineLength(endingAt end: Int, _ utf16: [UInt16]) -> Int {
        var i = end
        while i > 0, end - i < 200, !Tokenizer.isLineBreak(utf16[i - 1]) { i -= 1 }
        return end - i
    }
}
