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

    /// Whether the phrase matches the document's pieces from `i`.
    func matches(_ pieces: [MoneyPiece], at i: Int, utf16: [UInt16]) -> Bool {
        guard i + keys.count <= pieces.count else { return false }
        for k in 0..<keys.count {
            let piece = pieces[i + k]
            guard piece.word == keys[k] else { return false }
            if let exact = exact[k], !utf16[piece.range].elementsEqual(exact) { return false }
            if k > 0 {
                if piece.lineBreakBefore { return false }
                // "$US" may be written "$ US"; "US$" and "C$" must stay glued ("the US $5 billion").
                if glued[k], !piece.glued, !(kinds[k - 1] == .symbol && kinds[k] == .word) { return false }
            }
        }
        return true
    }
}

/// Phrases looked up by their first piece, longest first.
struct PhraseTable<Value: Sendable>: Sendable {
    /// A phrase behind a reference: the matcher reads phrases in place, never copying their arrays.
    private final class Entry: Sendable {
        let phrase: MoneyPhrase<Value>
        init(_ phrase: MoneyPhrase<Value>) { self.phrase = phrase }
    }
    private var byFirstKey = WordMap<[Entry]>()
    private var signatures: Set<String> = []

    /// The most pieces a phrase has.
    private(set) var longest = 0

    /// Adds a phrase unless one with the same pieces is there already (the first one wins).
    @discardableResult
    mutating func insert(_ phrase: MoneyPhrase<Value>) -> Bool {
        guard signatures.insert(phrase.signature).inserted else { return false }
        var list = byFirstKey[phrase.keys[0]] ?? []
        list.append(Entry(phrase))
        list.sort { $0.phrase.keys.count > $1.phrase.keys.count }
        byFirstKey[phrase.keys[0]] = list
        longest = max(longest, phrase.keys.count)
        return true
    }

    /// The longest phrase starting at piece `i` that `accept` takes, and the index after it.
    func match(_ pieces: [MoneyPiece], at i: Int, utf16: [UInt16],
               where accept: (Value) -> Bool = { _ in true }) -> (value: Value, end: Int)? {
        guard i < pieces.count, let list = byFirstKey[pieces[i].word] else { return nil }
        for entry in list where accept(entry.phrase.value) && entry.phrase.matches(pieces, at: i, utf16: utf16) {
            return (entry.phrase.value, i + entry.phrase.keys.count)
        }
        return nil
    }

    /// First keys of the phrases `accept` takes: where such a phrase can start.
    func firstKeys(where accept: (Value) -> Bool) -> Set<Int32> {
        Set(byFirstKey.ids.filter { byFirstKey[$0]!.contains { accept($0.phrase.value) } })
    }

    /// The last word or symbol of each phrase ("canadiens" of "dollars canadiens", "rs" of
    /// "Rs."), and those that end phrases only when written in capitals ("CHF", "USD"): a
    /// phrase matches only where its last word is.
    var lastKeys: (all: Set<Int32>, capital: Set<Int32>) {
        var all = Set<Int32>(), lower = Set<Int32>()
        for entry in byFirstKey.ids.flatMap({ byFirstKey[$0]! }) {
            let phrase = entry.phrase
            let last = phrase.kinds.lastIndex { $0 != .punctuation } ?? phrase.keys.count - 1
            all.insert(phrase.keys[last])
            if phrase.exact[last] == nil { lower.insert(phrase.keys[last]) }
        }
        return (all, all.subtracting(lower))
    }
}
