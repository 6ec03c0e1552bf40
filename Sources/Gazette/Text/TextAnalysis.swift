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
