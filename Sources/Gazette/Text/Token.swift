/// One word, number or punctuation mark of a document (whitespace is not a token).
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punctuation, symbol }

    /// The letter case pattern of a word, used by rules and the capitalization guard.
    enum Shape: UInt8, Sendable {
        /// "energie"; "Énergie" or "OpenAI"; "DOE"; "iPhone"; "2030"; "&".
        case lower, capitalized, upper, mixed, digits, other
    }

    /// UTF-16 range in the original text.
    var start: Int32
    var end: Int32
    var kind: Kind
    var shape: Shape
    /// Index of the sentence holding the token.
    var sentence: Int32 = 0
    /// Whether a line break separates this token from the previous one.
    var lineBreakBefore = false
    /// Whether any whitespace separates this token from the previous one.
    var spaceBefore = false
    /// The folded form, the key for every list lookup.
    var key: String

    var range: Range<Int> { Int(start)..<Int(end) }
    var isWord: Bool { kind == .word }
    var isCapitalized: Bool { shape == .capitalized || shape == .upper }
}

extension Token.Shape {
    /// The shape of a UTF-16 slice.
    static func of(_ units: ArraySlice<UInt16>) -> Token.Shape {
        var letters = 0, uppers = 0, digits = 0, firstUpper = false, first = true
        if units.allSatisfy({ $0 < 0x80 }) {
            for u in units {
                if (0x41...0x5A).contains(u) { letters += 1; uppers += 1; if first { firstUpper = true }; first = false }
                else if (0x61...0x7A).contains(u) { letters += 1; first = false }
                else if (0x30...0x39).contains(u) { digits += 1; first = false }
            }
        } else {
            for scalar in String(decoding: units, as: UTF16.self).unicodeScalars {
            let p = scalar.properties
            if p.isAlphabetic {
                letters += 1
                if p.isUppercase { uppers += 1; if first { firstUpper = true } }
                first = false
            } else if p.numericType != nil {
                digits += 1
                first = false
            }
            }
        }
        if letters == 0 { return digits > 0 ? .digits : .other }
        if uppers == 0 { return .lower }
        if uppers == letters { return letters == 1 ? .capitalized : .upper }
        // "OpenAI" and "McKinsey" read as capitalized names; "iPhone" does not.
        return firstUpper ? .capitalized : .mixed
    }
}
