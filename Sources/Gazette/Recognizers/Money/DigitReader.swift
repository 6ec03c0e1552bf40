import Foundation

/// Reads numbers written with digits, exactly, in the formats of French and English news.
///
/// Decision rules (a separator is `,` `.` `’` `'`; whitespace groups are space, NBSP U+00A0,
/// narrow NBSP U+202F, thin space U+2009 or figure space U+2007, one of them between groups):
///
/// 1. Whitespace groups. ICU splits "1 000 000,50" into several number tokens; they are one
///    number when the first has 1–3 digits and no separator and each next one starts with
///    exactly 3 digits (then ends, or carries the decimal part: "000,50"). "2019 100" (a first
///    group of 4 digits) and "01 23 45" (groups of 2) stay apart.
/// 2. Apostrophes (`’`, `'`) always group thousands: "1’000" (Swiss style).
/// 3. Both `,` and `.` present: the last one is the decimal mark and may occur once; the
///    other groups thousands: "1.000,50" = 1000.5, "1,000.50" = 1000.5.
/// 4. One kind, several times: thousands ("1,000,000", "1.000.000").
/// 5. One kind, once:
///    - not followed by exactly 3 digits, or after whitespace/apostrophe groups, or after more
///      than 3 digits: decimal ("1,5", "3.14", "29,99", "1 000,500", "1234,567");
///    - followed by exactly 3 digits: the document's language decides. In English `,` groups
///      thousands ("1,500" = 1500) and `.` is decimal ("4.700" = 4.7); in French `,` is decimal
///      ("1,500 milliard" = 1.5 billion) and `.` groups thousands ("1.500" = 1500).
/// 6. Where thousands are grouped, every group after the first has exactly 3 digits and the
///    first 1–3; otherwise the text is not one number ("1.2.3", "12.5.2020").
///
/// Values are built from the digit string with `Decimal(string:)`, never through `Double`,
/// so "1,5" × 10^9 is exactly 1500000000.
enum DigitReader {
    struct Reading {
        var value: Decimal
        /// Index of the piece after the number.
        var end: Int
        /// The digit count of a plain integer written without any separator ("2020" → 4); nil otherwise.
        var plainDigits: Int?
        /// Whether the number has a decimal part.
        var hasFraction: Bool
    }

    static func isGroupSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0xA0 || unit == 0x202F || unit == 0x2009 || unit == 0x2007
    }

    /// The index of the piece after the number that starts at piece `i` (rule 1), without reading it.
    static func end(_ pieces: [MoneyPiece], at i: Int, utf16: [UInt16]) -> Int {
        var end = i + 1
        let first = utf16[pieces[i].range]
        guard first.count <= 3, first.allSatisfy(MoneyPiece.isDigit) else { return end }
        while end < pieces.count, pieces[end].isNumber, !pieces[end].lineBreakBefore,
              pieces[end].start == pieces[end - 1].end + 1, isGroupSpace(utf16[pieces[end - 1].end]) {
            let next = utf16[pieces[end].range]
            guard startsWithGroup(next) else { break }
            end += 1
            if next.count > 3 { break }  // it carried the decimal part
        }
        return end
    }

    /// Reads the number starting at piece `i`, joining whitespace groups.
    static func read(_ pieces: [MoneyPiece], at i: Int, utf16: [UInt16], french: Bool) -> Reading? {
        guard i < pieces.count, pieces[i].isNumber else { return nil }
        let end = end(pieces, at: i, utf16: utf16)
        if end == i + 1, let value = plainInteger(utf16[pieces[i].range]) {
            return Reading(value: value, end: end, plainDigits: pieces[i].end - pieces[i].start, hasFraction: false)
        }
        var units = Array(utf16[pieces[i].range])
        for k in (i + 1)..<end {
            units.append(0x20)
            units += utf16[pieces[k].range]
        }
        let spaced = end > i + 1
        guard let (text, hasFraction) = normalize(units, french: french, spaced: spaced),
              let value = decimal(text) else { return nil }
        let plain = !spaced && units.allSatisfy(MoneyPiece.isDigit) ? units.count : nil
        return Reading(value: value, end: end, plainDigits: plain, hasFraction: hasFraction)
    }

    /// The value of up to 18 digits without separators ("2020", "450"), the common case, read
    /// in place; nil for anything else.
    static func plainInteger(_ units: ArraySlice<UInt16>) -> Decimal? {
        guard !units.isEmpty, units.count <= 18 else { return nil }
        var value: UInt64 = 0
        for unit in units {
            guard MoneyPiece.isDigit(unit) else { return nil }
            value = value * 10 + UInt64(unit - 0x30)
        }
        return Decimal(value)
    }

    /// The exact value of "1234.56": integer arithmetic for up to 18 digits, `Decimal(string:)` beyond.
    static func decimal(_ text: String) -> Decimal? {
        var significand: UInt64 = 0
        var digits = 0, fraction = 0, seenPoint = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") { seenPoint = true; continue }
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            digits += 1
            if digits > 18 { return Decimal(string: text) }
            significand = significand * 10 + UInt64(byte - 0x30)
            if seenPoint { fraction += 1 }
        }
        guard digits > 0 else { return nil }
        return Decimal(sign: .plus, exponent: -fraction, significand: Decimal(significand))
    }

    /// Whether a number token continues whitespace groups: 3 digits, then nothing or a decimal part.
    private static func startsWithGroup(_ units: ArraySlice<UInt16>) -> Bool {
        guard units.count >= 3 else { return false }
        let head = units.prefix(3)
        guard head.allSatisfy(MoneyPiece.isDigit) else { return false }
        if units.count == 3 { return true }
        let mark = units[units.startIndex + 3]
        let rest = units.dropFirst(4)
        return (mark == 0x2C || mark == 0x2E) && !rest.isEmpty && rest.allSatisfy(MoneyPiece.isDigit)
    }

    /// The digits as "1234.56" (a `Decimal(string:)` input), following the rules above.
    static func normalize(_ units: [UInt16], french: Bool, spaced: Bool = false) -> (String, Bool)? {
        // Plain digits, the common case, are their own normal form.
        if !units.isEmpty, units.allSatisfy(MoneyPiece.isDigit) { return (String(utf16Units: units[...]), false) }
        var groups: [[UInt16]] = [[]]
        var separators: [UInt16] = []
        for unit in units {
            if MoneyPiece.isDigit(unit) {
                groups[groups.count - 1].append(unit)
            } else if unit == 0x20 || MoneyPiece.isNumberSeparator(unit) {
                guard !groups[groups.count - 1].isEmpty else { return nil }
                separators.append(unit == 0x2019 ? 0x27 : unit)
                groups.append([])
            } else {
                return nil
            }
        }
        guard !groups[groups.count - 1].isEmpty else { return nil }
        if separators.isEmpty { return (String(utf16Units: groups[0][...]), false) }

        let comma: UInt16 = 0x2C, dot: UInt16 = 0x2E
        let commas = separators.filter { $0 == comma }.count
        let dots = separators.filter { $0 == dot }.count
        let grouped = spaced || separators.contains(0x27) || separators.contains(0x20)
        var decimalIndex: Int? = nil  // index in `separators` of the decimal mark
        if commas > 0 && dots > 0 {
            let last = separators.lastIndex { $0 == comma || $0 == dot }!
            let mark = separators[last]
            guard separators.filter({ $0 == mark }).count == 1 else { return nil }
            decimalIndex = last
        } else if commas + dots == 1 {
            let index = separators.firstIndex { $0 == comma || $0 == dot }!
            let after = groups[index + 1].count
            let before = groups[index].count
            if after != 3 || grouped || (index == 0 && before > 3) {
                decimalIndex = index
            } else if (separators[index] == comma) == french {
                decimalIndex = index
            }
        }
        // Everything before the decimal mark groups thousands.
        let integerGroups = groups[0...(decimalIndex ?? groups.count - 1)]
        if integerGroups.count > 1 {
            guard (1...3).contains(integerGroups.first!.count),
                  integerGroups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        if let decimalIndex, decimalIndex != groups.count - 2 { return nil }
        var text = String(utf16Units: Array(integerGroups.joined())[...])
        if decimalIndex != nil { text += "." + String(utf16Units: groups[groups.count - 1][...]) }
        return (text, decimalIndex != nil)
    }
}
