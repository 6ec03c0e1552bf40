import Foundation

/// Writes JSON values through a pointer, into room reserved beforehand with
/// `JSONWriter.write(atMost:_:)`: one capacity check for a whole entity rather than one per
/// value, which used to be most of the cost of writing a line.
///
/// Each value's `room` is the most bytes it may take; the caller reserves their sum.
struct JSONCursor {
    private(set) var position: UnsafeMutablePointer<UInt8>

    init(_ position: UnsafeMutablePointer<UInt8>) { self.position = position }

    /// A string of `utf8Count` bytes: the quotes, and every byte escaped as `\u00XX` at worst.
    static func room(forString utf8Count: Int) -> Int { 2 + 6 * utf8Count }
    static let roomForInt = 20
    /// The shortest form of a double is at most 24 characters ("-2.2250738585072014e-308").
    static let roomForDouble = 32
    /// Plain notation of any `Decimal`, or "null".
    static let roomForDecimal = 2 * PlainDecimal.maximumLength

    @inline(__always)
    private mutating func byte(_ b: UInt8) {
        position.pointee = b
        position += 1
    }

    @inline(__always)
    private mutating func bytes(_ source: UnsafeRawBufferPointer) {
        guard let base = source.baseAddress else { return }
        position.update(from: base.assumingMemoryBound(to: UInt8.self), count: source.count)
        position += source.count
    }

    /// Bytes that are JSON already: a value quoted once and written many times.
    @inline(__always)
    mutating func json(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { self.bytes($0) }
    }

    /// `value` quoted and escaped as `string(_:)` writes it, to write again with `json(_:)`.
    static func quoted(_ value: String) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: room(forString: value.utf8.count)) { buffer, count in
            var cursor = JSONCursor(buffer.baseAddress!)
            cursor.string(value)
            count = cursor.position - buffer.baseAddress!
        }
    }

    /// Bytes that are JSON already (keys, commas).
    @inline(__always)
    mutating func literal(_ text: StaticString) {
        position.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        position += text.utf8CodeUnitCount
    }

    /// A quoted string: quotes, backslash and control characters escaped, U+2028 and U+2029
    /// too (valid JSON, but they break JavaScript readers); other text kept as UTF-8.
    mutating func string(_ value: String) {
        byte(UInt8(ascii: "\""))
        // In place when the string's UTF-8 is at hand (native and small strings: all of them
        // here); a copy made contiguous otherwise.
        if value.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
            var value = value
            value.withUTF8 { escaped($0) }
        }
        byte(UInt8(ascii: "\""))
    }

    /// The bytes of a string, escaped, without the quotes.
    private mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        // Nearly every string needs no escaping at all: checked as a whole, copied at once.
        if Self.isPlain(utf8) { return bytes(UnsafeRawBufferPointer(utf8)) }
        // Runs of bytes that need no escaping are copied in one go.
        var run = 0
        var i = 0
        let n = utf8.count
        let base = UnsafeRawPointer(utf8.baseAddress)
        while i < n {
            // Eight bytes at a time while none may need escaping: nearly all text.
            if let base {
                while i &+ 8 <= n, !Self.mayNeedEscaping(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i &+= 8
                }
                guard i < n else { break }
            }
            let b = utf8[i]
            guard Self.mayNeedEscaping(b) else { i += 1; continue }
            // U+2028 and U+2029 are E2 80 A8 / E2 80 A9.
            if b == 0xE2 {
                guard i + 2 < n, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9 else { i += 1; continue }
            }
            bytes(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[run..<i])))
            switch b {
            case 0x22: literal("\\\"")
            case 0x5C: literal("\\\\")
            case 0x0A: literal("\\n")
            case 0x0D: literal("\\r")
            case 0x09: literal("\\t")
            case 0x08: literal("\\b")
            case 0x0C: literal("\\f")
            case 0xE2:
                literal(utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                i += 2
            default:
                let hex: StaticString = "0123456789abcdef"
                literal("\\u00")
                byte(hex.utf8Start[Int(b >> 4)])
                byte(hex.utf8Start[Int(b & 0xF)])
            }
            i += 1
            run = i
        }
        bytes(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[run..<n])))
    }

    /// Whether no byte of `utf8` may need escaping, eight bytes at a time: the last eight
    /// overlap the ones before, a string shorter than eight is padded with spaces.
    @inline(__always)
    private static func isPlain(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = utf8.count
        guard let base = UnsafeRawPointer(utf8.baseAddress) else { return true }
        if n < 8 {
            var word: UInt64 = 0x2020_2020_2020_2020
            for k in 0..<n {
                let shift = UInt64(k &* 8)
                word = word & ~(0xFF &<< shift) | UInt64(utf8[k]) &<< shift
            }
            return !mayNeedEscaping(word)
        }
        var i = 0
        while i &+ 8 < n {
            if mayNeedEscaping(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { return false }
            i &+= 8
        }
        return !mayNeedEscaping(base.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self))
    }

    /// The only bytes that may need escaping (every other byte is copied as it is): control
    /// characters, quote, backslash, DEL, and E2, the lead byte of U+2028 and U+2029.
    @inline(__always)
    private static func mayNeedEscaping(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xE2
    }

    /// Whether any of eight bytes may need escaping (the test above, eight at a time, with
    /// the usual bit tricks: a byte below n, a byte equal to c). Never false when one does.
    @inline(__always)
    private static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func zeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let control = (word &- ones &* 0x20) & ~word & highs
        let special = zeroByte(word ^ (ones &* 0x22)) | zeroByte(word ^ (ones &* 0x5C))
            | zeroByte(word ^ (ones &* 0x7F)) | zeroByte(word ^ (ones &* 0xE2))
        return control | special != 0
    }

    /// Decimal digits, without going through `String`: two at a time, from a table of the
    /// hundred pairs (offsets and sentence numbers are most of a line's numbers).
    mutating func int(_ value: Int) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var count = 1
        var rest = magnitude
        while rest >= 10 { rest /= 10; count += 1 }
        let pairs = Self.digitPairs.utf8Start
        var p = position + count
        while magnitude >= 100 {
            let pair = Int(magnitude % 100) &* 2
            magnitude /= 100
            p -= 2
            p[0] = pairs[pair]
            p[1] = pairs[pair &+ 1]
        }
        if magnitude >= 10 {
            p[-2] = pairs[Int(magnitude) &* 2]
            p[-1] = pairs[Int(magnitude) &* 2 &+ 1]
        } else {
            p[-1] = UInt8(ascii: "0") &+ UInt8(magnitude)
        }
        position += count
    }

    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// The shortest form that reads back as the same double (what `description` prints);
    /// non-finite values as null.
    mutating func double(_ value: Double) {
        guard value.isFinite else { return literal("null") }
        // (Whole when it converts to an integer and back unchanged: `rounded()` is a libm call.)
        if abs(value) < 1e15, Double(Int64(value)) == value {
            int(Int(Int64(value)))
        } else if !thousandths(value) {
            var text = value.description
            text.withUTF8 { bytes(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Writes a value that is exactly some thousandths ("0.95", "0.875", "-2.5"), the scores
    /// of every entity, as `description` would, without its cost; false for any other value.
    private mutating func thousandths(_ value: Double) -> Bool {
        let scaled = value * 1000
        guard abs(scaled) < 1e15 else { return false }
        // Rounded to the nearest by truncating a half further out (`rounded()` is a call into
        // libm); a value it misses is not written here, and gets `description` instead.
        var thousandths = Int(scaled + (scaled < 0 ? -0.5 : 0.5))
        guard Double(thousandths) / 1000 == value else { return false }
        if thousandths < 0 { byte(UInt8(ascii: "-")); thousandths = -thousandths }
        int(thousandths / 1000)
        let fraction = thousandths % 1000
        var width = 3
        var rest = fraction
        while width > 0, rest % 10 == 0 { rest /= 10; width -= 1 }
        byte(UInt8(ascii: "."))
        // The fraction's three digits, the trailing zeros left out.
        var divisor = 100
        for _ in 0..<width {
            byte(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
        return true
    }

    /// An exact decimal in plain notation ("1500000000", "4.7"); NaN as null.
    mutating func decimal(_ value: Decimal) {
        guard !value.isNaN else { return literal("null") }
        if let count = PlainDecimal.write(value, into: position) {
            position += count
        } else {
            var text = JSONWriter.plain(value)
            text.withUTF8 { bytes(UnsafeRawBufferPointer($0)) }
        }
    }
}
