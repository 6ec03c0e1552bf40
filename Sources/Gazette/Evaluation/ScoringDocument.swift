/// A span reduced to what scoring compares: Unicode scalar offsets, end exclusive, and a type.
public struct ScoredSpan: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int
    public var type: EntityType

    public init(_ start: Int, _ end: Int, _ type: EntityType) {
        self.start = start
        self.end = end
        self.type = type
    }

    public static func < (a: ScoredSpan, b: ScoredSpan) -> Bool {
        (a.start, a.end, a.type) < (b.start, b.end, b.type)
    }

    /// Scalars shared with another span (0 when they do not overlap).
    public func overlap(with other: ScoredSpan) -> Int {
        max(0, min(end, other.end) - max(start, other.start))
    }

    public var description: String { "\(type.rawValue) \(start)-\(end)" }
}

/// One document ready to score: gold and predicted spans with Gazette's types.
public struct ScoringDocument: Sendable {
    public var id: String
    public var text: String
    /// The types this document is annotated for; nil means every type. Predictions of
    /// other types are ignored for it, as are gold spans of other types.
    public var types: Set<EntityType>?
    public var gold: [ScoredSpan]
    public var predicted: [ScoredSpan]

    public init(id: String, text: String, types: Set<EntityType>? = nil, gold: [ScoredSpan], predicted: [ScoredSpan]) {
        self.id = id
        self.text = text
        self.types = types
        self.gold = gold
        self.predicted = predicted
    }
}
