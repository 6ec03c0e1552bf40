/// A proposed entity, before overlaps between recognizers are resolved.
struct Candidate: Sendable, Hashable {
    var type: EntityType
    /// UTF-16 range in the original text.
    var range: Range<Int>
    var source: String
    var score: Double
    var canonical: String? = nil
    var id: String? = nil
    var money: Money? = nil
}

/// One way of finding entities. Recognizers see the analysed text and propose candidates;
/// they never see each other's output, so adding one never means touching the others.
protocol Recognizer: Sendable {
    /// Short name, used in `source` and to select recognizers.
    var name: String { get }
    /// The types this recognizer can produce; it is skipped when none is requested.
    var types: Set<EntityType> { get }
    func recognize(_ text: TextAnalysis) -> [Candidate]
    /// Appends the candidates to `candidates`: what the pipeline calls, so that a recognizer
    /// that builds its candidates in place saves their copy into the common array.
    func recognize(_ text: TextAnalysis, into candidates: inout [Candidate])
}

extension Recognizer {
    func recognize(_ text: TextAnalysis, into candidates: inout [Candidate]) {
        candidates += recognize(text)
    }
}

/// A pass over resolved entities that adds or completes mentions from the document itself:
/// acronyms defined in the text, surnames of people named before.
///
/// Linkers work in place: what they add goes after the entities they were given, which keep
/// their indices until the linker is done, so it may read them by index while it appends (one
/// that drops entities does so last). Returning a new array made every linker that added one
/// mention copy all the others.
protocol Linker: Sendable {
    var name: String { get }
    func link(_ entities: inout [Candidate], in text: TextAnalysis)
}
