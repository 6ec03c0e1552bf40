/// Short phrases of piece keys ("plus de", "et demi"), looked up from the key at one end:
/// the qualifier that ends right before an amount, the fraction that starts right after a
/// magnitude. One array read on the end key's number, then a few integer comparisons.
struct KeyPhrases<Value: Sendable>: Sendable {
    /// Which end of a phrase is its lookup key.
    enum Anchor: Sendable { case first, last }

    let anchor: Anchor
    /// Phrases by their anchor key, longest first.
    private var byAnchor = WordMap<[(keys: [Int32], value: Value)]>()

    init(anchor: Anchor) { self.anchor = anchor }

    /// The anchor keys of the phrases.
    var anchors: [Int32] { byAnchor.ids }

    /// Adds a phrase; a phrase already there keeps its value.
    mutating func insert(_ keys: [Int32], _ value: Value) {
        guard let key = anchor == .first ? keys.first : keys.last else { return }
        var list = byAnchor[key] ?? []
        guard !list.contains(where: { $0.keys == keys }) else { return }
        list.append((keys, value))
        list.sort { $0.keys.count > $1.keys.count }
        byAnchor[key] = list
    }

    /// The longest phrase whose keys are `key(i)` for the indices `i` that end at `bound`
    /// (anchor `last`: `bound` is one past the phrase; anchor `first`: `bound` is its first
    /// index) within `limits`, and whose inner joints `joins(i)` accepts; with its extent.
    func match(at bound: Int, limits: Range<Int>, key: (Int) -> Int32,
               joins: (Int) -> Bool) -> (value: Value, range: Range<Int>)? {
        let anchorIndex = anchor == .first ? bound : bound - 1
        guard limits.contains(anchorIndex), let list = byAnchor[key(anchorIndex)] else { return nil }
        next: for (keys, value) in list {
            let range = anchor == .first ? bound..<(bound + keys.count) : (bound - keys.count)..<bound
            guard range.lowerBound >= limits.lowerBound, range.upperBound <= limits.upperBound else { continue }
            for (offset, i) in range.enumerated() {
                if offset > 0, !joins(i) { continue next }
                if key(i) != keys[offset] { continue next }
            }
            return (value, range)
        }
        return nil
    }
}
