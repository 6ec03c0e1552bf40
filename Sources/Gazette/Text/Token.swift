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
    /// Whether the token holds a digit or a narrow no-break space (U+202F, which word break
    /// keeps inside "12\u{202F}millions"): only such tokens may need cutting into money pieces.
    var digitOrNarrowSpace = false
    /// The folded form, the key for every list lookup.
    var key: String
    /// The key's number in the `Vocabulary` (or, for words it lacks, in the document); -1
    /// until interned. Same id, same key, within one document.
    var id: Int32 = -1

    var range: Range<Int> { Int(start)..<Int(end) }
    var isWord: Bool { kind == .word }
    var isCapitalized: Bool { shape == .capitalized || shape == .upper }
}

extension Token.Shape {
    /// The shape of a UTF-16 slice.
    static func of(_ units: ArraySlice<UInt16>) -> Token.Shape {
        var digitOrNarrowSpace = false
        return of(units, digitOrNarrowSpace: &digitOrNarrowSpace)
    }

    /// The shape of a UTF-16 slice, and whether it holds a digit or a narrow no-break space
    /// (in the same pass).
    static func of(_ units: ArraySlice<UInt16>, digitOrNarrowSpace: inout Bool) -> Token.Shape {
        var letters = 0, uppers = 0, digits = 0, firstUpper = false, first = true
        let ascii = units.withUnsafeBufferPointer { units in
            for u in units {
                guard u < 0x80 else { return false }
                if u &- 0x41 < 26 {
                    letters += 1; uppers += 1
                    if first { firstUpper = true }
                    first = false
                } else if u &- 0x61 < 26 {
                    letters += 1; first = false
                } else if u &- 0x30 < 10 {
                    digits += 1; first = false
                }
            }
            return true
        }
        if !ascii {
            letters = 0; uppers = 0; digits = 0; firstUpper = false; first = true
            // Scalar by scalar, an unpaired surrogate read as U+FFFD (neither letter nor digit).
            var i = units.startIndex
            while i < units.endIndex {
                let u = units[i]
                var value = UInt32(u)
                if u & 0xFC00 == 0xD800, i + 1 < units.endIndex, units[i + 1] & 0xFC00 == 0xDC00 {
                    value = 0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(units[i + 1]) - 0xDC00)
                    i += 2
                } else {
                    if u & 0xF800 == 0xD800 { value = 0xFFFD }
                    if u == 0x202F { digitOrNarrowSpace = true }
                    i += 1
                }
                let c = ScalarClass.of(value)
                if c.contains(.alphabetic) {
                    letters += 1
                    if c.contains(.uppercase) { uppers += 1; if first { firstUpper = true } }
                    first = false
                } else if c.contains(.numeric) {
                    digits += 1
                    first = false
                }
            }
        }
        if digits > 0 { digitOrNarrowSpace = true }
        if letters == 0 { return digits > 0 ? .digits : .other }
        if uppers == 0 { return .lower }
        if uppers == letters { return letters == 1 ? .capitalized : .upper }
        // "OpenAI" and "McKinsey" read as capitalized names; "iPhone" does not.
        return firstUpper ? .capitalized : .mixed
    }
}

/// The Unicode properties token shapes depend on, from a table for the Latin scripts news
/// text is mostly written in, and from the Unicode database beyond.
struct ScalarClass: OptionSet, Sendable {
    let rawValue: UInt8
    static let alphabetic = ScalarClass(rawValue: 1)
    static let uppercase = ScalarClass(rawValue: 2)
    static let numeric = ScalarClass(rawValue: 4)

    /// Latin, Greek, Cyrillic, and the punctuation, currency and letterlike blocks news text uses.
    private static let tableSize: UInt32 = 0x2200
    private static let table: [ScalarClass] = (0..<tableSize).map { lookUp($0) }

    @inline(__always)
    static func of(_ value: UInt32) -> ScalarClass {
        value < tableSize ? table[Int(value)] : lookUp(value)
    }

    private static func lookUp(_ value: UInt32) -> ScalarClass {
        guard let scalar = Unicode.Scalar(value) else { return [] }
        let p = scalar.properties
        var c: ScalarClass = []
        if p.isAlphabetic { c.insert(.alphabetic) }
        if p.isUppercase { c.insert(.uppercase) }
        if p.numericType != nil { c.insert(.numeric) }
        return c
    }
}
