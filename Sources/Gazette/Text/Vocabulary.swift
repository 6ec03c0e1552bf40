/// Folded token keys numbered once, so that the hot paths compare and look up integers.
///
/// At start-up every word the lists and rules know is interned (alias tokens, lexicon
/// entries, the words rules test for). Each document's tokens then get their number with
/// one hash lookup each (`TextAnalyzer.intern`); words the vocabulary lacks are numbered
/// after it, per document, so that two tokens of a document have the same id exactly when
/// they have the same key.
struct Vocabulary: Sendable {
    private(set) var ids: [String: Int32] = [:]

    var count: Int32 { Int32(ids.count) }

    @discardableResult
    mutating func intern(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        return id
    }

    func id(_ key: String) -> Int32? { ids[key] }
}

/// A set of folded words, tested on a token by its id: one bit per vocabulary entry.
///
/// Built from the same folded strings as a `Set<String>` and giving the same answers:
/// `contains(token)` is `strings.contains(token.key)`, with a bit test instead of a hash.
struct KeySet: Sendable {
    /// The words as folded strings, for the lookups of keys that are not one token's ("jean-pierre", "dr.").
    private(set) var strings: Set<String>
    private var bits: [UInt64] = []

    init(_ strings: Set<String>, _ vocabulary: inout Vocabulary) {
        self.strings = strings
        for key in strings {
            let id = Int(vocabulary.intern(key))
            if id >> 6 >= bits.count { bits += [UInt64](repeating: 0, count: (id >> 6) - bits.count + 1) }
            bits[id >> 6] |= 1 << UInt64(id & 63)
        }
    }

    init<S: Sequence<String>>(_ strings: S, _ vocabulary: inout Vocabulary) {
        self.init(Set(strings), &vocabulary)
    }

    /// Whether the token's key is in the set; tokens not interned (id -1) are looked up by key.
    @inline(__always)
    func contains(_ token: Token) -> Bool {
        let id = Int(token.id)
        guard id >= 0 else { return strings.contains(token.key) }
        let word = id >> 6
        return word < bits.count && bits[word] & (1 << UInt64(id & 63)) != 0
    }

    func contains(_ key: String) -> Bool { strings.contains(key) }

    /// Whether the key of the token with that id is in the set. Only for interned tokens
    /// (every token of an analyzed document is): an id of -1 is never in the set.
    @inline(__always)
    func contains(id: Int32) -> Bool {
        let word = Int(id) >> 6
        return id >= 0 && word < bits.count && bits[word] & (1 << UInt64(id & 63)) != 0
    }
}
