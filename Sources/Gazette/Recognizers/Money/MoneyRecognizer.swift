/// Finds amounts of money in French and English: "$1.2bn", "1,5 milliard d’euros",
/// "entre 1 et 2 milliards de dollars", "deux cent cinquante millions d’euros", "C$2 billion",
/// with an exact value, an ISO 4217 currency and the qualifier written before the amount.
///
/// Work happens only in sentences with something an amount can start with (a digit, a
/// symbol, a spelled-out number before another number word, a currency or a magnitude);
/// other sentences cost one pass over their tokens. See `MoneyParser` for the grammar and
/// `DigitReader` for number formats.
struct MoneyRecognizer: Recognizer {
    /// Each language's money words and roles by token id (the words of the lexicon interned in
    /// the shared vocabulary): array reads per token instead of string hashes.
    private let indexes: [Language: MoneyTokenIndex]
    /// What every document's parser reads, by language.
    private let parsing: [Language: MoneyParser.Shared]

    var name: String { "money" }
    var types: Set<EntityType> { [.money] }

    /// The lexicon is compiled apart (on another thread at start-up); its words are numbered
    /// in `vocabulary` here.
    init(lexicon: MoneyLexicon, vocabulary: inout Vocabulary) {
        let parsing = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, MoneyParser.Shared(lexicon, $0)) })
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
            let tables = parsing[language]!.tables
            var roles = [MoneyPiece.Roles](repeating: [], count: wordByTokenID.count)
            for id in tokenIDs { roles[id] = tables.roles[wordByTokenID[id]] ?? [] }
            indexes[language] = MoneyTokenIndex(words: wordByTokenID, roles: roles)
        }
        self.indexes = indexes
        self.parsing = parsing
    }

    func recognize(_ text: TextAnalysis) -> [Candidate] {
        var candidates: [Candidate] = []
        recognize(text, into: &candidates)
        return candidates
    }

    func recognize(_ text: TextAnalysis, into candidates: inout [Candidate]) {
        let index = indexes[text.language]!
        // Only the stretch amounts can reach is cut into pieces (see `triggers`). A sentence is
        // read right after it is scanned, while its tokens are still in the cache; the parser is
        // made for the first sentence that needs it.
        var context = MoneyParser.DocumentContext()
        var parser: MoneyParser?
        // The scan keeps each token's money word and roles, which the cutting into pieces then
        // reads in order instead of looking them up again. Its buffer, and the parser's, get
        // room for the longest sentence at once.
        let longest = text.sentences.reduce(0) { max($0, $1.count) }
        var entries = [MoneyTokenIndex.Entry](repeating: MoneyTokenIndex.Entry(word: -1, roles: []), count: longest)
        // Tokens and text are read through pointers taken once: slices of them, made for every
        // sentence, retained and released the arrays (atomic operations) a dozen times a sentence.
        let utf16 = text.utf16
        text.tokens.withUnsafeBufferPointer { tokens in utf16.withUnsafeBufferPointer { units in
            for sentence in text.sentences {
                guard let stretch = triggers(UnsafeBufferPointer(rebasing: tokens[sentence]), units, index, entries: &entries) else {
                    continue
                }
                // (Not a local `lazy var`: its mutations go through a getter and a setter, copying
                // the parser's piece buffer for every sentence.)
                if parser == nil { parser = MoneyParser(parsing[text.language]!, utf16: utf16, capacity: longest + 8) }
                let first = sentence.lowerBound
                entries.withUnsafeBufferPointer { entries in
                    parser!.read(UnsafeBufferPointer(rebasing: tokens[(first + stretch.lowerBound)..<(first + stretch.upperBound)]),
                                 entries: UnsafeBufferPointer(rebasing: entries[stretch]))
                }
                parser!.amounts(context: &context, into: &candidates)
            }
        } }
    }

    /// The tokens the sentence's amounts can reach: around its triggers — digits, symbols,
    /// spelled numbers before another number word, a magnitude or a currency — the money words
    /// next to the first and the last one, and two tokens more; nil when there is no trigger,
    /// or when nothing in the sentence can be a currency — every amount needs one in its
    /// sentence, its own or the one the amount before it carries ("en 2030", "3 000 salariés",
    /// "15 %" cost no parsing). The range is of positions in the sentence; each token's money
    /// word and roles are left in `entries`, by position in the sentence.
    ///
    /// Every token of every sentence passes here. Whether a token is a trigger, a money word or
    /// a currency changes from one token to the next with no pattern a branch predictor could
    /// learn, so the loop is written as selects and boolean expressions rather than `if`s (the
    /// compiler still branches on a few of them; a version forcing integer arithmetic took more
    /// instructions and mispredicted as often).
    func triggers(_ tokens: UnsafeBufferPointer<Token>, _ utf16: UnsafeBufferPointer<UInt16>, _ index: MoneyTokenIndex,
                  entries: inout [MoneyTokenIndex.Entry]) -> Range<Int>? {
        precondition(entries.count >= tokens.count, "room for the sentence's entries is made by the caller")
        return entries.withUnsafeMutableBufferPointer { entries in
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
                // Around its triggers, an amount and what the parser reads of its context are
                // money words: before, a qualifier, "entre", a currency code ("pas plus de",
                // "US"), a price base's "in"; after, a magnitude, "de", a currency phrase,
                // cents, "and a half". Two tokens more on each side cover what the parser
                // looks at past them ("GPT-5", "5 millions d’utilisateurs").
                var start = first
                while start > 0, entries[start - 1].word >= 0 { start -= 1 }
                var end = last + 1
                while end < tokens.count, entries[end].word >= 0 { end += 1 }
                return max(0, start - 2)..<min(tokens.count, end + 2)
            } as Range<Int>?
        }
    }

    /// An ASCII digit, or a fullwidth one (which folding turns into ASCII).
    @inline(__always)
    private static func isDigit(_ unit: UInt16) -> Bool {
        (0x30...0x39).contains(unit) || (0xFF10...0xFF19).contains(unit)
    }
}
