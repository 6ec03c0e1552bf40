import Foundation

/// Writes a `Decimal` in plain notation ("1500000000", "4.7", "0.005") straight from its
/// stored mantissa and exponent: `description`, the only public way to its digits, costs
/// thousands of instructions, and every MONEY entity has one or two values.
///
/// The storage layout is Foundation's, not a public API, so it is checked once against
/// `description` on values of every shape; if it ever differs, `bytes(_:)` returns nil and
/// the caller formats through `description`. Values whose mantissa ends in zeros (which
/// `Decimal`'s own arithmetic does not produce) are left to `description` too.
enum PlainDecimal {
    /// The plain digits of `value`, or nil to format it another way.
    static func bytes(_ value: Decimal) -> [UInt8]? {
        guard layoutIsKnown else { return nil }
        return read(value)
    }

    private static let layoutIsKnown: Bool = {
        let samples = ["0", "1", "120", "1500000000", "-4.7", "0.005", "20.01", "12345678901234567890.5",
                       "340282366920938463463374607431768211455", "0.000000000000000000000000000001"]
        return samples.allSatisfy { sample in
            guard let value = Decimal(string: sample, locale: Locale(identifier: "en_US_POSIX")),
                  let bytes = read(value) else { return false }
            return String(decoding: bytes, as: UTF8.self) == JSONWriter.plain(value)
        }
    }()

    /// Byte 0: the exponent; byte 1: the mantissa's length in 16-bit words (high nibble),
    /// negative (0x08); bytes 4–19: the mantissa, least significant word first.
    private static func read(_ value: Decimal) -> [UInt8]? {
        guard MemoryLayout<Decimal>.size == 20 else { return nil }
        return withUnsafeBytes(of: value) { raw -> [UInt8]? in
            let exponent = Int(Int8(bitPattern: raw[0]))
            let length = Int(raw[1] >> 4)
            let negative = raw[1] & 0x08 != 0
            guard length <= 8 else { return nil }
            if length == 0 { return negative ? nil : [UInt8(ascii: "0")] }  // negative and empty: NaN
            var mantissa: UInt128 = 0
            for word in stride(from: length - 1, through: 0, by: -1) {
                mantissa = mantissa << 16 | UInt128(raw[4 + 2 * word]) | UInt128(raw[5 + 2 * word]) << 8
            }
            guard mantissa != 0, exponent >= 0 || mantissa % 10 != 0 else { return nil }
            // (64-bit division where it suffices: nearly every amount.)
            let digits = Array((UInt64(exactly: mantissa).map { String($0) } ?? String(mantissa)).utf8)
            var text: [UInt8] = negative ? [UInt8(ascii: "-")] : []
            if exponent >= 0 {
                text += digits
                text += repeatElement(UInt8(ascii: "0"), count: exponent)
            } else if -exponent < digits.count {
                let point = digits.count + exponent
                text += digits[..<point]
                text.append(UInt8(ascii: "."))
                text += digits[point...]
            } else {
                text += [UInt8(ascii: "0"), UInt8(ascii: ".")]
                text += repeatElement(UInt8(ascii: "0"), count: -exponent - digits.count)
                text += digits
            }
            return text
        }
    }
}
