/// One named thing a gazetteer knows: an organization, a person or a programme.
public struct GazetteerEntry: Sendable, Hashable {
    /// How an alias is compared with the text.
    public enum Matching: String, Sendable {
        /// Case-, accent-, apostrophe-, hyphen- and space-insensitive, but a capitalized alias
        /// never matches an all-lowercase run of words ("Apple" does not match "apple").
        case folded
        /// Case-sensitive.
        case exact
    }

    public var id: String
    public var type: EntityType
    public var name: String
    /// Every surface form, the name first.
    public var aliases: [String]
    /// The document language the entry applies to; nil for any.
    public var language: Language?
    /// nil: folded, except short all-caps acronyms, which are exact.
    public var matching: Matching?

    public init(id: String, type: EntityType, name: String, aliases: [String] = [],
                language: Language? = nil, matching: Matching? = nil) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = [name] + aliases.filter { $0 != name }
        self.language = language
        self.matching = matching
    }
}
