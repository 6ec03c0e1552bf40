/// CoNLL/IOB token files: one token a line, the token in the first column and its tag in
/// the last (columns separated by tabs or spaces), a blank line between sentences, and a
/// `-DOCSTART-` line before each document.
///
/// The text is rebuilt by joining a sentence's tokens with single spaces and sentences with
/// `"\n"` (a line per sentence keeps sentence boundaries visible to the pipeline and in
/// error contexts). Tags are decoded leniently, so BIO (IOB2), IOB1 and BIOES/BILOU all
/// read the same: `B-X` starts a span, `I-X` continues a span of X or starts one (IOB1),
/// `E-X`/`L-X` ends one, `S-X`/`U-X` is a one-token span, `O` is outside.
///
/// Documents are named after the file: `NAME` when it holds one document, `NAME#1`,
/// `NAME#2`, … when `-DOCSTART-` splits it into several.
extension GoldReader {
    static func readCoNLL(_ path: String, into corpus: inout GoldCorpus) throws(EvaluationDataError) {
        var builder = CoNLLDocumentBuilder(file: path)
        var documents: [GoldDocument] = []
        for (number, line) in try SourceText.load(path).lines {
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if columns.isEmpty {
                builder.endSentence()
            } else if columns[0] == "-DOCSTART-" {
                if let document = builder.finish() { documents.append(document) }
                builder = CoNLLDocumentBuilder(file: path, line: number)
            } else {
                guard columns.count >= 2 else {
                    throw EvaluationDataError(file: path, line: number, message:
                        "expected a token and a tag separated by a tab or spaces, got \"\(line)\"")
                }
                try builder.add(token: String(columns[0]), tag: String(columns[columns.count - 1]), line: number)
            }
        }
        if let document = builder.finish() { documents.append(document) }
        let name = stem(path)
        for (index, var document) in documents.enumerated() {
            document.id = documents.count == 1 ? name : "\(name)#\(index + 1)"
            corpus.documents.append(document)
        }
    }
}

/// Accumulates one CoNLL document: its rebuilt text and the spans its tags describe.
struct CoNLLDocumentBuilder {
    let file: String
    let line: Int
    private var text: [Unicode.Scalar] = []
    private var sentenceHasTokens = false
    private var spans: [GoldSpan] = []
    /// The span being read: label, start offset, line of its first token.
    private var open: (label: String, start: Int, line: Int)?
    private var tokens = 0

    init(file: String, line: Int = 1) {
        self.file = file
        self.line = line
    }

    mutating func add(token: String, tag: String, line: Int) throws(EvaluationDataError) {
        let (prefix, label) = try Self.parse(tag, file: file, line: line)
        if prefix == "O" || prefix == "B" || prefix == "S" || prefix == "U" || (open != nil && open!.label != label) {
            close()
        }
        if !text.isEmpty { text.append(sentenceHasTokens ? " " : "\n") }
        let start = text.count
        text.append(contentsOf: token.unicodeScalars)
        sentenceHasTokens = true
        tokens += 1
        guard let label else { return }
        if open == nil { open = (label, start, line) }
        if prefix == "E" || prefix == "L" || prefix == "S" || prefix == "U" { close() }
    }

    mutating func endSentence() {
        close()
        sentenceHasTokens = false
    }

    /// The document, or nil when it has no tokens (the empty stretch before a first `-DOCSTART-`).
    mutating func finish() -> GoldDocument? {
        close()
        guard tokens > 0 else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text)
        return GoldDocument(id: "", text: String(view), spans: spans, file: file, line: line)
    }

    private mutating func close() {
        guard let span = open else { return }
        spans.append(GoldSpan(start: span.start, end: text.count, label: span.label, line: span.line))
        open = nil
    }

    /// "O" → ("O", nil); "B-ORG" → ("B", "ORG"); anything else is malformed.
    static func parse(_ tag: String, file: String, line: Int) throws(EvaluationDataError) -> (prefix: String, label: String?) {
        if tag == "O" { return ("O", nil) }
        let parts = tag.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, ["B", "I", "E", "L", "S", "U"].contains(parts[0]), !parts[1].isEmpty else {
            throw EvaluationDataError(file: file, line: line, message:
                "tag \"\(tag)\" is not O, B-TYPE, I-TYPE (or E-, L-, S-, U-TYPE)")
        }
        return (String(parts[0]), String(parts[1]))
    }
}
