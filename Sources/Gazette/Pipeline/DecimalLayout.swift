import Foundation

/// Foundation's storage of a `Decimal`, read and written in place: its public API has no
/// cheap way to the exponent and the mantissa (`description`, `significand` and
/// `Decimal(sign:exponent:significand:)` cost hundreds to thousands of instructions), and
/// money reads them for every amount it writes, scales or compares.
///
/// The layout is Foundation's, not a public API, so it is checked once on values of every
/// shape (read back through `PlainDecimal` against their text, and scaled by writing the
/// exponent); if it ever differs, `parts(_:)` and `settingExponent(_:_:)` return nil and
/// callers use the public API. (The tests check the reading against `description` too.)
enum DecimalLayout {
    /// Byte 0: the exponent; byte 1: the mantissa's length in 16-bit words (high nibble) and
    /// the sign (0x08); bytes 4–19: the mantissa, least significant word first.
    struct Parts {
        var exponent: Int
        /// With a zero mantissa: NaN.
        var negative: Bool
        var mantissa: UInt128
    }

    /// The parts of `value`, or nil when the layout is not the one read here.
    static func parts(_ value: Decimal) -> Parts? {
        isKnown ? rawParts(value) : nil
    }

    /// `value` with its exponent replaced, or nil when the exponent does not fit or the layout
    /// is not the one read here.
    static func settingExponent(_ value: Decimal, _ exponent: Int) -> Decimal? {
        isKnown ? rawSettingExponent(value, exponent) : nil
    }

    private static let isKnown: Bool = {
        guard MemoryLayout<Decimal>.size == 20 else { return false }
        // Values of every shape, made without parsing or a locale (which would cost more than
        // the rest of a short run), with their plain text written out by hand.
        func value(_ significand: UInt64, _ exponent: Int, negative: Bool = false) -> Decimal {
            Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
        }
        let samples: [(Decimal, String)] = [
            (value(0, 0), "0"), (value(1, 0), "1"), (value(120, 0), "120"), (value(15, 8), "1500000000"),
            (value(47, -1, negative: true), "-4.7"), (value(5, -3), "0.005"), (value(2001, -2), "20.01"),
            (value(UInt64.max, 0), "18446744073709551615"), (value(1, -30), "0.000000000000000000000000000001"),
            (Decimal(UInt64.max) * Decimal(UInt64.max), "340282366920938463426481119284349108225"),
        ]
        let read = samples.allSatisfy { value, text in rawParts(value).flatMap(PlainDecimal.text) == text }
        let scaled = rawSettingExponent(value(15, 0), 8).flatMap(rawParts).flatMap(PlainDecimal.text) == "1500000000"
            && rawSettingExponent(value(47, 0), -1).flatMap(rawParts).flatMap(PlainDecimal.text) == "4.7"
        return read && scaled
    }()

    private static func rawParts(_ value: Decimal) -> Parts? {
        withUnsafeBytes(of: value) { raw in
            let length = Int(raw[1] >> 4)
            guard length <= 8 else { return nil }
            // The words, least significant first, read as two little-endian halves.
            let low = raw.loadUnaligned(fromByteOffset: 4, as: UInt64.self)
            let high = raw.loadUnaligned(fromByteOffset: 12, as: UInt64.self)
            let mantissa: UInt128 = switch length {
            case 0: 0
            case 1...3: UInt128(low & (1 << (16 * UInt64(length)) - 1))
            case 4: UInt128(low)
            case 8: UInt128(high) << 64 | UInt128(low)
            default: UInt128(high & (1 << (16 * UInt64(length - 4)) - 1)) << 64 | UInt128(low)
            }
            return Parts(exponent: Int(Int8(bitPattern: raw[0])), negative: raw[1] & 0x08 != 0, mantissa: mantissa)
        }
    }

    private static func rawSettingExponent(_ value: Decimal, _ exponent: Int) -> Decimal? {
        guard let byte = Int8(exactly: exponent) else { return nil }
        var value = value
        withUnsafeMutableBytes(of: &value) { $0[0] = UInt8(bitPattern: byte) }
        return value
    }
}
