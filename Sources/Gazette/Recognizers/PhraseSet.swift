/// Lexicon entries tokenized the way documents are, for multi-token lookups at a position
/// ("secrétaire d’État", "a déclaré", "Inc.").
///
/// The entries form a trie on token ids, walked forward from a start and backward from an
/// end, so a lookup costs one bit test at most tokens and a few probes where an entry starts.
struct PhraseSet: Sendable {
    /// Entries as their token keys joined by single spaces (for tokens that carry no id).
    private var phrases: Set<String> = []
    private(set) var maxTokens = 0
    private var forward = Trie()
    private var backward = Trie()

    /// A trie and which of its nodes end an entry.
    private struct Trie: Sendable {
        var trie = TokenTrie()
        var terminal: [Bool] = [false]

        mutating func insert(_ ids: some Sequence<Int32>) {
            let node = trie.insert(ids)
            if terminal.count < Int(trie.nodeCount) {
                terminal += [Bool](repeating: false, count: Int(trie.nodeCount) - terminal.count)
            }
            terminal[Int(node)] = true
        }
    }

    /// `tokenizeAll` tokenizes the entries in one pass, as documents are read.
    init(_ lexicon: Lexicon, tokenizeAll: ([String]) -> [[Token]], vocabulary: inout Vocabulary) {
        for tokens in tokenizeAll(lexicon.entries) {
            let keys = tokens.map(\.key)
            guard !keys.isEmpty else { continue }
            phrases.insert(keys.joined(separator: " "))
            maxTokens = max(maxTokens, keys.count)
            let ids = keys.map { vocabulary.intern($0) }
            forward.insert(ids)
            backward.insert(ids.reversed())
        }
    }

    func contains(_ key: String) -> Bool { phrases.contains(key) }

    /// Whether an entry may start with the token of that id (always true for a token without id).
    @inline(__always)
    func canStart(_ id: Int32) -> Bool { id < 0 || forward.trie.canStart(id) }

    /// The number of tokens of the longest entry starting at `start` and ending before `limit`, or 0.
    func match(at start: Int, in tokens: [Token], limit: Int) -> Int {
        guard start < limit else { return 0 }
        let first = tokens[start].id
        guard first >= 0 else { return matchByKeys(at: start, in: tokens, limit: limit) }
        guard forward.trie.canStart(first) else { return 0 }
        let n = min(maxTokens, limit - start)
        var node: Int32 = 0, best = 0
        for k in 0..<n {
            let id = tokens[start + k].id
            guard id >= 0 else { return matchByKeys(at: start, in: tokens, limit: limit) }
            guard let next = forward.trie.next(node, id) else { break }
            node = next
            if forward.terminal[Int(node)] { best = k + 1 }
        }
        return best
    }

    /// The number of tokens of the longest entry ending just before `end` (exclusive) and starting at or after `floor`, or 0.
    func match(endingAt end: Int, in tokens: [Token], floor: Int) -> Int {
        let n = min(maxTokens, end - floor)
        guard n > 0 else { return 0 }
        let last = tokens[end - 1].id
        guard last >= 0 else { return matchByKeys(endingAt: end, in: tokens, floor: floor) }
        guard backward.trie.canStart(last) else { return 0 }
        var node: Int32 = 0, best = 0
        for k in 0..<n {
            let id = tokens[end - 1 - k].id
            guard id >= 0 else { return matchByKeys(endingAt: end, in: tokens, floor: floor) }
            guard let next = backward.trie.next(node, id) else { break }
            node = next
            if backward.terminal[Int(node)] { best = k + 1 }
        }
        return best
    }

    // Lookups by joined keys, for tokens that were never interned (never the case for a document's).

    private func matchByKeys(at start: Int, in tokens: [Token], limit: Int) -> Int {
        var n = min(maxTokens, limit - start)
        while n > 0 {
            if phrases.contains(tokens[start..<(start + n)].map(\.key).joined(separator: " ")) { return n }
            n -= 1
        }
        return 0
    }

    private func matchByKeys(endingAt end: Int, in tokens: [Token], floor: Int) -> Int {
        var n = min(maxTokens, end - floor)
        while n > 0 {
            if phrases.contains(tokens[(end - n)..<end].map(\.key).joined(separator: " ")) { return n }
            n -= 1
        }
        return 0
    }
}
