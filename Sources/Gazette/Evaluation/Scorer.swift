/// Compares predicted spans with gold spans, per type, under both matching schemes.
///
/// ```swift
/// let scores = Scorer().score([ScoringDocument(id: "a", text: text, gold: gold, predicted: predicted)])
/// print(scores.strict.micro.f1, scores.partial[.org].recall)
/// ```
///
/// - strict: a prediction is right when a gold span has the same start, end and type;
/// - partial: a prediction is right when it overlaps a gold span of the same type. Pairs are
///   one-to-one, chosen greedily by overlap size (in scalars), ties going to the earlier
///   gold start, then the earlier predicted start — so one long prediction covering two gold
///   spans earns one TP, one FN.
/// Both count TP/FP/FN per type; see `Counts` for the scores and zero denominators.
public struct Scorer: Sendable {
    /// The types scored; spans of other types, gold or predicted, are left out.
    public var types: Set<EntityType>
    /// Scalars of context either side of a mistake.
    public var contextWidth: Int

    public init(types: Set<EntityType> = Set(EntityType.allCases), contextWidth: Int = 40) {
        self.types = types
        self.contextWidth = contextWidth
    }

    public func score(_ documents: [ScoringDocument]) -> Scores {
        var strict: [EntityType: Counts] = [:], partial: [EntityType: Counts] = [:]
        for type in types { strict[type] = Counts(); partial[type] = Counts() }
        var mistakes: [Mistake] = []
        for document in documents {
            let scored = types.intersection(document.types ?? types)
            let gold = document.gold.filter { scored.contains($0.type) }.sorted()
            let predicted = document.predicted.filter { scored.contains($0.type) }.sorted()
            let scalars = Array(document.text.unicodeScalars)
            let firstMistake = mistakes.endIndex
            for type in scored {
                let g = gold.filter { $0.type == type }, p = predicted.filter { $0.type == type }
                let exact = Self.strictMatches(gold: g, predicted: p)
                strict[type]! += Counts(truePositives: exact.count, falsePositives: p.count - exact.count,
                                        falseNegatives: g.count - exact.count)
                let overlapping = Self.partialMatches(gold: g, predicted: p).count
                partial[type]! += Counts(truePositives: overlapping, falsePositives: p.count - overlapping,
                                         falseNegatives: g.count - overlapping)
                let matchedGold = Set(exact.map(\.gold)), matchedPredicted = Set(exact.map(\.predicted))
                for (i, span) in p.enumerated() where !matchedPredicted.contains(i) {
                    mistakes.append(mistake(.falsePositive, span, in: document.id, scalars, other: gold, otherName: "gold"))
                }
                for (i, span) in g.enumerated() where !matchedGold.contains(i) {
                    mistakes.append(mistake(.falseNegative, span, in: document.id, scalars, other: predicted, otherName: "predicted"))
                }
            }
            // Mistakes of one document in text order, whatever the order of the set of types.
            mistakes[firstMistake...].sort { ($0.span, $0.kind.rawValue) < ($1.span, $1.kind.rawValue) }
        }
        return Scores(types: types.sorted(), strict: SchemeScores(perType: strict),
                      partial: SchemeScores(perType: partial), mistakes: mistakes, documents: documents.count)
    }

    /// Index pairs (gold, predicted) with the same start and end; spans of one type.
    /// A duplicated prediction matches at most once.
    static func strictMatches(gold: [ScoredSpan], predicted: [ScoredSpan]) -> [(gold: Int, predicted: Int)] {
        var unmatched: [ScoredSpan: [Int]] = [:]
        for (i, span) in gold.enumerated().reversed() { unmatched[span, default: []].append(i) }
        var pairs: [(Int, Int)] = []
        for (j, span) in predicted.enumerated() {
            if let i = unmatched[span]?.popLast() { pairs.append((i, j)) }
        }
        return pairs
    }

    /// Index pairs (gold, predicted) of overlapping spans, one-to-one, largest overlap first,
    /// ties by earlier gold start, then earlier predicted start; spans of one type.
    static func partialMatches(gold: [ScoredSpan], predicted: [ScoredSpan]) -> [(gold: Int, predicted: Int)] {
        var candidates: [(overlap: Int, gold: Int, predicted: Int)] = []
        for (i, g) in gold.enumerated() {
            for (j, p) in predicted.enumerated() {
                let overlap = g.overlap(with: p)
                if overlap > 0 { candidates.append((overlap, i, j)) }
            }
        }
        candidates.sort {
            if $0.overlap != $1.overlap { return $0.overlap > $1.overlap }
            let a = (gold[$0.gold].start, predicted[$0.predicted].start, $0.gold, $0.predicted)
            let b = (gold[$1.gold].start, predicted[$1.predicted].start, $1.gold, $1.predicted)
            return a < b
        }
        var usedGold = Set<Int>(), usedPredicted = Set<Int>()
        var pairs: [(Int, Int)] = []
        for candidate in candidates where !usedGold.contains(candidate.gold) && !usedPredicted.contains(candidate.predicted) {
            usedGold.insert(candidate.gold)
            usedPredicted.insert(candidate.predicted)
            pairs.append((candidate.gold, candidate.predicted))
        }
        return pairs
    }

    /// A mistake, with what the other side has at the same place: the same extent with
    /// another type first, else an overlapping span of the same type, else any overlap.
    private func mistake(_ kind: Mistake.Kind, _ span: ScoredSpan, in document: String, _ scalars: [Unicode.Scalar],
                         other: [ScoredSpan], otherName: String) -> Mistake {
        let overlapping = other.filter { $0.overlap(with: span) > 0 && $0 != span }
        let near = overlapping.first { $0.start == span.start && $0.end == span.end }
            ?? overlapping.first { $0.type == span.type }
            ?? overlapping.first
        func slice(_ s: ScoredSpan) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[s.start..<s.end])
            return String(view)
        }
        return Mistake(kind: kind, document: document, span: span, text: slice(span),
                       context: Mistake.context(scalars, span.start, span.end, width: contextWidth),
                       near: near.map { "\(otherName) \($0.type.rawValue) \"\(slice($0))\"" })
    }
}
