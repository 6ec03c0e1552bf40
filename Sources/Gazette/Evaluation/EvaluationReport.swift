import Foundation

/// Scores rendered for people (a fixed-width table, its definitions, the mistakes) or for
/// programs (one JSON object with the same numbers).
///
/// ```
///            ---------------- strict -----------------   ---------------- partial ----------------
/// type           TP     FP     FN      P      R     F1       TP     FP     FN      P      R     F1
/// ORG           612     40     88  0.939  0.874  0.905      640     12     60  0.982  0.914  0.947
/// ```
public struct EvaluationReport: Sendable {
    public var scores: Scores
    /// Where predictions came from, for the heading: "pipeline" or a file name.
    public var source: String

    public init(scores: Scores, source: String = "pipeline") {
        self.scores = scores
        self.source = source
    }

    /// What the table's words mean, printed under it.
    public static let definitions = """
        strict   a prediction is right when a gold span has the same start, end and type.
        partial  a prediction is right when it overlaps a gold span of the same type; pairs are
                 one-to-one, largest overlap first (ties: earlier gold start, then earlier prediction).
        P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2PR/(P+R); each is 0 when its denominator is 0.
        micro    TP, FP and FN summed over the types, then P, R, F1.
        macro    the mean of the per-type P, R and F1 over the types with any gold or predicted span.
        Offsets are Unicode scalar offsets; a document whose gold lists "types" is scored on those only.
        """

    // MARK: Text

    /// The heading, the table, the definitions and, when `errors` is given, up to that many
    /// false positives and false negatives per type.
    public func text(errors limit: Int? = nil) -> String {
        var out = heading + "\n\n" + table() + "\n\n" + Self.definitions + "\n"
        if let limit { out += "\n" + mistakes(limit: limit) }
        return out
    }

    var heading: String {
        let micro = scores.strict.micro
        return "Gazette evaluation: \(scores.documents) document\(scores.documents == 1 ? "" : "s"), "
            + "\(micro.gold) gold spans, \(micro.predicted) predicted (\(source))"
    }

    /// The fixed-width table: one row per type, then micro and macro.
    public func table() -> String {
        let half = [col("TP", 6), col("FP", 6), col("FN", 6), col("P", 6), col("R", 6), col("F1", 6)].joined(separator: " ")
        let width = half.count
        func banner(_ name: String) -> String {
            let label = " \(name) "
            let left = (width - label.count) / 2
            return String(repeating: "-", count: left) + label + String(repeating: "-", count: width - left - label.count)
        }
        var lines = [
            pad("", 9) + banner("strict") + "   " + banner("partial"),
            pad("type", 9) + half + "   " + half,
        ]
        let strictMacro = scores.strict.macro
        for type in scores.types {
            let name = type.rawValue + (strictMacro.types.contains(type) ? "" : "*")
            lines.append(pad(name, 9) + counts(scores.strict[type]) + "   " + counts(scores.partial[type]))
        }
        lines.append(pad("micro", 9) + counts(scores.strict.micro) + "   " + counts(scores.partial.micro))
        lines.append(pad("macro", 9) + macro(scores.strict.macro) + "   " + macro(scores.partial.macro))
        if strictMacro.types.count < scores.types.count {
            lines.append("* no gold or predicted span of this type: left out of the macro average")
        }
        return lines.map { line in String(line.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    private func counts(_ c: Counts) -> String {
        [col(c.truePositives), col(c.falsePositives), col(c.falseNegatives),
         col(c.precision), col(c.recall), col(c.f1)].joined(separator: " ")
    }

    private func macro(_ m: MacroAverage) -> String {
        [col("", 6), col("", 6), col("", 6), col(m.precision), col(m.recall), col(m.f1)].joined(separator: " ")
    }

    private func col(_ value: Int) -> String { col(String(value), 6) }
    private func col(_ value: Double) -> String { col(String(format: "%.3f", value), 6) }
    private func col(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// Up to `limit` false positives and `limit` false negatives per type, in document order.
    public func selectedMistakes(limit: Int) -> [Mistake] {
        var shown: [String: Int] = [:]
        return scores.mistakes.filter { mistake in
            let key = "\(mistake.span.type.rawValue) \(mistake.kind.rawValue)"
            shown[key, default: 0] += 1
            return shown[key]! <= limit
        }
    }

    private func mistakes(limit: Int) -> String {
        let selected = selectedMistakes(limit: limit)
        var out = "Errors (strict; up to \(limit) false positives and \(limit) false negatives per type)\n"
        for type in scores.types {
            for kind in Mistake.Kind.allCases {
                let all = scores.mistakes.filter { $0.span.type == type && $0.kind == kind }
                guard !all.isEmpty else { continue }
                let some = selected.filter { $0.span.type == type && $0.kind == kind }
                let name = kind == .falsePositive ? "false positives" : "false negatives"
                let count = some.count < all.count ? "\(all.count), showing \(some.count)" : "\(all.count)"
                out += "\n\(type.rawValue) \(name) (\(count))\n"
                for mistake in some {
                    out += "  \(mistake.document) \(mistake.span.start)-\(mistake.span.end) \"\(mistake.text)\""
                    if let near = mistake.near { out += "  [\(near)]" }
                    out += "\n      \(mistake.context)\n"
                }
            }
        }
        if scores.mistakes.isEmpty { out += "\nnone\n" }
        return out
    }

    // MARK: JSON

    /// One JSON object (and a newline): `documents`, `gold`, `predicted`, `types`, then
    /// `strict` and `partial` each holding one object per type plus `micro` and `macro`,
    /// then `errors` when `errors` is given.
    public func json(errors limit: Int? = nil) -> [UInt8] {
        var json = JSONWriter()
        let micro = scores.strict.micro
        json.beginObject()
        json.key("documents"); json.int(scores.documents)
        json.key("source"); json.string(source)
        json.key("gold"); json.int(micro.gold)
        json.key("predicted"); json.int(micro.predicted)
        json.key("types")
        json.beginArray()
        for type in scores.types { json.string(type.rawValue) }
        json.endArray()
        for scheme in MatchingScheme.allCases {
            let s = scores[scheme]
            json.key(scheme.rawValue)
            json.beginObject()
            for type in scores.types { json.key(type.rawValue); write(s[type], into: &json) }
            json.key("micro"); write(s.micro, into: &json)
            json.key("macro")
            let m = s.macro
            json.beginObject()
            json.key("precision"); json.double(m.precision)
            json.key("recall"); json.double(m.recall)
            json.key("f1"); json.double(m.f1)
            json.key("types")
            json.beginArray()
            for type in m.types { json.string(type.rawValue) }
            json.endArray()
            json.endObject()
            json.endObject()
        }
        if let limit {
            json.key("errors")
            json.beginArray()
            for mistake in selectedMistakes(limit: limit) {
                json.beginObject()
                json.key("kind"); json.string(mistake.kind.rawValue)
                json.key("doc"); json.string(mistake.document)
                json.key("type"); json.string(mistake.span.type.rawValue)
                json.key("start"); json.int(mistake.span.start)
                json.key("end"); json.int(mistake.span.end)
                json.key("text"); json.string(mistake.text)
                json.key("context"); json.string(mistake.context)
                if let near = mistake.near { json.key("near"); json.string(near) }
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
        json.newline()
        return json.bytes
    }

    private func write(_ c: Counts, into json: inout JSONWriter) {
        json.beginObject()
        json.key("tp"); json.int(c.truePositives)
        json.key("fp"); json.int(c.falsePositives)
        json.key("fn"); json.int(c.falseNegatives)
        json.key("precision"); json.double(c.precision)
        json.key("recall"); json.double(c.recall)
        json.key("f1"); json.double(c.f1)
        json.endObject()
    }
}
