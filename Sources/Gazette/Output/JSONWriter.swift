import Foundation

/// A small JSON writer into a byte buffer: correct escaping (quotes, backslash, control
/// characters, U+2028/2029), non-ASCII kept as UTF-8, numbers without exponent noise.
/// `JSONEncoder` is far too slow for millions of small objects.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = []

    public init() { bytes.reserveCapacity(4096) }

    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        needsComma.removeAll(keepingCapacity: true)
    }

    /// Hands over the bytes written so far and forgets them, keeping the nesting state, so a
    /// long line can be written out in pieces.
    public mutating func drain() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    public mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); needsComma.append(false) }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma.removeLast() }
    public mutating func beginArray() { separate(); bytes.append(UInt8(ascii: "[")); needsComma.append(false) }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma.removeLast() }
    public mutating func newline() { bytes.append(0x0A) }

    /// Writes `"name":` inside an object; the value follows.
    public mutating func key(_ name: String) {
        separate()
        string(name, separated: false)
        bytes.append(UInt8(ascii: ":"))
        if !needsComma.isEmpty { needsComma[needsComma.count - 1] = false }
    }

    public mutating func string(_ value: String) { string(value, separated: true) }

    // For writers that lay out an object themselves (`EntityEncoder`): raw bytes and bare
    // values, with no comma bookkeeping.

    /// Appends `text` as it is (keys, commas: JSON already).
    mutating func literal(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Notes that a comma was just written as a literal: the next `key` writes none.
    mutating func commaWritten() {
        if !needsComma.isEmpty { needsComma[needsComma.count - 1] = false }
    }

    mutating func stringValue(_ value: String) { string(value, separated: false) }

    mutating func intValue(_ value: Int) { appendDigits(value) }

    mutating func doubleValue(_ value: Double) {
        guard value.isFinite else { return bytes.append(contentsOf: "null".utf8) }
        if value == value.rounded(), abs(value) < 1e15 {
            appendDigits(Int(Int64(value)))
        } else if !appendThousandths(value) {
            bytes.append(contentsOf: value.description.utf8)
        }
    }

    /// Writes a value that is exactly some thousandths ("0.95", "0.875", "-2.5"), the scores
    /// of every entity, in the shortest form that reads back as the same double (what
    /// `description` prints, without its cost); false for any other value.
    private mutating func appendThousandths(_ value: Double) -> Bool {
        let scaled = (value * 1000).rounded()
        guard abs(scaled) < 1e15, scaled / 1000 == value else { return false }
        var thousandths = Int(scaled)
        if thousandths < 0 { bytes.append(UInt8(ascii: "-")); thousandths = -thousandths }
        appendDigits(thousandths / 1000)
        let fraction = thousandths % 1000
        var width = 3
        var rest = fraction
        while width > 0, rest % 10 == 0 { rest /= 10; width -= 1 }
        bytes.append(UInt8(ascii: "."))
        // The fraction's three digits, the trailing zeros left out.
        var divisor = 100
        for _ in 0..<width {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
        return true
    }

    public mutating func int(_ value: Int) { separate(); appendDigits(value) }

    public mutating func bool(_ value: Bool) { separate(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }

    public mutating func null() { separate(); bytes.append(contentsOf: "null".utf8) }

    /// Decimal digits without going through `String`.
    private mutating func appendDigits(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for any Int's digits
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                count += 1
                buffer[24 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
        }
    }

    /// A double with the shortest representation that reads back the same; non-finite values as null.
    public mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        separate()
        if value == value.rounded(), abs(value) < 1e15 {
            appendDigits(Int(Int64(value)))
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
    }

    /// An exact decimal, written in plain notation ("1500000000", "4.7").
    public mutating func decimal(_ value: Decimal) {
        separate()
        decimalValue(value)
    }

    mutating func decimalValue(_ value: Decimal) {
        guard !value.isNaN else { return bytes.append(contentsOf: "null".utf8) }
        if !PlainDecimal.append(value, to: &bytes) { bytes.append(contentsOf: Self.plain(value).utf8) }
    }

    static func plain(_ value: Decimal) -> String {
        let text = value.description
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
        // Expand an exponent Foundation chose to print.
        var mantissa = String(text[..<e])
        let exponent = Int(text[text.index(after: e)...]) ?? 0
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        var digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
        var point = parts[0].count + exponent
        if point <= 0 { digits = String(repeating: "0", count: 1 - point) + digits; point = 1 }
        if point >= digits.count { digits += String(repeating: "0", count: point - digits.count); point = digits.count }
        var result = String(digits.prefix(point))
        let fraction = digits.dropFirst(point).replacing(/0+$/, with: "")
        if !fraction.isEmpty { result += "." + fraction }
        return (negative ? "-" : "") + result
    }

    private mutating func separate() {
        guard !needsComma.isEmpty else { return }
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    private mutating func string(_ value: String, separated: Bool) {
        if separated { separate() }
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { escape($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Copies runs of bytes that need no escaping in one go.
    private mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
        var run = 0
        var i = 0
        let n = utf8.count
        while i < n {
            let b = utf8[i]
            // Only these bytes may need escaping; every other byte is copied as it is.
            guard b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xE2 else { i += 1; continue }
            // U+2028 and U+2029 are E2 80 A8 / E2 80 A9: valid JSON, but they break JavaScript readers.
            if b == 0xE2 {
                guard i + 2 < n, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9 else { i += 1; continue }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
            switch b {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
            case 0x08: bytes.append(0x5C); bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(0x5C); bytes.append(UInt8(ascii: "f"))
            case 0xE2:
                bytes.append(contentsOf: (utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                i += 2
            default:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            }
            i += 1
            run = i
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<n]))
    }
}
