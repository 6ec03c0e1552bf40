/// Chooses, among overlapping candidates from all recognizers, the ones to keep.
///
/// Policy, in order: the longest span wins; at equal length the higher score (so a list
/// entry, scored 0.95 and up, outranks a rule's guess, scored 0.85 and below); then the type
/// priority (ORG, PROGRAM, PERSON, MONEY); then the earlier start.
/// Deterministic and pure: the same candidates always give the same entities.
enum OverlapResolver {
    static func priority(_ type: EntityType) -> Int {
        switch type {
        case .org: 0
        case .program: 1
        case .person: 2
        case .money: 3
        }
    }

    /// The fields the policy compares, apart from the candidates: sorting these small values
    /// (and not the candidates, which carry strings) keeps the sort cheap.
    private struct Rank {
        var length: Int
        var score: Double
        var priority: Int
        var start: Int
        var index: Int
    }

    /// Non-overlapping candidates sorted by start.
    static func resolve(_ candidates: [Candidate]) -> [Candidate] {
        var ranks: [Rank] = []
        ranks.reserveCapacity(candidates.count)
        var limit = 0
        // (By index: a loop over the candidates themselves would copy each one, strings and all.)
        for index in candidates.indices where !candidates[index].range.isEmpty {
            let range = candidates[index].range
            ranks.append(Rank(length: range.count, score: candidates[index].score,
                              priority: priority(candidates[index].type), start: range.lowerBound, index: index))
            limit = max(limit, range.upperBound)
        }
        ranks.sort { a, b in
            if a.length != b.length { return a.length > b.length }
            if a.score != b.score { return a.score > b.score }
            if a.priority != b.priority { return a.priority < b.priority }
            if a.start != b.start { return a.start < b.start }
            let x = candidates[a.index], y = candidates[b.index]
            return (x.source, x.id ?? "") < (y.source, y.id ?? "")
        }
        // Candidates are short, so marking the units they cover keeps this linear in their total length.
        var taken = [Bool](repeating: false, count: limit)
        var kept: [Rank] = []
        kept.reserveCapacity(ranks.count)
        taken.withUnsafeMutableBufferPointer { taken in
            for rank in ranks {
                let range = rank.start..<(rank.start + rank.length)
                if taken[range].contains(true) { continue }
                for i in range { taken[i] = true }
                kept.append(rank)
            }
        }
        kept.sort { $0.start < $1.start }
        return kept.map { candidates[$0.index] }
    }
}
