import Foundation

/// A small JSON writer into a byte buffer: correct escaping (quotes, backslash, control
/// characters, U+2028/2029), non-ASCII kept as UTF-8, numbers without exponent noise.
/// `JSONEncoder` is far too slow for millions of small objects.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = []
    /// Where `write(atMost:_:)` lets a cursor write before the bytes are appended at once.
    private var scratch: [UInt8] = []

    public init() { bytes.reserveCapacity(4096) }

    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        needsComma.removeAll(keepingCapacity: true)
    }

    /// Makes room for `count` more bytes at once (growing geometrically, so that calls in a
    /// row stay linear): a document's lines then grow the buffer once, not a few times.
    mutating func reserve(_ count: Int) {
        let needed = bytes.count + count
        if bytes.capacity < needed { bytes.reserveCapacity(Swift.max(needed, 2 * bytes.capacity)) }
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

    // For writers that lay out an object themselves (`EntityEncoder`): bare values, with no
    // comma bookkeeping.

    mutating func stringValue(_ value: String) { string(value, separated: false) }

    mutating func intValue(_ value: Int) { write(atMost: JSONCursor.roomForInt) { $0.int(value) } }

    mutating func doubleValue(_ value: Double) { write(atMost: JSONCursor.roomForDouble) { $0.double(value) } }

    /// Lets `body` write at most `room` bytes through a cursor, then appends them in one go.
    mutating func write(atMost room: Int, _ body: (inout JSONCursor) -> Void) {
        if scratch.count < room { scratch = [UInt8](repeating: 0, count: Swift.max(room, 2 * scratch.count, 1024)) }
        let count = scratch.withUnsafeMutableBufferPointer { buffer in
            var cursor = JSONCursor(buffer.baseAddress!)
            body(&cursor)
            return cursor.position - buffer.baseAddress!
        }
        bytes.append(contentsOf: scratch[..<count])
    }

    public mutating func int(_ value: Int) { separate(); intValue(value) }

    public mutating func bool(_ value: Bool) { separate(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }

    public mutating func null() { separate(); bytes.append(contentsOf: "null".utf8) }

    /// A double with the shortest representation that reads back the same; non-finite values as null.
    public mutating func double(_ value: Double) {
        separate()
        doubleValue(value)
    }

    /// An exact decimal, written in plain notation ("1500000000", "4.7").
    public mutating func decimal(_ value: Decimal) {
        separate()
        decimalValue(value)
    }

    mutating func decimalValue(_ value: Decimal) { write(atMost: JSONCursor.roomForDecimal) { $0.decimal(value) } }

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
        write(atMost: JSONCursor.room(forString: value.utf8.count)) { $0.string(value) }
    }
}
