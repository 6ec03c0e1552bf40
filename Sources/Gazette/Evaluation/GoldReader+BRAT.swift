import Foundation

/// BRAT standoff: `X.txt` holds the text, `X.ann` one annotation a line. Only text-bound
/// annotations (`T1<TAB>ORG 0 6<TAB>OpenAI`) are spans; relations, events, attributes,
/// notes and comments are other lines and are passed over. A discontinuous span
/// (`ORG 0 3;5 8`) has no single extent to score, so it is skipped with a warning.
extension GoldReader {
    static func readBRAT(annotations path: String, text textPath: String, id: String,
                         into corpus: inout GoldCorpus) throws(EvaluationDataError) {
        guard FileManager.default.fileExists(atPath: textPath) else {
            throw EvaluationDataError(.notFound, file: path, line: 0, message: "no text file \(textPath) beside it")
        }
        let text = try SourceText.load(textPath).text
        let validator = SpanValidator(text: text, file: path)
        var spans: [GoldSpan] = []
        for (number, line) in try SourceText.load(path).lines where line.first == "T" {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2 else {
                throw EvaluationDataError(file: path, line: number, message:
                    "a text-bound annotation must be \"T<n><TAB>TYPE START END<TAB>text\"")
            }
            let extent = fields[1].split(separator: " ", maxSplits: 1)
            guard extent.count == 2 else {
                throw EvaluationDataError(file: path, line: number, message: "expected \"TYPE START END\", got \"\(fields[1])\"")
            }
            let label = String(extent[0])
            if extent[1].contains(";") {
                corpus.warnings.append("\(path):\(number): skipped the discontinuous \(label) span \(extent[1])")
                continue
            }
            let offsets = extent[1].split(separator: " ")
            guard offsets.count == 2, let start = Int(offsets[0]), let end = Int(offsets[1]) else {
                throw EvaluationDataError(file: path, line: number, message: "expected \"TYPE START END\", got \"\(fields[1])\"")
            }
            // BRAT writes a span's newlines as spaces in the text column.
            var surface = fields.count == 3 ? String(fields[2]) : nil
            if let given = surface, 0 <= start, start < end, end <= validator.scalars.count {
                let slice = validator.slice(start, end)
                let flattened = slice.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }
                if flattened.elementsEqual(given.unicodeScalars) { surface = slice }
            }
            spans.append(try validator.check(start: start, end: end, label: label, surface: surface, line: number))
        }
        corpus.documents.append(GoldDocument(id: id, text: text, spans: spans, file: path, line: 1))
    }
}
