/// One document whose text arrives in pieces — read from a file block by block — analyzed
/// chunk by chunk as soon as enough of it is there, so that neither the text nor its
/// analysis is ever held whole.
///
/// The entities are those `Gazette.analyze` finds in the whole text, with the same offsets;
/// a text no longer than `Configuration.chunkLength` is analyzed in one piece at `finish()`.
///
/// ```swift
/// var stream = DocumentStream(gazette: gazette, id: "report.txt")
/// for piece in pieces { write(try stream.append(piece)) }
/// write(try stream.finish())
/// print(stream.language!)
/// ```
public struct DocumentStream {
    private var chunks: ChunkedExtraction
    private let languageOverride: Language?
    private var pending: [UInt16] = []
    private var cutOnce = false
    private var wholeLanguage: Language?

    /// `language` overrides the configuration's, as in `Gazette.analyze`.
    public init(gazette: Gazette, id: String, language: Language? = nil) {
        chunks = ChunkedExtraction(gazette: gazette, id: id)
        languageOverride = language
    }

    /// The document's language, known once the first chunk has been analyzed.
    public var language: Language? { chunks.language ?? wholeLanguage }

    /// Adds text; returns the entities of the chunks this completes, in order.
    public mutating func append(_ text: some StringProtocol) throws -> [Entity] {
        appendUTF16(of: text, to: &pending)
        let limit = chunks.gazette.configuration.chunkLength
        // A guessed language is guessed from the text's first `languageSample` units, as the
        // whole-text analysis guesses it: with a chunk length shorter than that, the first cut
        // waits until they are all there (or for `finish()`).
        let guessing = languageOverride == nil && chunks.gazette.configuration.language == nil
        var entities: [Entity] = []
        while pending.count > limit, cutOnce || !guessing || pending.count >= ChunkedExtraction.languageSample {
            if !cutOnce { try chunks.resolveLanguage(pending[...], override: languageOverride) }
            cutOnce = true
            let end = try chunks.cut(pending.prefix(limit))
            entities += try chunks.extract(pending[..<end])
            pending.removeFirst(end)
        }
        return entities
    }

    /// Ends the text; returns the entities of what was not analyzed yet.
    public mutating func finish() throws -> [Entity] {
        defer { pending = [] }
        guard cutOnce else {
            let text = String(utf16Units: pending[...])
            let extraction = try chunks.gazette.analyze(Document(id: chunks.id, text: text), language: languageOverride)
            wholeLanguage = extraction.language
            return extraction.entities
        }
        return pending.isEmpty ? [] : try chunks.extract(pending[...])
    }
}
