import Foundation
import Synchronization

/// Scores a gold corpus: against the pipeline's output, or against predictions read from a file.
///
/// ```swift
/// let gold = try GoldReader.read("Fixtures/gold")
/// let scores = try Evaluation().score(gold, gazette: try Gazette())
/// print(EvaluationReport(scores: scores).text())
/// ```
///
/// Labels go through `labels` (gold and predictions alike), and only ORG, PERSON, MONEY and
/// PROGRAM within `types` are scored; a gold document's own `types` narrows that further.
public struct Evaluation: Sendable {
    public var types: Set<EntityType>
    public var labels: LabelMap
    /// Scalars of context either side of a mistake.
    public var contextWidth = 40

    public init(types: Set<EntityType> = Set(EntityType.allCases), labels: LabelMap = LabelMap()) {
        self.types = types
        self.labels = labels
    }

    /// Runs the pipeline on every gold document, in the document's own language when the
    /// gold gives one, else in `language` (nil: guessed), and scores what it finds.
    public func score(_ corpus: GoldCorpus, gazette: Gazette, language: Language? = nil) throws -> Scores {
        let predicted = try Self.extract(corpus.documents, gazette: gazette, language: language)
        return scorer.score(zip(corpus.documents, predicted).map { gold, entities in
            scoringDocument(gold, predicted: entities.map { ScoredSpan($0.start, $0.end, $0.type) })
        })
    }

    /// Scores predictions read from a file; a gold document without predictions has none.
    public func score(_ corpus: GoldCorpus, predictions: PredictionSet) -> Scores {
        scorer.score(corpus.documents.map { gold in
            scoringDocument(gold, predicted: scored(predictions.spans[gold.id] ?? []))
        })
    }

    /// A gold document with its labels mapped to types, ready for the scorer.
    public func scoringDocument(_ gold: GoldDocument, predicted: [ScoredSpan]) -> ScoringDocument {
        ScoringDocument(id: gold.id, text: gold.text,
                        types: gold.types.map { Set($0.compactMap(labels.type(for:))) },
                        gold: scored(gold.spans), predicted: predicted)
    }

    var scorer: Scorer { Scorer(types: types, contextWidth: contextWidth) }

    private func scored(_ spans: [GoldSpan]) -> [ScoredSpan] {
        spans.compactMap { span in labels.type(for: span.label).map { ScoredSpan(span.start, span.end, $0) } }
    }

    /// The pipeline's entities for each document, in order; documents run in parallel.
    static func extract(_ documents: [GoldDocument], gazette: Gazette, language: Language?) throws -> [[Entity]] {
        let results = Mutex<[Result<[Entity], any Error>?]>(Array(repeating: nil, count: documents.count))
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            let gold = documents[i]
            let result = Result {
                try gazette.analyze(Document(id: gold.id, text: gold.text), language: gold.language ?? language).entities
            }
            results.withLock { $0[i] = result }
        }
        return try results.withLock { $0 }.map { try $0!.get() }
    }
}
