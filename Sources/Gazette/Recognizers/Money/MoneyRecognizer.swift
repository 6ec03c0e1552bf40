/// Finds amounts of money in French and English: "$1.2bn", "1,5 milliard d’euros",
/// "entre 1 et 2 milliards de dollars", "deux cent cinquante millions d’euros", "C$2 billion",
/// with an exact value, an ISO 4217 currency and the qualifier written before the amount.
///
/// Work happens only in sentences with something an amount can start with (a digit, a
/// symbol, a spelled-out number before another number word, a currency or a magnitude);
/// other sentences cost one pass over their tokens. See `MoneyParser` for the grammar and
/// `DigitReader` for number formats.
struct MoneyRecognizer: Recognizer {
    let lexicon: MoneyLexicon

    var name: String { "money" }
    var types: Set<EntityType> { [.money] }

    init(lexicons: Lexicons, tokenize: (String) -> [Token]) throws {
        lexicon = try MoneyLexicon(lexicons: lexicons, tokenize: tokenize)
    }

    func recognize(_ text: TextAnalysis) -> [Candidate] {
        let tables = lexicon[text.language]
        let utf16 = text.utf16
        var context = MoneyParser.DocumentContext()
        var candidates: [Candidate] = []
        for sentence in text.sentences where hasTrigger(text.tokens[sentence], tables) {
            var parser = MoneyParser(lexicon: lexicon, language: text.language,
                                     pieces: MoneyPiece.pieces(of: text.tokens[sentence], in: utf16, roles: tables.roles),
                                     utf16: utf16)
            candidates += parser.amounts(context: &context)
        }
        return candidates
    }

    /// Whether a sentence may hold an amount: a cheap look at its tokens before any parsing.
    func hasTrigger(_ tokens: ArraySlice<Token>, _ tables: MoneyLexicon.LanguageTables) -> Bool {
        // Digits and symbols first: no lookup needed, and most amounts have them.
        for token in tokens where token.kind == .number || token.kind == .symbol { return true }
        var index = tokens.startIndex
        while index < tokens.endIndex {
            let token = tokens[index]
            if token.kind == .word {
                if let first = token.key.utf8.first, let last = token.key.utf8.last,
                   (0x30...0x39).contains(first) || (0x30...0x39).contains(last) {
                    return true
                }
                // "un", "a", "deux" are everywhere: only before a number word, a magnitude or a currency.
                if tables.triggers.contains(token.key), index + 1 < tokens.endIndex,
                   tables.triggerFollowers.contains(tokens[index + 1].key) {
                    return true
                }
            }
            index += 1
        }
        return false
    }
}
