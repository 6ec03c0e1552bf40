/// One false positive or false negative under strict matching, with what a rule maintainer
/// needs to see why: the document, the span, its text and the words around it.
public struct Mistake: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Predicted, not in the gold.
        case falsePositive = "false_positive"
        /// In the gold, not predicted.
        case falseNegative = "false_negative"
    }

    public var kind: Kind
    public var document: String
    public var span: ScoredSpan
    /// The span's text.
    public var text: String
    /// Up to `Scorer.contextWidth` scalars either side, the span in `[[ ]]`, newlines as ⏎,
    /// `…` where the text goes on: `…signed with [[OpenAI]] and Nvidia…`.
    public var context: String
    /// What the other side has there, if anything: `gold PERSON "Chris Wright"`,
    /// `predicted ORG "Energy Department"`.
    public var near: String?

    /// The context of `start..<end` in `scalars`, `width` scalars either side.
    static func context(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, width: Int) -> String {
        let from = max(0, start - width), to = min(scalars.count, end + width)
        func show(_ range: Range<Int>) -> String {
            var out = ""
            var previousCR = false
            for scalar in scalars[range] {
                switch scalar {
                case "\r": out += "⏎"; previousCR = true; continue
                case "\n": if !previousCR { out += "⏎" }
                case "\t": out += " "
                default: out.unicodeScalars.append(scalar)
                }
                previousCR = false
            }
            return out
        }
        return (from > 0 ? "…" : "") + show(from..<start) + "[[" + show(start..<end) + "]]" + show(end..<to)
            + (to < scalars.count ? "…" : "")
    }
}
