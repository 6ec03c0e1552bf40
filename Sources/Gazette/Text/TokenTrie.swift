/// Phrases of token ids in one trie, walked a token at a time. Node 0 is the root; nodes are
/// numbered in the order they are made, so a user keeps what ends at each node in flat
/// arrays of `nodeCount` entries (the gazetteer: its aliases; a phrase set: whether a phrase
/// ends there).
struct TokenTrie: Sendable {
    private var edges = EdgeTable()
    /// A bit for every token id an edge leaves the root with: most tokens start nothing.
    private var firsts: [UInt64] = []
    private(set) var nodeCount: Int32 = 1

    /// Adds the path of `ids` and returns the node where it ends.
    mutating func insert(_ ids: some Sequence<Int32>) -> Int32 {
        var node: Int32 = 0
        for id in ids {
            if node == 0 {
                let word = Int(id) >> 6
                if word >= firsts.count { firsts += [UInt64](repeating: 0, count: word - firsts.count + 1) }
                firsts[word] |= 1 << UInt64(id & 63)
            }
            let edge = EdgeTable.edge(node, id)
            if let next = edges[edge] {
                node = next
            } else {
                edges.insert(edge, nodeCount)
                node = nodeCount
                nodeCount += 1
            }
        }
        return node
    }

    /// The node after `node` by the token `id`, if any.
    @inline(__always)
    func next(_ node: Int32, _ id: Int32) -> Int32? { edges[EdgeTable.edge(node, id)] }

    /// Whether a path starts with the token `id` (a bit test).
    @inline(__always)
    func canStart(_ id: Int32) -> Bool {
        let word = Int(id) >> 6
        return word < firsts.count && firsts[word] & (1 << UInt64(id & 63)) != 0
    }
}
