import Foundation

/// Another system's output (or Gazette's own, saved), to be scored against gold.
public struct PredictionSet: Sendable {
    /// Predicted spans by document id, labels as written.
    public var spans: [String: [GoldSpan]]
    /// Predictions for documents the gold does not have, as `FILE:LINE: message`.
    public var warnings: [String]

    public init(spans: [String: [GoldSpan]] = [:], warnings: [String] = []) {
        self.spans = spans
        self.warnings = warnings
    }
}

/// Reads predictions as JSON Lines, in either of Gazette's output shapes:
///
/// - entity lines (`--format entities`): `{"doc": "a", "type": "ORG", "start": 0, "end": 6, ...}`;
/// - document lines (`--format documents`): `{"doc": "a", "entities": [{"type", "start", "end", ...}]}`
///   — `id` for `doc`, and any gold span list (`entities`, `spans`, doccano `label`) read too,
///   so a gold file can be scored against another.
///
/// Offsets are Unicode scalar offsets. Each span is checked against the gold text of its
/// document (in bounds, and equal to its `text` when given), which catches offsets written
/// in another unit. Lines for documents the gold lacks are counted in a warning.
public enum PredictionReader {
    public static func read(_ path: String, gold: [GoldDocument]) throws(EvaluationDataError) -> PredictionSet {
        guard FileManager.default.fileExists(atPath: path) else {
            throw EvaluationDataError(.notFound, file: path, line: 0, message: "no such file")
        }
        return try parse(SourceText.load(path).text, file: path, gold: gold)
    }

    /// Parses predictions already in memory (stdin); `file` names them in messages.
    public static func parse(_ text: String, file: String, gold: [GoldDocument]) throws(EvaluationDataError) -> PredictionSet {
        var validators: [String: SpanValidator] = [:]
        for document in gold { validators[document.id] = SpanValidator(text: document.text, file: file) }
        var result = PredictionSet()
        for document in gold { result.spans[document.id] = [] }
        var unknown: [String] = []
        var firstUnknownLine = 0
        for (number, line) in SourceText(path: file, text: text).lines where !line.allSatisfy(\.isWhitespace) {
            let fields = try JSONLine.object(line, file: file, line: number)
            guard let doc = JSONLine.id(fields["doc"] ?? fields["id"]) else {
                throw EvaluationDataError(file: file, line: number, message: "no \"doc\" (or \"id\") naming the document")
            }
            let items: [Any]
            if fields["entities"] != nil || fields["spans"] != nil || fields["label"] is [Any] {
                items = try JSONLine.annotations(fields, file: file, line: number) ?? []
            } else {
                items = [fields]
            }
            guard let validator = validators[doc] else {
                if !unknown.contains(doc) { unknown.append(doc) }
                if firstUnknownLine == 0 { firstUnknownLine = number }
                continue
            }
            for item in items {
                let raw = try JSONLine.span(item, file: file, line: number)
                result.spans[doc, default: []].append(
                    try validator.check(start: raw.start, end: raw.end, label: raw.label, surface: raw.text, line: number))
            }
        }
        if let first = unknown.first {
            let others = unknown.count > 1 ? " and \(unknown.count - 1) more" : ""
            result.warnings.append("\(file):\(firstUnknownLine): predictions for documents not in the gold, ignored: \"\(first)\"\(others)")
        }
        return result
    }
}
