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
        var end: Int { start + length }
    }

    /// Non-overlapping candidates sorted by start.
    ///
    /// Whether a candidate is kept depends only on those it overlaps, directly or through
    /// others: the candidates are cut into such clusters in one pass by start, and the policy
    /// is applied within each. Most candidates overlap nothing and are kept at once.
    /// `room` is capacity left in the result for candidates appended afterwards (the linkers'
    /// mentions), so that the first of them does not copy the whole array.
    static func resolve(_ candidates: consuming [Candidate], room: Int = 0) -> [Candidate] {
        // The candidates' indices by start, then their ranks. Each recognizer's candidates come
        // in order, so the sort mostly merges runs. Fields are read through a pointer: a loop
        // over the candidates, or a subscript of the array, copied a whole candidate, strings
        // and money included, to read one field.
        let ranks = candidates.withUnsafeBufferPointer { candidates in
            var order: [(start: Int, index: Int)] = []
            order.reserveCapacity(candidates.count)
            for index in candidates.indices where !candidates[index].range.isEmpty {
                order.append((candidates[index].range.lowerBound, index))
            }
            // By start alone: `sort` is stable, so equal starts keep their index order (comparing
            // whole pairs took twice the time).
            order.sort { $0.start < $1.start }
            return order.map { _, index in
                let candidate = candidates.baseAddress! + index
                return Rank(length: candidate.pointee.range.count, score: candidate.pointee.score,
                            priority: priority(candidate.pointee.type), start: candidate.pointee.range.lowerBound, index: index)
            }
        }
        var kept: [Rank] = []
        kept.reserveCapacity(ranks.count)
        var first = 0
        while first < ranks.count {
            var end = ranks[first].end
            var next = first + 1
            while next < ranks.count, ranks[next].start < end {
                end = max(end, ranks[next].end)
                next += 1
            }
            if next == first + 1 {
                kept.append(ranks[first])
            } else {
                let cluster = ranks[first..<next].sorted { precedes($0, $1, candidates) }
                var chosen: [Rank] = []
                for rank in cluster where !chosen.contains(where: { $0.start < rank.end && rank.start < $0.end }) {
                    chosen.append(rank)
                }
                // Kept candidates do not overlap, so their starts differ.
                kept += chosen.sorted { $0.start < $1.start }
            }
            first = next
        }
        // Nothing dropped and nothing moved (the second pass, when the linkers added nothing):
        // the same array, not a copy of every candidate.
        if kept.count == candidates.count, kept.indices.allSatisfy({ kept[$0].index == $0 }) { return candidates }
        // The kept candidates are moved, not copied (a copy retains every string, and the
        // input's release then releases them again): each leaves behind a placeholder that holds
        // nothing to release.
        var source = consume candidates
        var resolved: [Candidate] = []
        resolved.reserveCapacity(kept.count + room)
        let placeholder = Candidate(type: .org, range: 0..<0, source: "", score: 0)
        source.withUnsafeMutableBufferPointer { source in
            for rank in kept {
                let slot = source.baseAddress! + rank.index
                resolved.append(slot.move())
                slot.initialize(to: placeholder)
            }
        }
        return resolved
    }

    /// The policy's order: longer, then higher score, type priority, earlier start, and for
    /// the same span and type, source and id (so that the choice never depends on the order
    /// recognizers ran in).
    private static func precedes(_ a: Rank, _ b: Rank, _ candidates: [Candidate]) -> Bool {
        if a.length != b.length { return a.length > b.length }
        if a.score != b.score { return a.score > b.score }
        if a.priority != b.priority { return a.priority < b.priority }
        if a.start != b.start { return a.start < b.start }
        let x = candidates[a.index], y = candidates[b.index]
        return (x.source, x.id ?? "") < (y.source, y.id ?? "")
    }
}
