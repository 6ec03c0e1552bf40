/// A document as the recognizers see it: its tokens, sentences and language.
struct TextAnalysis {
    var document: Document
    var language: Language
    var tokens: [Token]
    /// Sentences as ranges of token indices.
    var sentences: [Range<Int>]

    var utf16: [UInt16] { document.utf16 }

    /// The original text of a token range.
    func text(_ tokens: Range<Int>) -> String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        return document.slice(Int(self.tokens[first].start)..<Int(self.tokens[last].end))
    }

    /// The original text of one token.
    func text(of token: Token) -> String { document.slice(token.range) }

    /// The UTF-16 range covered by a token range.
    func range(_ tokens: Range<Int>) -> Range<Int> {
        Int(self.tokens[tokens.lowerBound].start)..<Int(self.tokens[tokens.upperBound - 1].end)
    }
}

extension TextAnalysis {
    /// Index of the first token starting at or after a UTF-16 offset (binary search).
    ///
    /// The linkers call this for every entity. Each step's comparison goes either way with no
    /// pattern, so the search only ever halves its window and moves its base by arithmetic:
    /// a fixed number of steps and no branch to mispredict.
    func firstToken(atOrAfter offset: Int) -> Int {
        tokens.withUnsafeBufferPointer { tokens in
            guard !tokens.isEmpty else { return 0 }
            var base = 0
            var count = tokens.count
            while count > 1 {
                let half = count / 2
                // All ones when the token starts before `offset`, else zero (offsets are far
                // from overflowing): a select LLVM cannot turn back into a branch.
                let before = (Int(tokens[base &+ half].start) &- offset) &>> 63
                base &+= half & before
                count &-= half
            }
            return Int(tokens[base].start) < offset ? base &+ 1 : base
        }
    }

    /// The tokens exactly covering a UTF-16 range, or nil if the range does not start on a token.
    func tokenRange(covering range: Range<Int>) -> Range<Int>? {
        let first = firstToken(atOrAfter: range.lowerBound)
        guard first < tokens.count, Int(tokens[first].start) == range.lowerBound else { return nil }
        var last = first
        while last < tokens.count, Int(tokens[last].end) <= range.upperBound { last += 1 }
        return first..<last
    }
}
