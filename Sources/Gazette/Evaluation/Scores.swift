/// How a predicted span is judged against gold.
public enum MatchingScheme: String, Sendable, CaseIterable {
    /// Same start, same end, same type.
    case strict
    /// Overlapping spans of the same type, paired one-to-one, largest overlap first
    /// (ties: earlier gold start, then earlier predicted start).
    case partial
}

/// All the numbers of one scheme: per type, micro (counts summed over types) and macro.
public struct SchemeScores: Sendable, Hashable {
    public var perType: [EntityType: Counts]
    public var micro: Counts { perType.values.reduce(Counts(), +) }
    public var macro: MacroAverage { MacroAverage(perType) }

    public init(perType: [EntityType: Counts]) {
        self.perType = perType
    }

    public subscript(type: EntityType) -> Counts { perType[type] ?? Counts() }
}

/// Everything one scoring run found.
public struct Scores: Sendable {
    /// The types scored, in `EntityType` order.
    public var types: [EntityType]
    public var strict: SchemeScores
    public var partial: SchemeScores
    /// Strict false positives and false negatives, by document (in input order), then start.
    public var mistakes: [Mistake]
    public var documents: Int

    public subscript(scheme: MatchingScheme) -> SchemeScores {
        switch scheme {
        case .strict: strict
        case .partial: partial
        }
    }
}
