import Foundation

/// Everything the money rules know, compiled once at start-up from ICU (currency names and
/// symbols, spelled-out number words) and from the `money-*` lexicons of `Gazetteers/lexicons/`.
struct MoneyLexicon: Sendable {
    /// A way of writing a currency: "$", "US$", "USD", "dollars canadiens", "MUSD".
    struct Currency: Sendable, Hashable {
        var code: CurrencyCode
        /// The power of ten the unit carries: "MUSD" is a million (6) dollars.
        var power: Int?
        /// May stand before the number ("$5", "USD 5", "CHF 5"); words only follow it.
        var canPrefix: Bool
        /// A currency only after a magnitude ("2 milliards de livres"; "10 livres" are books).
        var weak: Bool
        /// A bare form ("$", "dollars", "francs"): the currency of its family the document named
        /// explicitly, or `code`.
        var bare: Family?
        /// A form naming one currency of a family ("C$", "dollars canadiens", "CHF", "francs
        /// CFA"): later bare forms of the family follow it.
        var explicit: Family?
        /// Written with lowercase letters ("euros", "Swiss francs") rather than a symbol or a code.
        var isWord: Bool
    }

    /// Currencies that share a bare name: the dollars ("$", "dollars"), the francs ("francs").
    enum Family: Sendable, Hashable { case dollar, franc }

    struct Magnitude: Sendable {
        /// The power of ten it multiplies by: 9 for "milliard". Every magnitude of news text
        /// is one (crore 10^7, lakh 10^5), and scaling by one is exact and cheap.
        var power: Int
        var isAbbreviation: Bool
        var isOneLetter: Bool { length == 1 }
        var length: Int
    }

    struct Subunit: Sendable {
        /// The currency when no main amount names one.
        var code: CurrencyCode
        var isOneLetter: Bool
    }

    enum RangeRole: String, Sendable { case between, from, and, to }

    /// Language-specific tables, by word number.
    struct LanguageTables: Sendable {
        /// Spelled numbers that stand alone ("deux", "mille"), with their value: where a spelled
        /// number may start.
        var standaloneNumbers = WordMap<Decimal>()
        /// Folded magnitude words ("milliard", "billion").
        var magnitudeWords = WordMap<Magnitude>()
        /// Case-sensitive abbreviations, as written ("M", "bn", "Md").
        var magnitudeAbbreviations: [String: Magnitude] = [:]
        /// Subunit words, folded ("cents", "centimes", "¢").
        var subunitWords = WordMap<Subunit>()
        /// One-letter subunits glued to digits, as written ("c" of "43c", "p" of "50p").
        var subunitLetters: [String: Subunit] = [:]
        var rangeWords = WordMap<RangeRole>()
        /// Piece words ("et", "demi") → the fraction of the magnitude.
        var fractions = KeyPhrases<Decimal>(anchor: .first)
        /// English articles read as "one" before a magnitude or a currency word ("a billion dollars").
        var articles = WordMap<Bool>()
        /// The roles of every word that has one, given to pieces when a sentence is cut.
        var roles = WordMap<MoneyPiece.Roles>()
    }

    /// Every word of the tables, numbered; pieces carry these numbers.
    var words = MoneyWords()
    var currencies = PhraseTable<Currency>()
    /// Piece words, "d'" read as "de" ("plus", "de") → qualifier.
    var qualifiers = KeyPhrases<Money.Qualifier>(anchor: .last)
    /// English words after which a carried currency still reads as money.
    var carryFollowers = WordMap<Bool>()
    /// French words after "de" that keep a carried amount money ("de plus", "de moins").
    var carryAfterDe = WordMap<Bool>()
    /// Words after "un euro", "a dollar" that name the currency itself ("un euro fort").
    var currencyAdjectives = WordMap<Bool>()
    /// Words before "<year> dollars" that make it a price base ("in 2020 dollars").
    var baseYearCues = WordMap<Bool>()
    var french = LanguageTables()
    var english = LanguageTables()
    let spellOut: [Language: SpellOut]
    /// The numbers of the words the grammar tests by name.
    let dash, plus, de, elidedDe, percent: Int32

    subscript(_ language: Language) -> LanguageTables {
        language == .fr ? french : english
    }

    /// `tokenizeAll` tokenizes many texts in one pass, as `tokenize` would one by one.
    init(lexicons: Lexicons, tokenize: (String) -> [Token], tokenizeAll: (([String]) -> [[Token]])? = nil) throws {
        // (Spelling the words out uses a formatter of its own: the parsers keep their default rule set.)
        spellOut = [.fr: try SpellOut(locale: "fr"), .en: try SpellOut(locale: "en")]
        dash = words.intern("-")
        plus = words.intern("+")
        de = words.intern("de")
        elidedDe = words.intern("d'")
        percent = words.intern("%")
        var numberWords: [Language: Set<Int32>] = [:]
        for language in [Language.fr, .en] {
            let spelled = spellOut[language]!.numberWords()
            numberWords[language] = Set(spelled.words.map { words.intern($0) })
            for (key, value) in spelled.standalone {
                let id = words.intern(key)
                update(language) { $0.standaloneNumbers[id] = value }
            }
        }

        if let tokenizeAll {
            try loadCurrencies(lexicons, tokenize, tokenizeAll)
        } else {
            try loadCurrencies(lexicons, tokenize) { $0.map(tokenize) }
        }
        try loadMagnitudes(lexicons)
        try loadSubunits(lexicons)
        try loadQualifiers(lexicons, tokenize)
        try loadGrammarWords(lexicons, tokenize)
        carryFollowers = WordMap(try lexicons("money-carry-followers-en").folded, &words)
        carryAfterDe = WordMap(try lexicons("money-carry-after-de-fr").folded, &words)
        currencyAdjectives = WordMap(try lexicons("money-currency-adjectives").folded, &words)
        baseYearCues = WordMap(try lexicons("money-base-year-cues").folded, &words)

        let currencyWords = currencies.firstKeys { $0.isWord }
        let currencyEnds = currencies.lastKeys
        for language in [Language.fr, .en] {
            var table = self[language]
            let spelledWords = numberWords[language]!
            let abbreviations = table.magnitudeAbbreviations.keys.map { words.intern(Folding.fold($0)) }
            let subunits = table.subunitWords.ids + table.subunitLetters.keys.map { words.intern(Folding.fold($0)) }
            var roles = WordMap<MoneyPiece.Roles>()
            func add(_ ids: some Sequence<Int32>, _ role: MoneyPiece.Roles) {
                for id in ids { roles[id] = (roles[id] ?? []).union(role) }
            }
            // Spelled numbers and articles start an amount when a number word, a magnitude, the
            // first word of a currency word, a subunit or "-" comes next ("deux cent", "un
            // milliard", "a dollar", "vingt-cinq").
            add(table.standaloneNumbers.ids + table.articles.ids, .startsNumber)
            add(spelledWords, .numberWord)
            add(currencies.firstKeys { $0.canPrefix }, .prefixCurrency)
            add(currencies.firstKeys { _ in true }, .currency)
            add(currencyEnds.all, .currencyEnd)
            add(currencyEnds.capital, .capitalCurrencyEnd)
            add(table.magnitudeWords.ids + abbreviations, .magnitude)
            add(table.rangeWords.ids, .rangeWord)
            add(subunits, .subunit)
            add([dash, plus], .joiner)
            add(Array(spelledWords) + table.magnitudeWords.ids + Array(currencyWords) + table.subunitWords.ids
                + table.subunitLetters.keys.map { words.intern($0) } + [dash], .followsTrigger)
            // (Qualifiers are read with "d'" as "de".)
            add(qualifiers.anchors + (qualifiers.anchors.contains(de) ? [elidedDe] : []), .qualifierEnd)
            table.roles = roles
            if language == .fr { french = table } else { english = table }
        }
        currencies.freeze()
    }

    /// The word of a piece as the qualifier and fraction tables have it: "d'" read as "de".
    @inline(__always)
    func phraseWord(_ piece: MoneyPiece) -> Int32 { piece.word == elidedDe ? de : piece.word }

    private mutating func update(_ language: Language?, _ change: (inout LanguageTables) -> Void) {
        if language != .en { change(&french) }
        if language != .fr { change(&english) }
    }

    /// The language column of a lexicon row: fr, en, or * (nil) for both.
    private static func language(_ field: String, _ row: TabularLexicon.Row, _ table: TabularLexicon) throws -> Language? {
        switch field {
        case "*", "": return nil
        case "fr": return .fr
        case "en": return .en
        default: throw table.error(row, "unknown language \"\(field)\" (fr, en or *)")
        }
    }

    /// The exponent of a multiplier written as a power of ten ("1000000" → 6).
    static func power(_ field: String, _ row: TabularLexicon.Row, _ table: TabularLexicon) throws -> Int {
        guard field.first == "1", field.count <= 25, field.dropFirst().allSatisfy({ $0 == "0" }) else {
            throw table.error(row, "not a power of ten: \"\(field)\" (1000, 1000000, …)")
        }
        return field.count - 1
    }

    private static func decimal(_ field: String, _ row: TabularLexicon.Row, _ table: TabularLexicon) throws -> Decimal {
        guard let value = Decimal(string: field), value > 0 else { throw table.error(row, "not a positive number: \"\(field)\"") }
        return value
    }

    private mutating func loadMagnitudes(_ lexicons: Lexicons) throws {
        let table = try lexicons.table("money-magnitudes", columns: 4...4)
        for row in table.rows {
            let language = try Self.language(row[2], row, table)
            let power = try Self.power(row[1], row, table)
            let form = row[0]
            switch row[3] {
            case "word":
                let magnitude = Magnitude(power: power, isAbbreviation: false, length: form.count)
                let id = words.intern(Folding.fold(form))
                update(language) { $0.magnitudeWords[id] = magnitude }
            case "abbr":
                let magnitude = Magnitude(power: power, isAbbreviation: true, length: form.count)
                update(language) { $0.magnitudeAbbreviations[form] = magnitude }
            default:
                throw table.error(row, "unknown kind \"\(row[3])\" (word or abbr)")
            }
        }
    }

    private mutating func loadSubunits(_ lexicons: Lexicons) throws {
        let table = try lexicons.table("money-subunits", columns: 3...3)
        for row in table.rows {
            let language = try Self.language(row[2], row, table)
            let oneLetter = row[0].count == 1 && row[0].first!.isLetter
            guard let code = CurrencyCode(row[1]) else { throw table.error(row, "not an ISO 4217 code: \"\(row[1])\"") }
            let subunit = Subunit(code: code, isOneLetter: oneLetter)
            if oneLetter {
                update(language) { $0.subunitLetters[row[0]] = subunit }
            } else {
                let id = words.intern(Folding.fold(row[0]))
                update(language) { $0.subunitWords[id] = subunit }
            }
        }
    }

    private mutating func loadQualifiers(_ lexicons: Lexicons, _ tokenize: (String) -> [Token]) throws {
        let table = try lexicons.table("money-qualifiers", columns: 2...2)
        for row in table.rows {
            guard let qualifier = Money.Qualifier(rawValue: row[1]) else {
                throw table.error(row, "unknown qualifier \"\(row[1])\"")
            }
            qualifiers.insert(phraseWords(row[0], tokenize), qualifier)
        }
    }

    private mutating func loadGrammarWords(_ lexicons: Lexicons, _ tokenize: (String) -> [Token]) throws {
        let ranges = try lexicons.table("money-range-words", columns: 3...3)
        for row in ranges.rows {
            guard let role = RangeRole(rawValue: row[1]) else { throw ranges.error(row, "unknown role \"\(row[1])\"") }
            let language = try Self.language(row[2], row, ranges)
            let id = words.intern(Folding.fold(row[0]))
            update(language) { $0.rangeWords[id] = role }
        }
        let fractions = try lexicons.table("money-fractions", columns: 3...3)
        for row in fractions.rows {
            let fraction = try Self.decimal(row[1], row, fractions)
            let language = try Self.language(row[2], row, fractions)
            let keys = phraseWords(row[0], tokenize)
            update(language) { $0.fractions.insert(keys, fraction) }
        }
        english.articles = WordMap(try lexicons("money-articles-en").folded, &words)
    }

    /// The piece words of a phrase, "d'" read as "de" (as qualifiers are looked up).
    private mutating func phraseWords(_ phrase: String, _ tokenize: (String) -> [Token]) -> [Int32] {
        MoneyPiece.pieces(of: tokenize(phrase)[...], in: Array(phrase.utf16), words: &words).map(phraseWord)
    }
}
