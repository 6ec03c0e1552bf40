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
    /// Each language's piece roles by token id (the keys of `LanguageTables.roles` interned in
    /// the shared vocabulary): one array read per token instead of a string hash.
    private let rolesByID: [Language: [MoneyPiece.Roles]]

    var name: String { "money" }
    var types: Set<EntityType> { [.money] }

    /// The lexicon is compiled apart (on another thread at start-up); its words are numbered
    /// in `vocabulary` here.
    init(lexicon: MoneyLexicon, vocabulary: inout Vocabulary) {
        self.lexicon = lexicon
        var rolesByID: [Language: [MoneyPiece.Roles]] = [:]
        for language in [Language.fr, .en] {
            var table: [MoneyPiece.Roles] = []
            for (key, roles) in lexicon[language].roles {
                let id = Int(vocabulary.intern(key))
                if id >= table.count { table += [MoneyPiece.Roles](repeating: [], count: id - table.count + 1) }
                table[id] = roles
            }
            rolesByID[language] = table
        }
        self.rolesByID = rolesByID
    }

    func recognize(_ text: TextAnalysis) -> [Candidate] {
        let tables = lexicon[text.language]
        let rolesByID = self.rolesByID[text.language] ?? []
        var context = MoneyParser.DocumentContext()
        var candidates: [Candidate] = []
        var parser: MoneyParser?
        for sentence in text.sentences {
            guard let triggers = triggers(text.tokens[sentence], text.utf16, tables, rolesByID) else { continue }
            if parser == nil { parser = MoneyParser(lexicon: lexicon, language: text.language, utf16: text.utf16) }
            // Only the stretch an amount can reach is cut into pieces: from a few tokens before
            // the first trigger (a qualifier, "entre", a currency code) to past the last one.
            let start = max(sentence.lowerBound, triggers.lowerBound - Self.reachBefore)
            let end = min(sentence.upperBound, triggers.upperBound + Self.reachAfter)
            parser!.read(text.tokens[start..<end], rolesByID: rolesByID)
            candidates += parser!.amounts(context: &context)
        }
        return candidates
    }

    /// Tokens an amount may start before its first trigger: "pas plus de" + "entre" + "US" "$".
    static let reachBefore = 12
    /// Tokens an amount may run after its last trigger: more than a range of two amounts with
    /// qualifiers and cents, and than the longest spelled-out number the parser reads.
    static let reachAfter = MoneyParser.longestSpelledNumber + 24

    /// The indices from the first token that may start an amount to the last one (included
    /// as `upperBound - 1`): digits, symbols, spelled numbers before another number word, a
    /// magnitude or a currency; nil when there is none, or when nothing in the sentence can be
    /// a currency — every amount needs one in its sentence, its own or the one the amount
    /// before it carries ("en 2030", "3 000 salariés", "15 %" cost no parsing).
    func triggers(_ tokens: ArraySlice<Token>, _ utf16: [UInt16], _ tables: MoneyLexicon.LanguageTables,
                  _ rolesByID: [MoneyPiece.Roles] = []) -> Range<Int>? {
        var first: Int?
        var last = 0
        var currency = rolesByID.isEmpty
        // (Token fields are read in place: binding whole tokens would retain their keys.)
        for index in tokens.indices {
            if !currency { currency = mayHoldCurrency(index, tokens, utf16, rolesByID) }
            guard isTrigger(index, tokens, utf16, tables, rolesByID) else { continue }
            if first == nil { first = index }
            last = index
        }
        guard currency else { return nil }
        return first.map { $0..<(last + 1) }
    }

    /// Whether a token may end a currency form or be a subunit ("euros", "$", "canadiens" of
    /// "dollars canadiens", "USD" in capitals, "cents"), or may hold one once cut into pieces
    /// (letters glued to digits: "42MYR", "EUR29,99", "320m" after "US$", "43c").
    @inline(__always)
    private func mayHoldCurrency(_ index: Int, _ tokens: ArraySlice<Token>, _ utf16: [UInt16],
                                 _ rolesByID: [MoneyPiece.Roles]) -> Bool {
        let id = Int(tokens[index].id)
        if id >= 0, id < rolesByID.count {
            let roles = rolesByID[id]
            if roles.contains(.subunit) { return true }
            if roles.contains(.currencyEnd), !roles.contains(.capitalCurrencyEnd) || tokens[index].shape != .lower { return true }
        }
        // Word break may call "EUR29,99" a number and "42MYR" a word: a digit at one end only.
        guard tokens[index].kind == .word || tokens[index].kind == .number else { return false }
        return Self.isDigit(utf16[Int(tokens[index].start)]) != Self.isDigit(utf16[Int(tokens[index].end) - 1])
    }

    /// An ASCII digit, or a fullwidth one (which folding turns into ASCII).
    @inline(__always)
    private static func isDigit(_ unit: UInt16) -> Bool {
        (0x30...0x39).contains(unit) || (0xFF10...0xFF19).contains(unit)
    }

    @inline(__always)
    private func isTrigger(_ index: Int, _ tokens: ArraySlice<Token>, _ utf16: [UInt16], _ tables: MoneyLexicon.LanguageTables,
                           _ rolesByID: [MoneyPiece.Roles]) -> Bool {
        switch tokens[index].kind {
        case .number, .symbol: return true
        case .punctuation: return false
        case .word: break
        }
        // A word glued to digits ("US$320m" → "320m", "42MYR"): its first or last folded unit is one.
        // (Read in the original text: folding keeps ASCII digits, and the token's key is not touched.)
        if Self.isDigit(utf16[Int(tokens[index].start)]) || Self.isDigit(utf16[Int(tokens[index].end) - 1]) { return true }
        // "un", "a", "deux" are everywhere: only before a number word, a magnitude or a currency.
        // (Triggers are exactly the words with the startsNumber role.)
        let id = Int(tokens[index].id)
        let trigger = id >= 0 && !rolesByID.isEmpty
            ? id < rolesByID.count && rolesByID[id].contains(.startsNumber)
            : tables.triggers.contains(tokens[index].key)
        return trigger && index + 1 < tokens.endIndex && tables.triggerFollowers.contains(tokens[index + 1].key)
    }
}
