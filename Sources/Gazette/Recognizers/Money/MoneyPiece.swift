/// One unit of a money amount: a token, or part of a token that glues a number to letters.
///
/// ICU's word break keeps "US$320m" as "US" "$" "320m", "EUR29,99" and "42MYR" whole, and
/// "1,5Md" as one word. Money rules need the number and the letters apart, so tokens that
/// mix digits and letters are cut where one turns into the other; the parts are glued.
struct MoneyPiece: Sendable {
    enum Kind: UInt8, Sendable {
        /// Digits with their separators, as written: "1", "000,50", "1.000,50", "1’000".
        case number
        case word
        case symbol
        case punctuation
    }

    /// UTF-16 range in the original text.
    var start: Int
    var end: Int
    var kind: Kind
    /// The folded form (lowercase, no accents, ’ → ').
    var key: String
    /// No whitespace between this piece and the previous one.
    var glued: Bool
    var lineBreakBefore: Bool
    /// What the money tables say this piece can be, looked up once when the sentence is cut.
    var roles: Roles = []
    /// The id of the token whose key this piece has (a whole token), or -1 (a part with its own key).
    var tokenID: Int32 = -1

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

        /// What may come right after a number in an amount.
        static let afterNumber: Roles = [.magnitude, .currency, .subunit, .rangeWord, .joiner]
    }

    var range: Range<Int> { start..<end }
    var isNumber: Bool { kind == .number }

    /// The pieces of a token range, without roles (the money tables' own phrases).
    /// `utf16` is the text the tokens point into.
    static func pieces(of tokens: ArraySlice<Token>, in utf16: [UInt16]) -> [MoneyPiece] {
        var pieces: [MoneyPiece] = []
        append(tokens, in: utf16, roles: [:], rolesByID: [], to: &pieces)
        return pieces
    }

    /// The pieces of a token range appended to a buffer the caller reuses sentence after
    /// sentence; `roles` gives each piece's roles by key (numbers have none), `rolesByID` the
    /// same roles by token id, for pieces that are whole tokens.
    static func append(_ tokens: ArraySlice<Token>, in utf16: [UInt16], roles: [String: Roles], rolesByID: [Roles],
                       to pieces: inout [MoneyPiece]) {
        let first = pieces.count
        pieces.reserveCapacity(first + tokens.count + 4)
        // Tokens are read in place through a pointer: a subscript of the slice copies the whole token.
        tokens.withUnsafeBufferPointer { tokens in
            for t in tokens.indices { append(tokens.baseAddress! + t, in: utf16, to: &pieces) }
        }
        if !roles.isEmpty {
            for index in first..<pieces.count where pieces[index].kind != .number {
                let id = pieces[index].tokenID
                if id >= 0, !rolesByID.isEmpty {
                    pieces[index].roles = Int(id) < rolesByID.count ? rolesByID[Int(id)] : []
                } else {
                    pieces[index].roles = roles[pieces[index].key] ?? []
                }
            }
        }
    }

    /// The piece or pieces of one token.
    private static func append(_ token: UnsafePointer<Token>, in utf16: [UInt16], to pieces: inout [MoneyPiece]) {
        let kind: Kind
        switch token.pointee.kind {
        case .number: kind = .number
        case .word: kind = .word
        case .symbol: kind = .symbol
        case .punctuation: kind = .punctuation
        }
        let piece = MoneyPiece(start: Int(token.pointee.start), end: Int(token.pointee.end), kind: kind, key: token.pointee.key,
                               glued: !token.pointee.spaceBefore, lineBreakBefore: token.pointee.lineBreakBefore,
                               tokenID: token.pointee.id)
        guard kind == .word || kind == .number, needsCutting(piece.range, of: utf16) else {
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
                    part.tokenID = -1
                    part.key = key(utf16[start..<end])
                    part.glued = first ? piece.glued : false
                    part.lineBreakBefore = first ? piece.lineBreakBefore : false
                    part.kind = utf16[start..<end].allSatisfy { isDigit($0) || isNumberSeparator($0) } ? .number : .word
                }
                if mixesDigitsAndLetters(utf16[part.range]) {
                    split(part, utf16, into: &pieces)
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
    private static func needsCutting(_ range: Range<Int>, of utf16: [UInt16]) -> Bool {
        // Read through a buffer pointer: a slice of the array would retain it, token after token.
        utf16.withUnsafeBufferPointer { units in
            var digits = false, others = false
            for unit in units[range] {
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
    private static func split(_ piece: MoneyPiece, _ utf16: [UInt16], into pieces: inout [MoneyPiece]) {
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
            pieces.append(MoneyPiece(start: start, end: end, kind: numeric ? .number : .word,
                                     key: key(utf16[start..<end]),
                                     glued: first ? piece.glued : true,
                                     lineBreakBefore: first ? piece.lineBreakBefore : false))
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
