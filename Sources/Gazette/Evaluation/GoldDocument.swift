/// One annotated document as read from a gold file, before any label mapping.
///
/// Labels are kept as written ("PER", "ORGANIZATION", "ORG"): `LabelMap` decides later which
/// of them are scored, so that one reader serves every tag set.
public struct GoldDocument: Sendable, Equatable {
    /// Matched against the `doc` of predictions.
    public var id: String
    /// The document's language when the file gives it; the pipeline guesses otherwise.
    public var language: Language?
    public var text: String
    /// The labels this document is annotated for (the native `types` field); nil means all.
    public var types: [String]?
    /// Sorted by start, then end.
    public var spans: [GoldSpan]
    /// Where the document was read, for messages.
    public var file: String
    public var line: Int

    public init(id: String, language: Language? = nil, text: String, types: [String]? = nil,
                spans: [GoldSpan], file: String = "-", line: Int = 1) {
        self.id = id
        self.language = language
        self.text = text
        self.types = types
        self.spans = spans.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        self.file = file
        self.line = line
    }
}

/// One annotated span: Unicode scalar offsets (Python `str` indices), end exclusive.
public struct GoldSpan: Sendable, Hashable {
    public var start: Int
    public var end: Int
    /// The label as written in the file.
    public var label: String
    /// The line that holds the annotation (the document's line for JSON Lines).
    public var line: Int

    public init(start: Int, end: Int, label: String, line: Int = 0) {
        self.start = start
        self.end = end
        self.label = label
        self.line = line
    }
}

/// Everything read from a gold path: its documents in reading order and what was skipped.
public struct GoldCorpus: Sendable {
    public var documents: [GoldDocument]
    /// Things skipped on purpose (discontinuous BRAT spans, rejected Prodigy answers), as `FILE:LINE: message`.
    public var warnings: [String]

    public init(documents: [GoldDocument], warnings: [String] = []) {
        self.documents = documents
        self.warnings = warnings
    }
}
