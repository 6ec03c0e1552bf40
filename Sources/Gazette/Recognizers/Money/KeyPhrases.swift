/// Short phrases of piece keys ("plus de", "et demi"), looked up from the key at one end:
/// the qualifier that ends right before an amount, the fraction that starts right after a
/// magnitude. One array read on the end key's number, then a few integer comparisons.
///
/// The phrases are laid out flat (the phrases of one anchor next to each other, their keys in
/// one array), so a lookup copies nothing: a list per anchor was copied out of its table, and
/// retained and released, at every amount.
struct KeyPhrases<Value: Sendable>: Sendable {
    /// Which end of a phrase is its lookup key.
    enum Anchor: Sendable { case first, last }

    let anchor: Anchor
    /// Every phrase as inserted, the source of the layout below.
    private var inserted: [(keys: [Int32], value: Value)] = []
    /// The phrases of each anchor key, longest first: a range of `phrases`.
    private var byAnchor = WordMap<Range<Int>>()
    /// A phrase's keys are `keys[start..<start + count]`.
    private var phrases: [(start: Int, count: Int, value: Value)] = []
    private var keys: [Int32] = []

    init(anchor: Anchor) { self.anchor = anchor }

    /// The anchor keys of the phrases.
    var anchors: [Int32] { byAnchor.ids }

    /// Adds a phrase; a phrase already there keeps its value.
    mutating func insert(_ keys: [Int32], _ value: Value) {
        guard !keys.isEmpty, !inserted.contains(where: { $0.keys == keys }) else { return }
        inserted.append((keys, value))
        layOut()
    }

    /// The flat layout of `inserted` (a few dozen phrases, laid out again at each insert).
    private mutating func layOut() {
        let anchor = anchor
        func anchorOf(_ keys: [Int32]) -> Int32 { anchor == .first ? keys[0] : keys[keys.count - 1] }
        byAnchor = WordMap()
        phrases = []
        keys = []
        for anchorKey in Set(inserted.map { anchorOf($0.keys) }).sorted() {
            let from = phrases.count
            // Longest first; phrases of one length in the order they came.
            let group = inserted.filter { anchorOf($0.keys) == anchorKey }
            for phrase in group.enumerated().sorted(by: { ($0.element.keys.count, -$0.offset) > ($1.element.keys.count, -$1.offset) }) {
                phrases.append((keys.count, phrase.element.keys.count, phrase.element.value))
                keys += phrase.element.keys
            }
            byAnchor[anchorKey] = from..<phrases.count
        }
    }

    /// The longest phrase whose keys are `key(i)` for the indices `i` that end at `bound`
    /// (anchor `last`: `bound` is one past the phrase; anchor `first`: `bound` is its first
    /// index) within `limits`, and whose inner joints `joins(i)` accepts; with its extent.
    func match(at bound: Int, limits: Range<Int>, key: (Int) -> Int32,
               joins: (Int) -> Bool) -> (value: Value, range: Range<Int>)? {
        let anchorIndex = anchor == .first ? bound : bound - 1
        guard limits.contains(anchorIndex), let candidates = byAnchor[key(anchorIndex)] else { return nil }
        next: for p in candidates {
            let (start, count, value) = phrases[p]
            let range = anchor == .first ? bound..<(bound + count) : (bound - count)..<bound
            guard range.lowerBound >= limits.lowerBound, range.upperBound <= limits.upperBound else { continue }
            for (offset, i) in range.enumerated() {
                if offset > 0, !joins(i) { continue next }
                if key(i) != keys[start + offset] { continue next }
            }
            return (value, range)
        }
        return nil
    }
}
