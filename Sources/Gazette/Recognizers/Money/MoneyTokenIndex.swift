/// The money word and roles of each token id of the shared vocabulary, in one language: what
/// the trigger scan and the cutting of sentences into pieces read for every token.
struct MoneyTokenIndex: Sendable {
    /// A bit per token id, set for money words. Read first: it stays in the fastest cache,
    /// where the tables below do not, and most tokens are no money word.
    let bits: [UInt64]
    /// The word (`MoneyWords`) of each id, or -1.
    let words: [Int32]
    /// The roles of each id's word in this language.
    let roles: [MoneyPiece.Roles]

    /// `words` and `roles` by token id; ids past them are no money word.
    init(words: [Int32], roles: [MoneyPiece.Roles]) {
        precondition(words.count == roles.count)
        var bits = [UInt64](repeating: 0, count: words.count / 64 + 1)
        for id in words.indices where words[id] >= 0 { bits[id >> 6] |= 1 << UInt64(id & 63) }
        self.bits = bits
        self.words = words
        self.roles = roles
    }

    /// Runs `body` with the tables read in place; an id below `words.count` has its bit in `bits`.
    @inline(__always)
    func withTables<R>(_ body: (UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<Int32>,
                                UnsafeBufferPointer<MoneyPiece.Roles>) -> R) -> R {
        bits.withUnsafeBufferPointer { bits in
            words.withUnsafeBufferPointer { words in
                roles.withUnsafeBufferPointer { roles in body(bits, words, roles) }
            }
        }
    }

    /// Whether the bit of token id `id` is set in `bits` (`id` below the count of `words`).
    @inline(__always)
    static func isMoneyWord(_ id: Int, _ bits: UnsafeBufferPointer<UInt64>) -> Bool {
        bits[id >> 6] & (1 << UInt64(id & 63)) != 0
    }
}
