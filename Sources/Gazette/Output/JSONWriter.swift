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

    public mutating func int(_ value: Int) { separate(); bytes.append(contentsOf: Array(String(value).utf8)) }

    public mutating func bool(_ value: Bool) { separate(); bytes.append(contentsOf: Array((value ? "true" : "false").utf8)) }

    public mutating func null() { separate(); bytes.append(contentsOf: Array("null".utf8)) }

    /// A double with the shortest representation that reads back the same; non-finite values as null.
    public mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        separate()
        if value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: Array(String(Int64(value)).utf8))
        } else {
            bytes.append(contentsOf: Array(value.description.utf8))
        }
    }

    /// An exact decimal, written in plain notation ("1500000000", "4.7").
    public mutating func decimal(_ value: Decimal) {
        guard !value.isNaN else { return null() }
        separate()
        bytes.append(contentsOf: Array(Self.plain(value).utf8))
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
        var utf8 = value.utf8.makeIterator()
        // U+2028 and U+2029 are E2 80 A8 / E2 80 A9: valid JSON, but they break JavaScript readers.
        var pending: [UInt8] = []
        while let b = utf8.next() {
            if !pending.isEmpty {
                pending.append(b)
                if pending.count == 2, b != 0x80 { bytes += pending; pending = [] }
                else if pending.count == 3 {
                    if b == 0xA8 || b == 0xA9 { bytes += Array((b == 0xA8 ? "\\u2028" : "\\u2029").utf8) }
                    else { bytes += pending }
                    pending = []
                }
                continue
            }
            switch b {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0x08: bytes += [0x5C, UInt8(ascii: "b")]
            case 0x0C: bytes += [0x5C, UInt8(ascii: "f")]
            case 0x00..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                bytes += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            case 0xE2: pending = [b]
            default: bytes.append(b)
            }
        }
        bytes += pending
        bytes.append(UInt8(ascii: "\""))
    }
}
