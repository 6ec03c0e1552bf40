/// One unit of a money amount: a token, or part of a token that glues a number to letters.
///
/// ICU's word break keeps "US$320m" as "US" "$" "320m", "EUR29,99" and "42MYR" whole, and
/// "1,5Md" as one word. Money rules need the number and the letters apart, so tokens that
/// mix digits and letters are cut where one turns into the other; the parts are glued.
struct MoneyPiece: Sendable {
    /// The token's kind: a number ("1", "000,50", "1.000,50", "1’000", digits with their
    /// separators as written), a word, a symbol or punctuation.
    typealias Kind = Token.Kind

    /// UTF-16 range in the original text.
    var start: Int
    var end: Int
    var kind: Kind
    /// The number of the piece's folded form (lowercase, no accents, ’ → ') in `MoneyWords`,
    /// or -1 for a word no money table has (and for every number).
    var word: Int32
    /// No whitespace between this piece and the previous one.
    var glued: Bool
    var lineBreakBefore: Bool
    /// What the money tables say this piece can be, looked up once when the sentence is cut.
    var roles: Roles = []

    /// What a piece can be in an amount; lets the parser skip ordinary words without lookups.
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt16
        /// A spelled number that stands alone ("deux", "mille") or an article ("a").
        static let startsNumber = Roles(rawValue: 1 << 0)
        /// Any word of a spelled number ("cent", "millions", "et").
        static let numberWord = Roles(rawValue: 1 << 1)
        /// The first piece of a currency that may precede the number ("$", "US", "USD").
        static let prefixCurrency = Roles(rawValue: 1 << 2)
        /// The first piece of any currency form.
        static let currency = Roles(rawValue: 1 << 3)
        /// A magnitude word, or the folded form of an abbreviation ("m" for "M").
        static let magnitude = Roles(rawValue: 1 << 4)
        /// "entre", "and", "to", …
        static let rangeWord = Roles(rawValue: 1 << 5)
        static let subunit = Roles(rawValue: 1 << 6)
        /// A dash or "+".
        static let joiner = Roles(rawValue: 1 << 7)
        /// The last piece of a currency form ("euros", "$", "canadiens" of "dollars canadiens").
        static let currencyEnd = Roles(rawValue: 1 << 8)
        /// The last piece of a currency form only when written in capitals ("CHF", "USD").
        static let capitalCurrencyEnd = Roles(rawValue: 1 << 9)
        /// A word that lets a spelled number or an article before it start an amount: a number
        /// word, a magnitude, the first word of a currency, a subunit, "-".
        static let followsTrigger = Roles(rawValue: 1 << 10)
        /// The last word of a qualifier ("de" of "plus de", "than", "about"): only after one is
        /// the qualifier table read.
        static let qualifierEnd = Roles(rawValue: 1 << 11)

        /// What may come right after a number in an amount.
        static let afterNumber: Roles = [.magnitude, .currency, .subunit, .rangeWord, .joiner]
    }

    var range: Range<Int> { start..<end }
    var isNumber: Bool { kind == .number }

    /// The pieces of a token range, without roles (the money tables' own phrases), their
    /// words numbered in `words`. `utf16` is the text the tokens point into.
    static func pieces(of tokens: ArraySlice<Token>, in utf16: [UInt16], words: inout MoneyWords) -> [MoneyPiece] {
        var pieces: [MoneyPiece] = []
        for token in tokens {
            withUnsafePointer(to: token) { token in
                utf16.withUnsafeBufferPointer { units in
                    append(token, word: words.intern(token.pointee.key), roles: [], in: units, utf16,
                           partWord: { (words.intern($0), []) }, to: &pieces)
                }
            }
        }
        return pieces
    }

    /// The pieces of a token range appended to a buffer the caller reuses sentence after
    /// sentence, with their words and roles: `entries` gives them
    /// for each whole token, `partWord` for the keys of parts of tokens.
    static func append(_ tokens: UnsafeBufferPointer<Token>, entries: UnsafeBufferPointer<MoneyTokenIndex.Entry>,
                       in utf16: [UInt16], to pieces: inout [MoneyPiece], partWord: (String) -> (word: Int32, roles: Roles)) {
        precondition(entries.count == tokens.count)
        // (Nearly always room already; the call also makes the buffer unique once, so that the
        // appends below check it no more.)
        pieces.reserveCapacity(pieces.count + tokens.count + 4)
        // Tokens are read in place through a pointer: a subscript copies the whole token.
        utf16.withUnsafeBufferPointer { units in
            for t in tokens.indices {
                append(tokens.baseAddress! + t, word: entries[t].word, roles: entries[t].roles, in: units, utf16,
                       partWord: partWord, to: &pieces)
            }
        }
    }

    /// The piece or pieces of one token, `word` the number of its whole key; `partWord` numbers
    /// the keys of parts when the token is cut. `units` is `utf16` read in place.
    @inline(__always)
    private static func append(_ token: UnsafePointer<Token>, word: Int32, roles: Roles, in units: UnsafeBufferPointer<UInt16>,
                               _ utf16: [UInt16], partWord: (String) -> (word: Int32, roles: Roles), to pieces: inout [MoneyPiece]) {
        let kind = token.pointee.kind
        let isNumber = kind == .number
        let piece = MoneyPiece(start: Int(token.pointee.start), end: Int(token.pointee.end), kind: kind,
                               word: isNumber ? -1 : word, glued: !token.pointee.spaceBefore,
                               lineBreakBefore: token.pointee.lineBreakBefore, roles: isNumber ? [] : roles)
        guard kind == .word || kind == .number, token.pointee.digitOrNarrowSpace, needsCutting(piece.range, of: units) else {
            pieces.append(piece)
            return
        }
        // Word break keeps a narrow no-break space inside a token ("12\u{202F}millions",
        // "1\u{202F}720"): it separates like any space here.
        var start = piece.start
        var first = true
        for end in piece.start...piece.end where end == piece.end || utf16[end] == 0x202F {
            if end > start {
                var part = piece
                part.start = start
                part.end = end
                if !first || end != piece.end {
                    part.glued = first ? piece.glued : false
                    part.lineBreakBefore = first ? piece.lineBreakBefore : false
                    part.kind = utf16[start..<end].allSatisfy { isDigit($0) || isNumberSeparator($0) } ? .number : .word
                    (part.word, part.roles) = part.kind == .number ? (-1, []) : partWord(key(utf16[start..<end]))
                }
                if mixesDigitsAndLetters(utf16[part.range]) {
                    split(part, utf16, partWord: partWord, into: &pieces)
                } else {
                    pieces.append(part)
                }
                first = false
            }
            start = end + 1
        }
    }

    static func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }

    /// Separators that may stand between digits inside one number token.
    static func isNumberSeparator(_ unit: UInt16) -> Bool {
        unit == 0x2C || unit == 0x2E || unit == 0x27 || unit == 0x2019
    }

    /// Whether a token holds a narrow no-break space or mixes digits and letters (one pass;
    /// most tokens do neither and become one piece as they are).
    @inline(__always)
    private static func needsCutting(_ range: Range<Int>, of units: UnsafeBufferPointer<UInt16>) -> Bool {
        var digits = false, others = false
        for i in range {
            let unit = units[i]
            if isDigit(unit) {
                digits = true
            } else if unit == 0x202F {
                return true
            } else if !isNumberSeparator(unit) {
                others = true
            }
        }
        return digits && others
    }

    private static func mixesDigitsAndLetters(_ units: ArraySlice<UInt16>) -> Bool {
        var digits = false, others = false
        for unit in units {
            if isDigit(unit) { digits = true } else if !isNumberSeparator(unit) { others = true }
            if digits && others { return true }
        }
        return false
    }

    /// Cuts "320m" into "320" + "m", "EUR29,99" into "EUR" + "29,99", "1,5Md" into "1,5" + "Md".
    private static func split(_ piece: MoneyPiece, _ utf16: [UInt16], partWord: (String) -> (word: Int32, roles: Roles),
                              into pieces: inout [MoneyPiece]) {
        var start = piece.start
        var first = true
        while start < piece.end {
            var end = start
            let numeric = isDigit(utf16[start])
            if numeric {
                // Digits, with separators only between digits.
                while end < piece.end,
                      isDigit(utf16[end]) || (isNumberSeparator(utf16[end]) && end + 1 < piece.end && isDigit(utf16[end + 1])) {
                    end += 1
                }
            } else {
                while end < piece.end, !isDigit(utf16[end]) { end += 1 }
            }
            let (word, roles) = numeric ? (-1, []) : partWord(key(utf16[start..<end]))
            pieces.append(MoneyPiece(start: start, end: end, kind: numeric ? .number : .word, word: word,
                                     glued: first ? piece.glued : true,
                                     lineBreakBefore: first ? piece.lineBreakBefore : false, roles: roles))
            first = false
            start = end
        }
    }

    /// The folded key of a part of a token (ASCII fast path).
    private static func key(_ units: ArraySlice<UInt16>) -> String {
        if units.allSatisfy({ $0 < 0x80 }) {
            return String(utf16Units: units.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }[...])
        }
        return Folding.fold(String(utf16Units: units))
    }
}
