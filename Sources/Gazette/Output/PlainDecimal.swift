import Foundation

/// Writes a `Decimal` in plain notation ("1500000000", "4.7", "0.005") straight from its
/// stored mantissa and exponent (`DecimalLayout`): `description`, the only public way to its
/// digits, costs thousands of instructions, and every MONEY entity has one or two values.
///
/// Values whose mantissa ends in zeros (which `Decimal`'s own arithmetic does not produce)
/// are left to `description`, as is everything when the layout is not the one known.
enum PlainDecimal {
    /// The plain digits of `value`, or nil to format it another way.
    static func bytes(_ value: Decimal) -> [UInt8]? {
        var bytes: [UInt8] = []
        return append(value, to: &bytes) ? bytes : nil
    }

    /// Appends the plain digits of `value` to `bytes`; false, with nothing written, to let the
    /// caller format it another way.
    static func append(_ value: Decimal, to bytes: inout [UInt8]) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumLength) { buffer in
            guard let count = write(value, into: buffer.baseAddress!) else { return false }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
            return true
        }
    }

    /// Writes the plain digits of `value` at `destination`, which has room for `maximumLength`
    /// bytes, and returns their count; nil, with nothing written, to let the caller format it
    /// another way.
    static func write(_ value: Decimal, into destination: UnsafeMutablePointer<UInt8>) -> Int? {
        DecimalLayout.parts(value).flatMap { write($0, to: destination) }
    }

    /// The plain digits of stored parts, as a string (for checking the layout).
    static func text(_ parts: DecimalLayout.Parts) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumLength) { buffer in
            write(parts, to: buffer.baseAddress!).map { String(decoding: buffer[..<$0], as: UTF8.self) }
        }
    }

    /// The longest plain form of a `Decimal`: a sign, 39 digits, a point and the zeros of an
    /// exponent of magnitude up to 128.
    static let maximumLength = 176

    private static func write(_ parts: DecimalLayout.Parts, to destination: UnsafeMutablePointer<UInt8>) -> Int? {
        let (exponent, negative, mantissa) = (parts.exponent, parts.negative, parts.mantissa)
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
