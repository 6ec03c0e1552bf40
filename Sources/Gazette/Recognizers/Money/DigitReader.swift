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
        // (Read in place: a slice of the text per piece retains and releases it.)
        utf16.withUnsafeBufferPointer { units in
            pieces.withUnsafeBufferPointer { pieces in
                var end = i + 1
                let first = pieces[i]
                guard first.end - first.start <= 3, first.range.allSatisfy({ MoneyPiece.isDigit(units[$0]) }) else { return end }
                while end < pieces.count, pieces[end].isNumber, !pieces[end].lineBreakBefore,
                      pieces[end].start == pieces[end - 1].end + 1, isGroupSpace(units[pieces[end - 1].end]) {
                    let next = pieces[end].range
                    guard startsWithGroup(next, of: units) else { break }
                    end += 1
                    if next.count > 3 { break }  // it carried the decimal part
                }
                return end
            }
        }
    }

    /// Reads the number starting at piece `i`, joining whitespace groups; `end` is what
    /// `end(_:at:utf16:)` says, when the caller has it already.
    static func read(_ pieces: [MoneyPiece], at i: Int, end: Int? = nil, utf16: [UInt16], french: Bool) -> Reading? {
        guard i < pieces.count, pieces[i].isNumber else { return nil }
        let end = end ?? self.end(pieces, at: i, utf16: utf16)
        if end == i + 1 {
            if let value = plainInteger(utf16[pieces[i].range]) {
                return Reading(value: value, end: end, plainDigits: pieces[i].end - pieces[i].start, hasFraction: false)
            }
            // One token ("4.5", "1,000"): read in place.
            return utf16.withUnsafeBufferPointer {
                reading(UnsafeBufferPointer(rebasing: $0[pieces[i].range]), end: end, french: french, spaced: false)
            }
        }
        var units = Array(utf16[pieces[i].range])
        for k in (i + 1)..<end {
            units.append(0x20)
            units += utf16[pieces[k].range]
        }
        return units.withUnsafeBufferPointer { reading($0, end: end, french: french, spaced: true) }
    }

    /// The reading of a number's units (whitespace groups joined by spaces when `spaced`).
    private static func reading(_ units: UnsafeBufferPointer<UInt16>, end: Int, french: Bool, spaced: Bool) -> Reading? {
        guard let mark = decimalMark(units, french: french, spaced: spaced), let value = value(units, mark: mark) else { return nil }
        let plain = !spaced && units.allSatisfy(MoneyPiece.isDigit) ? units.count : nil
        return Reading(value: value, end: end, plainDigits: plain, hasFraction: mark != nil)
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

    /// The exact value of digits with separators, `mark` being the index of the decimal mark
    /// (every other separator groups thousands): integer arithmetic for up to 18 digits,
    /// `Decimal(string:)` beyond.
    static func value(_ units: UnsafeBufferPointer<UInt16>, mark: Int?) -> Decimal? {
        var significand: UInt64 = 0
        var digits = 0, fraction = 0
        for (k, unit) in units.enumerated() where MoneyPiece.isDigit(unit) {
            digits += 1
            if digits > 18 { return Decimal(string: normalized(units, mark: mark)) }
            significand = significand * 10 + UInt64(unit - 0x30)
            if let mark, k > mark { fraction += 1 }
        }
        guard digits > 0 else { return nil }
        return Decimal(significand).scaled(byPowerOfTen: -fraction)
    }

    /// Whether a number token continues whitespace groups: 3 digits, then nothing or a decimal part.
    private static func startsWithGroup(_ range: Range<Int>, of units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard range.count >= 3 else { return false }
        let s = range.lowerBound
        guard MoneyPiece.isDigit(units[s]), MoneyPiece.isDigit(units[s + 1]), MoneyPiece.isDigit(units[s + 2]) else { return false }
        if range.count == 3 { return true }
        let mark = units[s + 3]
        return (mark == 0x2C || mark == 0x2E) && range.count > 4 && (s + 4..<range.upperBound).allSatisfy { MoneyPiece.isDigit(units[$0]) }
    }

    /// The digits as "1234.56" (a `Decimal(string:)` input), following the rules above.
    static func normalize(_ units: [UInt16], french: Bool, spaced: Bool = false) -> (String, Bool)? {
        units.withUnsafeBufferPointer { units in
            decimalMark(units, french: french, spaced: spaced).map { (normalized(units, mark: $0), $0 != nil) }
        }
    }

    /// "1.000,50" with its decimal mark at 5 → "1000.50".
    private static func normalized(_ units: UnsafeBufferPointer<UInt16>, mark: Int?) -> String {
        var text = ""
        for (k, unit) in units.enumerated() {
            if MoneyPiece.isDigit(unit) { text.unicodeScalars.append(Unicode.Scalar(UInt8(unit))) }
            if k == mark { text += "." }
        }
        return text
    }

    /// Reads the separators of a number by the rules above, without allocating: nil when the
    /// units are not one number, else the index of the decimal mark (`.some(nil)` when there is
    /// none). A separator is `,` `.` `’` `'`, or a space joining whitespace groups (`spaced`).
    static func decimalMark(_ units: UnsafeBufferPointer<UInt16>, french: Bool, spaced: Bool) -> Int?? {
        let comma: UInt16 = 0x2C, dot: UInt16 = 0x2E
        var commas = 0, dots = 0, separators = 0
        var grouped = spaced
        var lastMark: Int?            // the last `,` or `.`
        var lastSeparator: Int?
        var firstGroup = 0            // digits before the first separator
        var markSeparatorIndex = 0    // how many separators come before `lastMark`
        var group = 0
        for (k, unit) in units.enumerated() {
            if MoneyPiece.isDigit(unit) {
                group += 1
                continue
            }
            guard unit == 0x20 || MoneyPiece.isNumberSeparator(unit), group > 0 else { return nil }
            if separators == 0 { firstGroup = group }
            if unit == comma || unit == dot {
                if unit == comma { commas += 1 } else { dots += 1 }
                lastMark = k
                markSeparatorIndex = separators
            } else {
                grouped = true
            }
            separators += 1
            lastSeparator = k
            group = 0
        }
        guard group > 0 else { return nil }
        if separators == 0 { return .some(nil) }

        var mark: Int?
        if commas > 0 && dots > 0 {
            let last = lastMark!
            // The decimal mark occurs once.
            guard (units[last] == comma ? commas : dots) == 1 else { return nil }
            mark = last
        } else if commas + dots == 1 {
            let index = lastMark!
            let before = length(of: units, groupEndingAt: index)
            let after = length(of: units, groupStartingAt: index + 1)
            if after != 3 || grouped || (markSeparatorIndex == 0 && before > 3) {
                mark = index
            } else if (units[index] == comma) == french {
                mark = index
            }
        }
        // The decimal mark is the last separator; everything before it groups thousands:
        // a first group of 1–3 digits, then groups of exactly 3.
        if let mark, mark != lastSeparator { return nil }
        let integerEnd = mark ?? units.count
        if units[..<integerEnd].contains(where: { !MoneyPiece.isDigit($0) }) {
            guard (1...3).contains(firstGroup) else { return nil }
            var k = firstGroup
            while k < integerEnd {
                guard length(of: units, groupStartingAt: k + 1) == 3 else { return nil }
                k += 4
            }
        }
        return .some(mark)
    }

    private static func length(of units: UnsafeBufferPointer<UInt16>, groupEndingAt end: Int) -> Int {
        var start = end
        while start > 0, MoneyPiece.isDigit(units[start - 1]) { start -= 1 }
        return end - start
    }

    private static func length(of units: UnsafeBufferPointer<UInt16>, groupStartingAt start: Int) -> Int {
        var end = start
        while end < units.count, MoneyPiece.isDigit(units[end]) { end += 1 }
        return end - start
    }
}
