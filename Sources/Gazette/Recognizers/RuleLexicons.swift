/// The lexicons the name rules share, compiled once per `Gazette`.
struct RuleLexicons: Sendable {
    var firstNames: Set<String>
    var titles: PhraseSet
    var speechVerbs: PhraseSet
    var particles: PhraseSet
    var legalForms: PhraseSet
    var designatorWords: Set<String>
    var orgPrefixHeads: PhraseSet
    var orgSuffixHeads: Set<String>
    var programCues: PhraseSet
    var programHeads: Set<String>
    /// Capitalized words that are never a name on their own: sentence starters, months and
    /// days, nationalities, places.
    var notNames: Set<String>
    /// `notNames` without places, many of which are surnames too.
    var notPersonNames: Set<String>
    var places: PhraseSet
    /// Modifiers that cannot name an organization alone ("National", "American").
    var genericModifiers: Set<String>
    var sentenceStarters: Set<String>
    /// Words that join parts of a name: "of", "de", "la", "&" …
    var connectors: Set<String> = ["of", "for", "de", "du", "des", "d'", "la", "le", "les", "l'", "the", "and", "&", "et", "on", "a", "à", "aux", "en", "pour", "sur"]

    init(_ lexicons: Lexicons, tokenize: (String) -> [Token]) throws {
        let stop = try lexicons("first-names-stop").folded
        firstNames = (try lexicons("first-names-en").folded)
            .union(try lexicons("first-names-fr").folded)
            .union(try lexicons("first-names-extra").folded)
            .subtracting(stop)
        titles = PhraseSet(try lexicons("person-titles-fr") + lexicons("person-titles-en"), tokenize: tokenize)
        speechVerbs = PhraseSet(try lexicons("speech-verbs-fr") + lexicons("speech-verbs-en"), tokenize: tokenize)
        particles = PhraseSet(try lexicons("surname-particles"), tokenize: tokenize)
        legalForms = PhraseSet(try lexicons("org-legal-forms"), tokenize: tokenize)
        designatorWords = try lexicons("org-designator-words").folded
        orgPrefixHeads = PhraseSet(try lexicons("org-heads-prefix"), tokenize: tokenize)
        orgSuffixHeads = try lexicons("org-heads-suffix").folded
        programCues = PhraseSet(try lexicons("program-cues"), tokenize: tokenize)
        programHeads = try lexicons("program-heads-suffix").folded
        sentenceStarters = try lexicons("sentence-start-stop").folded
        places = PhraseSet(try lexicons("places"), tokenize: tokenize)
        genericModifiers = try lexicons("org-generic-modifiers").folded.union(try lexicons("nationalities").folded)
        notPersonNames = sentenceStarters
            .union(try lexicons("months-days").folded)
            .union(try lexicons("nationalities").folded)
        notNames = notPersonNames.union(try lexicons("places").folded)
    }
}
