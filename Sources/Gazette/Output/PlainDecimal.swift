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
        guard layoutIsKnown else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumLength) { buffer in
            guard let count = write(value, to: buffer.baseAddress!) else { return false }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
            return true
        }
    }

    /// Writes the plain digits of `value` at `destination`, which has room for `maximumLength`
    /// bytes, and returns their count; nil, with nothing written, to let the caller format it
    /// another way.
    static func write(_ value: Decimal, into destination: UnsafeMutablePointer<UInt8>) -> Int? {
        layoutIsKnown ? write(value, to: destination) : nil
    }

    /// The longest plain form of a `Decimal`: a sign, 39 digits, a point and the zeros of an
    /// exponent of magnitude up to 128.
    static let maximumLength = 176

    private static let layoutIsKnown: Bool = {
        let samples = ["0", "1", "120", "1500000000", "-4.7", "0.005", "20.01", "12345678901234567890.5",
                       "340282366920938463463374607431768211455", "0.000000000000000000000000000001"]
        return samples.allSatisfy { sample in
            guard let value = Decimal(string: sample, locale: Locale(identifier: "en_US_POSIX")) else { return false }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumLength) { buffer in
                guard let count = write(value, to: buffer.baseAddress!) else { return false }
                return String(decoding: buffer[..<count], as: UTF8.self) == JSONWriter.plain(value)
            }
        }
    }()

    /// Byte 0: the exponent; byte 1: the mantissa's length in 16-bit words (high nibble),
    /// negative (0x08); bytes 4–19: the mantissa, least significant word first.
    private static func write(_ value: Decimal, to destination: UnsafeMutablePointer<UInt8>) -> Int? {
        guard MemoryLayout<Decimal>.size == 20 else { return nil }
        let (exponent, negative, mantissa) = withUnsafeBytes(of: value) { raw -> (Int, Bool, UInt128?) in
            let length = Int(raw[1] >> 4)
            guard length <= 8 else { return (0, false, nil) }
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
            return (Int(Int8(bitPattern: raw[0])), raw[1] & 0x08 != 0, mantissa)
        }
        guard let mantissa else { return nil }
        if mantissa == 0 {
            // Negative and empty: NaN.
            guard !negative else { return nil }
            destination.pointee = UInt8(ascii: "0")
            return 1
        }
        guard exponent >= 0 || mantissa % 10 != 0 else { return nil }
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
            let digits = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + (40 - count)
            var p = destination
            func put(_ source: UnsafePointer<UInt8>, _ n: Int) { p.update(from: source, count: n); p += n }
            func zeros(_ n: Int) { p.update(repeating: UInt8(ascii: "0"), count: n); p += n }
            if negative { p.pointee = UInt8(ascii: "-"); p += 1 }
            if exponent >= 0 {
                put(digits, count)
                zeros(exponent)
            } else if -exponent < count {
                let point = count + exponent
                put(digits, point)
                p.pointee = UInt8(ascii: "."); p += 1
                put(digits + point, count - point)
            } else {
                zeros(1)
                p.pointee = UInt8(ascii: "."); p += 1
                zeros(-exponent - count)
                put(digits, count)
            }
            return p - destination
        }
    }
}
