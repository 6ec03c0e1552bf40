/// True positives, false positives and false negatives, and the scores they give.
///
/// Zero denominators are defined, not NaN: precision is 0 when nothing was predicted,
/// recall is 0 when there is nothing in the gold, F1 is 0 when precision + recall is 0.
/// (A type with neither gold nor predictions therefore scores 0/0/0; macro averages leave
/// such types out — see `MacroAverage`.)
public struct Counts: Sendable, Hashable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// TP / (TP + FP), 0 when nothing was predicted.
    public var precision: Double { Self.ratio(truePositives, truePositives + falsePositives) }
    /// TP / (TP + FN), 0 when the gold is empty.
    public var recall: Double { Self.ratio(truePositives, truePositives + falseNegatives) }
    /// 2PR / (P + R) = 2TP / (2TP + FP + FN), 0 when both are 0.
    public var f1: Double { Self.ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives) }

    /// Gold spans: TP + FN.
    public var gold: Int { truePositives + falseNegatives }
    /// Predicted spans: TP + FP.
    public var predicted: Int { truePositives + falsePositives }
    /// Whether there was anything at all to score (gold or predictions).
    public var isEmpty: Bool { truePositives + falsePositives + falseNegatives == 0 }

    public static func + (a: Counts, b: Counts) -> Counts {
        Counts(truePositives: a.truePositives + b.truePositives,
               falsePositives: a.falsePositives + b.falsePositives,
               falseNegatives: a.falseNegatives + b.falseNegatives)
    }

    public static func += (a: inout Counts, b: Counts) { a = a + b }

    static func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator == 0 ? 0 : Double(numerator) / Double(denominator)
    }
}

/// The unweighted mean of per-type precision, recall and F1, over the types that had any
/// gold or predicted span (a type absent from both says nothing about the system).
/// Macro F1 is the mean of the per-type F1s, not the harmonic mean of macro P and R.
/// All three are 0 when no type counts.
public struct MacroAverage: Sendable, Hashable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// The types averaged over.
    public var types: [EntityType]

    public init(_ perType: [EntityType: Counts]) {
        let counted = perType.filter { !$0.value.isEmpty }.keys.sorted()
        types = counted
        func mean(_ value: (Counts) -> Double) -> Double {
            counted.isEmpty ? 0 : counted.map { value(perType[$0]!) }.reduce(0, +) / Double(counted.count)
        }
        precision = mean(\.precision)
        recall = mean(\.recall)
        f1 = mean(\.f1)
    }
}
