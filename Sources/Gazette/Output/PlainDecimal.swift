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
        var bytes: [UInt8] = []
        return append(value, to: &bytes) ? bytes : nil
    }

    /// Appends the plain digits of `value` to `bytes`; false, with nothing written, to let the
    /// caller format it another way.
    static func append(_ value: Decimal, to bytes: inout [UInt8]) -> Bool {
        layoutIsKnown && write(value, to: &bytes)
    }

    private static let layoutIsKnown: Bool = {
        let samples = ["0", "1", "120", "1500000000", "-4.7", "0.005", "20.01", "12345678901234567890.5",
                       "340282366920938463463374607431768211455", "0.000000000000000000000000000001"]
        return samples.allSatisfy { sample in
            var bytes: [UInt8] = []
            guard let value = Decimal(string: sample, locale: Locale(identifier: "en_US_POSIX")),
                  write(value, to: &bytes) else { return false }
            return String(decoding: bytes, as: UTF8.self) == JSONWriter.plain(value)
        }
    }()

    /// Byte 0: the exponent; byte 1: the mantissa's length in 16-bit words (high nibble),
    /// negative (0x08); bytes 4–19: the mantissa, least significant word first.
    private static func write(_ value: Decimal, to bytes: inout [UInt8]) -> Bool {
        guard MemoryLayout<Decimal>.size == 20 else { return false }
        let (exponent, negative, mantissa) = withUnsafeBytes(of: value) { raw -> (Int, Bool, UInt128?) in
            let length = Int(raw[1] >> 4)
            guard length <= 8 else { return (0, false, nil) }
            var mantissa: UInt128 = 0
            for word in stride(from: length - 1, through: 0, by: -1) {
                mantissa = mantissa << 16 | UInt128(raw[4 + 2 * word]) | UInt128(raw[5 + 2 * word]) << 8
            }
            return (Int(Int8(bitPattern: raw[0])), raw[1] & 0x08 != 0, mantissa)
        }
        guard let mantissa else { return false }
        if mantissa == 0 {
            // Negative and empty: NaN.
            guard !negative else { return false }
            bytes.append(UInt8(ascii: "0"))
            return true
        }
        guard exponent >= 0 || mantissa % 10 != 0 else { return false }
        // The digits, right-aligned in 40 bytes (room for any 128-bit mantissa).
        var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &buffer) { buffer in
            var count = 0
            // (64-bit division where it suffices: nearly every amount.)
            if var small = UInt64(exactly: mantissa) {
                repeat {
                    count += 1
                    buffer[40 - count] = UInt8(ascii: "0") + UInt8(small % 10)
                    small /= 10
                } while small > 0
            } else {
                var large = mantissa
                repeat {
                    count += 1
                    buffer[40 - count] = UInt8(ascii: "0") + UInt8(large % 10)
                    large /= 10
                } while large > 0
            }
            let digits = UnsafeRawBufferPointer(rebasing: buffer[(40 - count)...])
            if negative { bytes.append(UInt8(ascii: "-")) }
            if exponent >= 0 {
                bytes.append(contentsOf: digits)
                bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: exponent))
            } else if -exponent < count {
                let point = count + exponent
                bytes.append(contentsOf: digits[..<point])
                bytes.append(UInt8(ascii: "."))
                bytes.append(contentsOf: digits[point...])
            } else {
                bytes.append(contentsOf: [UInt8(ascii: "0"), UInt8(ascii: ".")])
                bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -exponent - count))
                bytes.append(contentsOf: digits)
            }
            return true
        }
    }
}
