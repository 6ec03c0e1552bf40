/// A phrase of a money table (a currency form, a qualifier), compiled into pieces the way
/// documents are read, so "$ US", "d’euros" or "jusqu’à" match however the text spells them.
struct MoneyPhrase<Value: Sendable>: Sendable {
    /// The words of the pieces, numbered in the lexicon's `MoneyWords`.
    var keys: [Int32]
    /// For pieces written in capitals ("USD", "US" in "US$"), the exact text the document must
    /// have: "USD" is a currency, "usd" is not looked for, "ALL" is never one.
    var exact: [[UInt16]?]
    /// Whether each piece is written glued to the previous one.
    var glued: [Bool]
    var kinds: [MoneyPiece.Kind]
    var value: Value

    /// Compiles a phrase as written ("dollars US", "Md$") with the document tokenizer.
    init?(_ written: String, value: Value, tokenize: (String) -> [Token], words: inout MoneyWords) {
        let utf16 = Array(written.utf16)
        let pieces = MoneyPiece.pieces(of: tokenize(written)[...], in: utf16, words: &words)
        guard !pieces.isEmpty else { return nil }
        keys = pieces.map(\.word)
        kinds = pieces.map(\.kind)
        glued = pieces.enumerated().map { $0.offset == 0 ? true : $0.element.glued }
        exact = pieces.map { piece in
            let units = utf16[piece.range]
            let upper = units.contains { $0 >= 0x41 && $0 <= 0x5A }
            let lower = units.contains { $0 >= 0x61 && $0 <= 0x7A }
            return piece.kind == .word && upper && !lower ? Array(units) : nil
        }
        self.value = value
    }

    /// The identity of a phrase for replacing and de-duplicating: its pieces and their gluing.
    var signature: String {
        zip(keys, glued).map { ($1 ? "+" : " ") + String($0) }.joined(separator: "\u{1F}")
            + (exact.contains { $0 != nil } ? "\u{1F}!" : "")
    }
}

/// Phrases looked up by their first piece, longest first.
///
/// Built by `insert`, then laid out flat by `freeze()`: the phrases of one first piece next to
/// each other, their pieces in shared arrays, so a lookup reads a few neighbouring cache lines
/// instead of following a reference per phrase and per array.
struct PhraseTable<Value: Sendable>: Sendable {
    private var lists = WordMap<[MoneyPhrase<Value>]>()
    private var signatures: Set<String> = []

    /// One phrase of the flat layout: its pieces are `start..<start + count` of the arrays below.
    private struct Entry: Sendable {
        var start: Int
        var count: Int
        var value: Value
    }
    /// The entries of each first piece.
    private var entriesByFirstKey = WordMap<Range<Int>>()
    private var entries: [Entry] = []
    private var keys: [Int32] = []
    private var glued: [Bool] = []
    private var kinds: [MoneyPiece.Kind] = []
    private var exact: [[UInt16]?] = []
    private var frozen = false

    /// Adds a phrase unless one with the same pieces is there already (the first one wins).
    @discardableResult
    mutating func insert(_ phrase: MoneyPhrase<Value>) -> Bool {
        precondition(!frozen, "a phrase table takes no phrase once frozen")
        guard signatures.insert(phrase.signature).inserted else { return false }
        var list = lists[phrase.keys[0]] ?? []
        list.append(phrase)
        list.sort { $0.keys.count > $1.keys.count }
        lists[phrase.keys[0]] = list
        return true
    }

    /// Lays the phrases out flat for `match`; called once, after the last `insert`.
    mutating func freeze() {
        for first in lists.ids {
            let from = entries.count
            for phrase in lists[first]! {
                entries.append(Entry(start: keys.count, count: phrase.keys.count, value: phrase.value))
                keys += phrase.keys
                glued += phrase.glued
                kinds += phrase.kinds
                exact += phrase.exact
            }
            entriesByFirstKey[first] = from..<entries.count
        }
        frozen = true
    }

    /// The longest phrase starting at piece `i` that `accept` takes, and the index after it.
    func match(_ pieces: [MoneyPiece], at i: Int, utf16: [UInt16],
               where accept: (Value) -> Bool = { _ in true }) -> (value: Value, end: Int)? {
        precondition(frozen, "a phrase table matches once frozen")
        guard i < pieces.count, let range = entriesByFirstKey[pieces[i].word] else { return nil }
        // Phrases sharing a first word mostly differ in the second ("dollars canadiens",
        // "dollars US", …): that word is compared before anything else.
        let second: Int32 = i + 1 < pieces.count ? pieces[i + 1].word : -2
        for e in range {
            let entry = entries[e]
            if entry.count > 1, keys[entry.start + 1] != second { continue }
            if accept(entry.value) && matches(entry, pieces, at: i, utf16: utf16) { return (entry.value, i + entry.count) }
        }
        return nil
    }

    /// Whether the phrase of `entry` matches the document's pieces from `i`.
    private func matches(_ entry: Entry, _ pieces: [MoneyPiece], at i: Int, utf16: [UInt16]) -> Bool {
        guard i + entry.count <= pieces.count else { return false }
        for k in 0..<entry.count {
            let piece = pieces[i + k]
            let p = entry.start + k
            guard piece.word == keys[p] else { return false }
            if let exact = exact[p], !utf16[piece.range].elementsEqual(exact) { return false }
            if k > 0 {
                if piece.lineBreakBefore { return false }
                // "$US" may be written "$ US"; "US$" and "C$" must stay glued ("the US $5 billion").
                if glued[p], !piece.glued, !(kinds[p - 1] == .symbol && kinds[p] == .word) { return false }
            }
        }
        return true
    }

    /// First keys of the phrases `accept` takes: where such a phrase can start.
    func firstKeys(where accept: (Value) -> Bool) -> Set<Int32> {
        Set(lists.ids.filter { lists[$0]!.contains { accept($0.value) } })
    }

    /// The last word or symbol of each phrase ("canadiens" of "dollars canadiens", "rs" of
    /// "Rs."), and those that end phrases only when written in capitals ("CHF", "USD"): a
    /// phrase matches only where its last word is.
    var lastKeys: (all: Set<Int32>, capital: Set<Int32>) {
        var all = Set<Int32>(), lower = Set<Int32>()
        for phrase in lists.ids.flatMap({ lists[$0]! }) {
            let last = phrase.kinds.lastIndex { $0 != .punctuation } ?? phrase.keys.count - 1
            all.insert(phrase.keys[last])
            if phrase.exact[last] == nil { lower.insert(phrase.keys[last]) }
        }
        return (all, all.subtracting(lower))
    }
}
