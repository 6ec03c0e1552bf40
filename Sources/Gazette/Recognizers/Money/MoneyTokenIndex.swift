/// The money word and roles of each token id of the shared vocabulary, in one language: what
/// the trigger scan and the cutting of sentences into pieces read for every token.
///
/// A lookup takes no branch. Whether a token is a money word ("de", "et", "dollars") changes
/// from one token to the next with no pattern a branch predictor could learn, and a
/// mispredicted branch per token was most of the scan's time. A bit per id says whether it is a
/// money word; the number of bits set before it (its rank) numbers the money words densely,
/// so their entries take a few kilobytes that stay in cache, where a table by id would not.
struct MoneyTokenIndex: Sendable {
    /// What the money tables say about one token.
    struct Entry: Sendable {
        /// The word's number in `MoneyWords`, or -1.
        var word: Int32
        var roles: MoneyPiece.Roles
    }

    /// 16 ids: which are money words (low half), and how many money words come before the
    /// first (high half).
    fileprivate typealias Block = UInt32

    /// The blocks of every id up to the last money word, then one empty block that ids past
    /// them (and negative ones) are clamped into.
    private let blocks: [Block]
    /// Entry 0 is no money word; money word `r` (by rank) is at `r + 1`.
    private let entries: [Entry]
    /// The number of bits set in each byte: the rank within a block in two reads, where
    /// `nonzeroBitCount` compiles to a dozen instructions (no POPCNT in the baseline target).
    private static let bitCounts: [UInt8] = (0..<256).map { UInt8($0.nonzeroBitCount) }

    /// `words` and `roles` by token id (-1 and `[]` for the ids of other words).
    init(words: [Int32], roles: [MoneyPiece.Roles]) {
        precondition(words.count == roles.count)
        var bits = [UInt16](repeating: 0, count: words.count / 16 + 2)
        var entries = [Entry(word: -1, roles: [])]
        for id in words.indices where words[id] >= 0 {
            bits[id >> 4] |= 1 << UInt16(id & 15)
            entries.append(Entry(word: words[id], roles: roles[id]))
        }
        precondition(entries.count <= Int(UInt16.max), "more money words than a block's rank can count")
        var blocks: [Block] = []
        var rank = 0
        for mask in bits {
            blocks.append(Block(mask) | Block(rank) << 16)
            rank += mask.nonzeroBitCount
        }
        self.blocks = blocks
        self.entries = entries
    }

    /// Runs `body` with a lookup that reads the tables in place.
    @inline(__always)
    func withLookup<R>(_ body: (Lookup) -> R) -> R {
        blocks.withUnsafeBufferPointer { blocks in
            entries.withUnsafeBufferPointer { entries in
                Self.bitCounts.withUnsafeBufferPointer { counts in
                    body(Lookup(blocks: blocks, entries: entries, bitCounts: counts))
                }
            }
        }
    }

    struct Lookup {
        fileprivate let blocks: UnsafeBufferPointer<Block>
        fileprivate let entries: UnsafeBufferPointer<Entry>
        fileprivate let bitCounts: UnsafeBufferPointer<UInt8>

        /// The entry of token id `id`; entry 0 for any id that is no money word, negative or
        /// past the vocabulary (a word only the document has).
        @inline(__always)
        func callAsFunction(_ id: Int32) -> Entry {
            let last = UInt(blocks.count &* 16 &- 1)
            let i = Swift.min(UInt(bitPattern: Int(id)), last)
            let block = blocks[Int(i &>> 4)]
            let shift = UInt32(i & 15)
            let bit = Int((block &>> shift) & 1)
            let below = block & ((1 &<< shift) &- 1)
            let rank = Int(block &>> 16) &+ Int(bitCounts[Int(below & 0xFF)]) &+ Int(bitCounts[Int((below &>> 8) & 0xFF)])
            return entries[(rank &+ 1) & -bit]
        }
    }
}
