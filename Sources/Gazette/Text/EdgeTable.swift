/// A map from trie edges (node, token id) to nodes: open addressing on 64-bit keys with a
/// multiplicative hash. The tries of the gazetteer and the lexicons probe it at most tokens
/// of every document, where `Dictionary`'s seeded SipHash costs more than the rest of the walk.
struct EdgeTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var count = 0
    private var mask: Int

    init() {
        keys = [UInt64](repeating: .max, count: 16)
        values = [Int32](repeating: -1, count: 16)
        mask = 15
    }

    @inline(__always)
    static func edge(_ node: Int32, _ id: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    subscript(_ key: UInt64) -> Int32? {
        keys.withUnsafeBufferPointer { keys in
            var s = Self.slot(key, mask)
            while true {
                let k = keys[s]
                if k == key { return values[s] }
                if k == .max { return nil }
                s = (s + 1) & mask
            }
        }
    }

    /// Adds an edge known to be absent.
    mutating func insert(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var s = Self.slot(key, mask)
        while keys[s] != .max { s = (s + 1) & mask }
        keys[s] = key
        values[s] = value
        count += 1
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = [UInt64](repeating: .max, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != .max { insert(k, v) }
    }
}
