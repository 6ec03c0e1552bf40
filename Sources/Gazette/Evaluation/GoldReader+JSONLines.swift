import Foundation

/// JSON Lines gold: one document a line, its annotation format told by its keys.
///
/// - native: `{"id", "lang", "text", "types"?, "entities": [{"start", "end", "type", "text"?}]}`
///   (doccano's newer `{"label", "start_offset", "end_offset"}` items are read here too);
/// - doccano: `{"id"?, "text", "label": [[start, end, "TYPE"], ...]}`;
/// - Prodigy/spaCy: `{"text", "spans": [{"start", "end", "label"}], "answer"?, "meta"?}` —
///   lines answered `reject` or `ignore` are skipped with a warning.
///
/// A line without an id gets `NAME:LINE` (the file name without extension and the line).
extension GoldReader {
    static func readJSONLines(_ path: String, into corpus: inout GoldCorpus) throws(EvaluationDataError) {
        let source = try SourceText.load(path)
        for (number, line) in source.lines where !line.allSatisfy(\.isWhitespace) {
            let fields = try JSONLine.object(line, file: path, line: number)
            if let answer = fields["answer"] as? String, answer == "reject" || answer == "ignore" {
                corpus.warnings.append("\(path):\(number): skipped a Prodigy example answered \"\(answer)\"")
                continue
            }
            corpus.documents.append(try document(fields, file: path, line: number))
        }
    }

    static func document(_ fields: [String: Any], file: String, line: Int) throws(EvaluationDataError) -> GoldDocument {
        guard let text = fields["text"] as? String else {
            throw EvaluationDataError(file: file, line: line, message: "no string field \"text\"")
        }
        guard let items = try JSONLine.annotations(fields, file: file, line: line) else {
            throw EvaluationDataError(file: file, line: line, message:
                "no annotations: expected \"entities\" (native), \"label\" (doccano) or \"spans\" (Prodigy/spaCy)")
        }
        let validator = SpanValidator(text: text, file: file)
        var spans: [GoldSpan] = []
        for item in items {
            let raw = try JSONLine.span(item, file: file, line: line)
            spans.append(try validator.check(start: raw.start, end: raw.end, label: raw.label, surface: raw.text, line: line))
        }
        var types: [String]?
        if let value = fields["types"] {
            guard let list = value as? [Any], let strings = list as? [String] else {
                throw EvaluationDataError(file: file, line: line, message: "\"types\" must be a list of type names")
            }
            types = strings
        }
        let id = JSONLine.id(fields["id"]) ?? JSONLine.id((fields["meta"] as? [String: Any])?["id"])
            ?? "\(stem(file)):\(line)"
        return GoldDocument(id: id, language: JSONLine.language(fields["lang"] ?? fields["language"]),
                            text: text, types: types, spans: spans, file: file, line: line)
    }
}

/// Field readers shared by the gold and prediction JSON Lines readers.
enum JSONLine {
    /// One line parsed as a JSON object.
    static func object(_ line: Substring, file: String, line number: Int) throws(EvaluationDataError) -> [String: Any] {
        if line.first == "[" {
            throw EvaluationDataError(file: file, line: number, message:
                "a JSON array; expected JSON Lines (one object per line)")
        }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
        } catch {
            throw EvaluationDataError(file: file, line: number, message: "not valid JSON")
        }
        guard let object = parsed as? [String: Any] else {
            throw EvaluationDataError(file: file, line: number, message: "expected a JSON object")
        }
        return object
    }

    /// The span list of a document line, whichever tool wrote it; nil when there is none.
    static func annotations(_ fields: [String: Any], file: String, line: Int) throws(EvaluationDataError) -> [Any]? {
        for key in ["entities", "spans", "label"] {
            guard let value = fields[key] else { continue }
            guard let list = value as? [Any] else {
                throw EvaluationDataError(file: file, line: line, message: "\"\(key)\" must be a list of spans")
            }
            return list
        }
        return nil
    }

    /// One span: `[start, end, "TYPE"]` (doccano) or an object with `start`/`start_offset`,
    /// `end`/`end_offset`, `type`/`label` and an optional `text`.
    static func span(_ item: Any, file: String, line: Int) throws(EvaluationDataError) -> (start: Int, end: Int, label: String, text: String?) {
        if let triple = item as? [Any] {
            guard triple.count == 3, let start = integer(triple[0]), let end = integer(triple[1]),
                  let label = triple[2] as? String else {
                throw EvaluationDataError(file: file, line: line, message:
                    "a doccano label must be [start, end, \"TYPE\"], got \(describe(item))")
            }
            return (start, end, label, nil)
        }
        guard let fields = item as? [String: Any] else {
            throw EvaluationDataError(file: file, line: line, message: "a span must be an object or [start, end, \"TYPE\"], got \(describe(item))")
        }
        guard let start = integer(fields["start"] ?? fields["start_offset"]),
              let end = integer(fields["end"] ?? fields["end_offset"]) else {
            throw EvaluationDataError(file: file, line: line, message: "a span needs integer \"start\" and \"end\", got \(describe(item))")
        }
        guard let label = (fields["type"] ?? fields["label"]) as? String else {
            throw EvaluationDataError(file: file, line: line, message: "a span needs a string \"type\" (or \"label\"), got \(describe(item))")
        }
        var text: String?
        if let value = fields["text"] {
            guard let string = value as? String else {
                throw EvaluationDataError(file: file, line: line, message: "a span's \"text\" must be a string")
            }
            text = string
        }
        return (start, end, label, text)
    }

    /// A JSON integer (a whole number within range), nil otherwise.
    static func integer(_ value: Any?) -> Int? {
        guard let number = value as? NSNumber, !(value is String) else { return nil }
        let double = number.doubleValue
        guard double.isFinite, double == double.rounded(), abs(double) < 1e15 else { return nil }
        return Int(double)
    }

    /// A string id, or a number written as one.
    static func id(_ value: Any?) -> String? {
        switch value {
        case let string as String: string
        case let number as NSNumber: integer(number).map(String.init) ?? number.stringValue
        default: nil
        }
    }

    /// "fr", "en", "fr-FR", "en_US" → a language Gazette has rules for; anything else → nil.
    static func language(_ value: Any?) -> Language? {
        guard let code = value as? String else { return nil }
        let primary = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        return Language(rawValue: primary)
    }

    static func describe(_ value: Any) -> String {
        guard JSONSerialization.isValidJSONObject([value]),
              let data = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys]) else {
            return String(describing: value)
        }
        let text = String(decoding: data, as: UTF8.self)
        let inner = String(text.dropFirst().dropLast())
        return inner.count > 80 ? String(inner.prefix(80)) + "…" : inner
    }
}
