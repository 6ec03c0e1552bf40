/// Long texts are analyzed chunk by chunk, so that memory depends on the chunk length and
/// not on the size of the document: a 500 MB report or a 50 MB line of text costs the same
/// working memory as a 1 MB one.
///
/// Chunks end at paragraph breaks where there are any, else at sentence starts, else at
/// whitespace (`ChunkBoundary`). Offsets are moved back into the whole text and sentence
/// indices continue from chunk to chunk, so the result is the one whole-document analysis
/// gives, except for an entity that would straddle a cut (and, after a cut that is not a
/// sentence boundary, sentence indices one higher). Linkers see one chunk at a time, so a
/// short mention is tied only to a full name in its own chunk.
extension Gazette {
    func analyzeInChunks(_ document: Document, language: Language?) throws -> Extraction {
        let units = document.utf16[...]
        var chunks = ChunkedExtraction(gazette: self, id: document.id)
        try chunks.resolveLanguage(units, override: language)
        var entities: [Entity] = []
        var start = units.startIndex
        while start < units.endIndex {
            let rest = units[start...]
            let end = rest.count > configuration.chunkLength
                ? start + (try chunks.cut(rest.prefix(configuration.chunkLength)))
                : units.endIndex
            entities += try chunks.extract(units[start..<end])
            start = end
        }
        let extraction = Extraction(document: document, language: chunks.language ?? .en, entities: entities)
        if configuration.checksInvariants {
            let violations = extraction.invariantViolations(types: configuration.types)
            precondition(violations.isEmpty, "invariant violated in \(document.id): \(violations.joined(separator: "; "))")
        }
        return extraction
    }
}

/// The state carried from one chunk of a document to the next: where the chunk starts in
/// the whole text, how many sentences came before it, and the document's language.
struct ChunkedExtraction {
    let gazette: Gazette
    let id: String
    /// Decided once, from the beginning of the text, as whole-document analysis decides it.
    private(set) var language: Language?
    private var origin = TextPosition()
    private var sentences = 0

    init(gazette: Gazette, id: String) {
        self.gazette = gazette
        self.id = id
    }

    /// How much of the text's beginning the language is guessed from: the guesser reads the
    /// first few thousand tokens, which this holds.
    static let languageSample = 1 << 16

    /// Fixes the language: the one given, the configuration's, or the one guessed from `head`.
    mutating func resolveLanguage(_ head: ArraySlice<UInt16>, override: Language?) throws {
        if let known = override ?? gazette.configuration.language {
            language = known
            return
        }
        var sample = head.prefix(Self.languageSample)
        if let last = sample.last, UTF16.isLeadSurrogate(last) { sample = sample.dropLast() }
        language = try gazette.textAnalysis(document(sample), language: nil).language
    }

    /// The length of the next chunk of `units` (which holds more than one chunk).
    func cut(_ units: ArraySlice<UInt16>) throws -> Int {
        try ChunkBoundary.cut(units) { window in
            try lastSentenceStart(units[(units.startIndex + window.lowerBound)..<(units.startIndex + window.upperBound)])
                .map { $0 + window.lowerBound }
        }
    }

    /// Where the whitespace before the last sentence that starts inside `window` begins,
    /// relative to the window, as the pipeline's own sentence splitter sees it.
    private func lastSentenceStart(_ window: ArraySlice<UInt16>) throws -> Int? {
        // A window must not open on the second half of a surrogate pair.
        let text = window.first.map(UTF16.isTrailSurrogate) == true ? window.dropFirst() : window
        let skipped = text.startIndex - window.startIndex
        let tokens = try gazette.textAnalysis(document(text), language: language).tokens
        guard tokens.count > 1 else { return nil }
        for k in stride(from: tokens.count - 1, to: 0, by: -1) where tokens[k].sentence != tokens[k - 1].sentence {
            return skipped + Int(tokens[k - 1].end)
        }
        return nil
    }

    /// The entities of the next chunk, with offsets and sentence indices in the whole text.
    mutating func extract(_ chunk: ArraySlice<UInt16>) throws -> [Entity] {
        let analysis = try gazette.textAnalysis(document(chunk), language: language)
        if language == nil { language = analysis.language }
        let extraction = gazette.pipeline.run(analysis)
        if gazette.configuration.checksInvariants {
            let violations = extraction.invariantViolations(types: gazette.configuration.types)
            precondition(violations.isEmpty, "invariant violated in a chunk of \(id): \(violations.joined(separator: "; "))")
        }
        var entities = extraction.entities
        for i in entities.indices {
            entities[i].span = entities[i].span.shifted(by: origin)
            entities[i].sentence += sentences
        }
        sentences += analysis.sentences.count
        origin.advance(over: chunk)
        return entities
    }

    private func document(_ units: ArraySlice<UInt16>) -> Document {
        Document(id: id, text: String(utf16Units: units))
    }
}
