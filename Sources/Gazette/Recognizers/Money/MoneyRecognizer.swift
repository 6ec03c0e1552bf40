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
    /// Each language's money words and roles by token id (the words of the lexicon interned in
    /// the shared vocabulary): array reads per token instead of string hashes.
    private let indexes: [Language: MoneyTokenIndex]
    /// Tokens an amount may run past its last trigger.
    private let reachAfter: Int

    var name: String { "money" }
    var types: Set<EntityType> { [.money] }

    /// The lexicon is compiled apart (on another thread at start-up); its words are numbered
    /// in `vocabulary` here.
    init(lexicon: MoneyLexicon, vocabulary: inout Vocabulary) {
        self.lexicon = lexicon
        var wordByTokenID: [Int32] = []
        var tokenIDs: [Int] = []
        for (word, key) in lexicon.words.keys.enumerated() {
            let id = Int(vocabulary.intern(key))
            if id >= wordByTokenID.count { wordByTokenID += [Int32](repeating: -1, count: id - wordByTokenID.count + 1) }
            wordByTokenID[id] = Int32(word)
            tokenIDs.append(id)
        }
        var indexes: [Language: MoneyTokenIndex] = [:]
        for language in Language.allCases {
            var roles = [MoneyPiece.Roles](repeating: [], count: wordByTokenID.count)
            for id in tokenIDs { roles[id] = lexicon[language].roles[wordByTokenID[id]] ?? [] }
            indexes[language] = MoneyTokenIndex(words: wordByTokenID, roles: roles)
        }
        self.indexes = indexes
        self.reachAfter = Self.reachAfter(longestCurrency: lexicon.currencies.longest)
    }

    func recognize(_ text: TextAnalysis) -> [Candidate] {
        var candidates: [Candidate] = []
        recognize(text, into: &candidates)
        return candidates
    }

    func recognize(_ text: TextAnalysis, into candidates: inout [Candidate]) {
        let index = indexes[text.language]!
        // Only the stretch an amount can reach is cut into pieces: from a few tokens before the
        // first trigger (a qualifier, "entre", a currency code) to past the last one. A sentence
        // is read right after it is scanned, while its tokens are still in the cache; the parser
        // is made for the first sentence that needs it.
        var context = MoneyParser.DocumentContext()
        var parser: MoneyParser?
        // The scan keeps each token's money word and roles, which the cutting into pieces then
        // reads in order instead of looking them up again.
        var entries: [MoneyTokenIndex.Entry] = []
        for sentence in text.sentences {
            guard let triggers = triggers(text.tokens[sentence], text.utf16, index, entries: &entries) else { continue }
            let stretch = max(sentence.lowerBound, triggers.lowerBound - Self.reachBefore)
                ..< min(sentence.upperBound, triggers.upperBound + reachAfter)
            // (Not a local `lazy var`: its mutations go through a getter and a setter, copying
            // the parser's piece buffer for every sentence.)
            if parser == nil { parser = MoneyParser(lexicon: lexicon, language: text.language, utf16: text.utf16) }
            let offset = stretch.lowerBound - sentence.lowerBound
            parser!.read(text.tokens[stretch], entries: entries[offset..<(offset + stretch.count)])
            parser!.amounts(context: &context, into: &candidates)
        }
    }

    /// Tokens an amount may start before its first trigger: "pas plus de" + "entre" + "US" "$".
    static let reachBefore = 12
    /// Tokens an amount may run past its last trigger, with room to spare. Every number, and
    /// every spelled number word before another number word, is a trigger, so what can follow
    /// the last one is bounded: the end of a spelled number (2), magnitudes ("lakh crore", or
    /// "-billion": 2), "+" (1), a fraction ("and a half": 3), "de" (1), the currency phrase,
    /// a subunit or a compound's "-dollar" (2), and the two pieces the parser looks at past an
    /// amount ("4 milliards de plus"). Each token is at least one piece.
    static func reachAfter(longestCurrency: Int) -> Int { longestCurrency + 16 }

    /// The indices from the first token that may start an amount to the last one (included
    /// as `upperBound - 1`): digits, symbols, spelled numbers before another number word, a
    /// magnitude or a currency; nil when there is none, or when nothing in the sentence can be
    /// a currency — every amount needs one in its sentence, its own or the one the amount
    /// before it carries ("en 2030", "3 000 salariés", "15 %" cost no parsing). Each token's
    /// money word and roles are left in `entries`, by position in the sentence.
    ///
    /// Every token of every sentence passes here. Whether a token is a trigger, a money word or
    /// a currency changes from one token to the next with no pattern a branch predictor could
    /// learn, so the loop decides them with selects and boolean arithmetic; its only branch is
    /// taken for tokens holding a digit.
    func triggers(_ tokens: ArraySlice<Token>, _ utf16: [UInt16], _ index: MoneyTokenIndex,
                  entries: inout [MoneyTokenIndex.Entry]) -> Range<Int>? {
        let base = tokens.startIndex
        if entries.count < tokens.count {
            entries = [MoneyTokenIndex.Entry](repeating: MoneyTokenIndex.Entry(word: -1, roles: []), count: tokens.count)
        }
        return entries.withUnsafeMutableBufferPointer { entries in
            tokens.withUnsafeBufferPointer { tokens in utf16.withUnsafeBufferPointer { utf16 in
                index.withLookup { lookup in
                    var first = -1
                    var last = -1
                    var currency = false
                    var previousStartsNumber = false
                    for t in tokens.indices {
                        let token = tokens.baseAddress! + t
                        let kind = token.pointee.kind
                        // (Every token of an analysed document has an id; one without reads as no money word.)
                        let entry = lookup(token.pointee.id)
                        entries[t] = entry
                        let roles = kind == .number ? [] : entry.roles
                        var trigger = kind == .number || kind == .symbol
                        // A currency form ends here ("euros", "$", "canadiens"; "USD" only in
                        // capitals), or a subunit ("cents").
                        var holdsCurrency = roles.contains(.subunit)
                            || roles.contains(.currencyEnd) && !(roles.contains(.capitalCurrencyEnd) && token.pointee.shape == .lower)
                        if token.pointee.digitOrNarrowSpace, kind == .word || kind == .number {
                            // A word glued to digits is a trigger ("US$320m" → "320m", "42MYR"); with
                            // a digit at one end only, it may hold a currency once cut ("42MYR",
                            // "EUR29,99": word break may call either a number or a word).
                            let digitFirst = Self.isDigit(utf16[Int(token.pointee.start)])
                            let digitLast = Self.isDigit(utf16[Int(token.pointee.end) - 1])
                            trigger = trigger || (kind == .word && (digitFirst || digitLast))
                            holdsCurrency = holdsCurrency || digitFirst != digitLast
                        }
                        currency = currency || holdsCurrency
                        // "un", "a", "deux" are everywhere: a trigger only before a number word, a
                        // magnitude or a currency, known once the next token's roles are.
                        let spelled = previousStartsNumber && roles.contains(.followsTrigger)
                        first = first < 0 && spelled ? t - 1 : first
                        last = spelled ? t - 1 : last
                        previousStartsNumber = roles.contains(.startsNumber)
                        first = first < 0 && trigger ? t : first
                        last = trigger ? t : last
                    }
                    guard currency, first >= 0 else { return nil }
                    return (base + first)..<(base + last + 1)
                } as Range<Int>?
            } }
        }
    }

    /// An ASCII digit, or a fullwidth one (which folding turns into ASCII).
    @inline(__always)
    private static func isDigit(_ unit: UInt16) -> Bool {
        (0x30...0x39).contains(unit) || (0xFF10...0xFF19).contains(unit)
    }
}
