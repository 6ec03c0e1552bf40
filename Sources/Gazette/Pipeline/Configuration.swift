import Foundation

/// What to extract and with which lists; a value given to `Gazette` once, at construction.
public struct Configuration: Sendable {
    /// The types to extract; recognizers producing none of them do not run.
    public var types: Set<EntityType> = Set(EntityType.allCases)
    /// The language of every document; nil guesses it per document.
    public var language: Language?
    /// Extra gazetteer files, merged over the defaults (an entry with the same id replaces the default one).
    public var gazetteers: [URL] = []
    /// Whether the shipped ORG/PERSON/PROGRAM lists are loaded (the rule lexicons always are).
    public var usesDefaultGazetteers = true
    /// Whether each result is checked for sorted, non-overlapping spans whose text is the
    /// original slice; on by default in debug builds, so every test runs with it.
    public var checksInvariants = _isDebugAssertConfiguration()
    /// The longest text, in UTF-16 code units, analyzed in one piece; a longer one is cut
    /// into chunks at paragraph or sentence boundaries, so memory stays bounded whatever its
    /// size (see `Gazette+Chunking.swift`). One mebi-unit by default.
    public var chunkLength = 1 << 20

    public init(types: Set<EntityType> = Set(EntityType.allCases), language: Language? = nil,
                gazetteers: [URL] = [], usesDefaultGazetteers: Bool = true) {
        self.types = types
        self.language = language
        self.gazetteers = gazetteers
        self.usesDefaultGazetteers = usesDefaultGazetteers
    }
}
