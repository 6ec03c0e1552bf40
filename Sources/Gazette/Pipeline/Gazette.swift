import Foundation
import Synchronization

/// The extractor: lists and rules compiled once, then applied to any number of documents,
/// from any number of threads.
///
/// ```swift
/// let gazette = try Gazette()
/// for entity in try gazette.extract("Le DOE a signé avec OpenAI.") {
///     print(entity.type, entity.text, entity.start, entity.end)
/// }
/// ```
public struct Gazette: Sendable {
    public let configuration: Configuration
    let pipeline: Pipeline
    let analyzers: AnalyzerPool

    /// Loads the lists and lexicons and compiles the recognizers.
    public init(configuration: Configuration = Configuration()) throws {
        self.configuration = configuration
        (pipeline, analyzers) = try Self.compile(configuration, Resources.load(configuration))
    }

    /// Compiles the recognizers and numbers every word they know; documents are then
    /// analyzed with that vocabulary.
    static func compile(_ configuration: Configuration, _ resources: Resources) throws -> (Pipeline, AnalyzerPool) {
        var vocabulary = Vocabulary()
        // Lexicons hold some 20,000 words; aliases about one new word each.
        vocabulary.reserveCapacity(20_000 + resources.entries.reduce(0) { $0 + $1.aliases.count })
        let guesser = LanguageGuesser(french: resources.frenchWords, english: resources.englishWords, vocabulary: &vocabulary)
        // The money lexicon (ICU's currency names and spelled-out numbers: a third of the
        // compile time) is compiled meanwhile on another thread, with its own analyzer.
        let money = BackgroundTask { [lexicons = resources.lexicons, splitter = resources.splitter] in
            let analyzer = try TextAnalyzer(splitter: splitter, guesser: guesser)
            return try MoneyLexicon(lexicons: lexicons, tokenize: analyzer.tokenize, tokenizeAll: analyzer.tokenize(all:))
        }
        let compiler = try TextAnalyzer(splitter: resources.splitter, guesser: guesser)
        let pipeline = try Pipeline(configuration: configuration, resources: resources, analyzer: compiler, vocabulary: &vocabulary,
                                    moneyLexicon: money.value)
        return (pipeline, AnalyzerPool(splitter: resources.splitter, guesser: guesser, vocabulary: vocabulary))
    }

    /// Extracts the entities of one text.
    public func extract(_ text: String, id: String = "-") throws -> [Entity] {
        try analyze(Document(id: id, text: text)).entities
    }

    /// Extracts the entities of one document, with the language it was read in.
    /// `language` overrides the configuration's for this document (gold files carry their own).
    public func analyze(_ document: Document, language: Language? = nil) throws -> Extraction {
        if document.utf16.count > configuration.chunkLength {
            return try analyzeInChunks(document, language: language)
        }
        let text = try textAnalysis(document, language: language)
        let extraction = pipeline.run(text)
        if configuration.checksInvariants {
            let violations = extraction.invariantViolations(types: configuration.types)
            precondition(violations.isEmpty, "invariant violated in \(document.id): \(violations.joined(separator: "; "))")
        }
        return extraction
    }
}

extension Gazette {
    /// Tokens, sentences and language of a document, as the recognizers see them.
    func textAnalysis(_ document: Document, language: Language? = nil) throws(TextError) -> TextAnalysis {
        let analyzer = try analyzers.take()
        defer { analyzers.give(analyzer) }
        return try analyzer.analyze(document, language: language ?? configuration.language)
    }
}

/// The result for one document.
public struct Extraction: Sendable {
    public var document: Document
    public var language: Language
    /// Sorted by start, never overlapping.
    public var entities: [Entity]
}

/// Text analyzers hold ICU iterators that are not thread-safe: each call borrows one.
final class AnalyzerPool: Sendable {
    private let idle = Mutex<[TextAnalyzer]>([])
    private let splitter: SentenceSplitter
    private let guesser: LanguageGuesser
    private let vocabulary: (Vocabulary, KnownWords)

    init(splitter: SentenceSplitter, guesser: LanguageGuesser, vocabulary: Vocabulary) {
        self.splitter = splitter
        self.guesser = guesser
        self.vocabulary = (vocabulary, KnownWords(vocabulary))
    }

    func take() throws(TextError) -> TextAnalyzer {
        if let analyzer = idle.withLock({ $0.popLast() }) { return analyzer }
        return try TextAnalyzer(splitter: splitter, guesser: guesser, vocabulary: vocabulary)
    }

    func give(_ analyzer: TextAnalyzer) {
        idle.withLock { $0.append(analyzer) }
    }
}

extension TextAnalyzer: @unchecked Sendable {}  // only ever used by one thread at a time, through the pool
