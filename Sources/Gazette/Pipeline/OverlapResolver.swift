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

    /// Non-overlapping candidates sorted by start.
    static func resolve(_ candidates: [Candidate]) -> [Candidate] {
        let ordered = candidates.filter { !$0.range.isEmpty }.sorted { a, b in
            if a.range.count != b.range.count { return a.range.count > b.range.count }
            if a.score != b.score { return a.score > b.score }
            if a.type != b.type { return priority(a.type) < priority(b.type) }
            if a.range.lowerBound != b.range.lowerBound { return a.range.lowerBound < b.range.lowerBound }
            return (a.source, a.id ?? "") < (b.source, b.id ?? "")
        }
        // Candidates are short, so marking the units they cover keeps this linear in their total length.
        var taken = [Bool](repeating: false, count: (ordered.map(\.range.upperBound).max() ?? 0))
        var kept: [Candidate] = []
        for candidate in ordered where !taken[candidate.range].contains(true) {
            for i in candidate.range { taken[i] = true }
            kept.append(candidate)
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
