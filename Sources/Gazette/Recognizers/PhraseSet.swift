/// Lexicon entries tokenized the way documents are, for multi-token lookups at a position
/// ("secrétaire d’État", "a déclaré", "Inc.").
struct PhraseSet: Sendable {
    private var phrases: Set<String> = []
    private(set) var maxTokens = 0

    init(_ lexicon: Lexicon, tokenize: (String) -> [Token]) {
        for entry in lexicon.entries {
            let keys = tokenize(entry).map(\.key)
            guard !keys.isEmpty else { continue }
            phrases.insert(keys.joined(separator: " "))
            maxTokens = max(maxTokens, keys.count)
        }
    }

    func contains(_ key: String) -> Bool { phrases.contains(key) }

    /// The number of tokens of the longest entry starting at `start` and ending before `limit`, or 0.
    func match(at start: Int, in tokens: [Token], limit: Int) -> Int {
        guard start < limit else { return 0 }
        var n = min(maxTokens, limit - start)
        while n > 0 {
            if phrases.contains(tokens[start..<(start + n)].map(\.key).joined(separator: " ")) { return n }
            n -= 1
        }
        return 0
    }

    /// The number of tokens of the longest entry ending just before `end` (exclusive) and starting at or after `floor`, or 0.
    func match(endingAt end: Int, in tokens: [Token], floor: Int) -> Int {
        var n = min(maxTokens, end - floor)
        while n > 0 {
            if phrases.contains(tokens[(end - n)..<end].map(\.key).joined(separator: " ")) { return n }
            n -= 1
        }
        return 0
    }
}
