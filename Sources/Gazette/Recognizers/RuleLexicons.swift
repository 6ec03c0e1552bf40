/// The lexicons the name rules share, compiled once per `Gazette`.
struct RuleLexicons: Sendable {
    var firstNames: Set<String>
    var titles: PhraseSet
    var speechVerbs: PhraseSet
    var particles: PhraseSet
    var legalForms: PhraseSet
    var designatorWords: Set<String>
    /// Nouns that introduce an organization's name: "le constructeur", "chipmaker".
    var orgDescriptors: PhraseSet
    var orgPrefixHeads: PhraseSet
    var orgSuffixHeads: Set<String>
    var programCues: PhraseSet
    var programHeads: Set<String>
    /// Capitalized words that open a French programme name ("Stratégie", "Fonds", "Plan").
    var programPrefixHeads: PhraseSet
    /// Capitalized words that are never a name on their own: sentence starters, months and
    /// days, nationalities, places.
    var notNames: Set<String>
    /// `notNames` without places, many of which are surnames too.
    var notPersonNames: Set<String>
    var places: PhraseSet
    /// Modifiers that cannot name an organization alone ("National", "American").
    var genericModifiers: Set<String>
    var sentenceStarters: Set<String>
    /// French and English function words ("son", "les", "the").
    var functionWords: Set<String>
    /// Words that join parts of a name: "of", "de", "la", "&" …
    var connectors: Set<String> = ["of", "for", "de", "du", "des", "d'", "la", "le", "les", "l'", "the", "and", "&", "et", "on", "a", "à", "aux", "en", "pour", "sur"]

    init(_ lexicons: Lexicons, tokenize: (String) -> [Token]) throws {
        let stop = try lexicons("first-names-stop").folded
        firstNames = (try lexicons("first-names-en").folded)
            .union(try lexicons("first-names-fr").folded)
            .union(try lexicons("first-names-extra").folded)
            .subtracting(stop)
        sentenceStarters = try lexicons("sentence-start-stop").folded
        functionWords = try lexicons("function-words-fr").folded.union(try lexicons("function-words-en").folded)
        // "Les" and "Will" are first names too, but far more often something else.
        firstNames.subtract(sentenceStarters)
        firstNames.subtract(functionWords)
        titles = PhraseSet(try lexicons("person-titles-fr") + lexicons("person-titles-en"), tokenize: tokenize)
        speechVerbs = PhraseSet(try lexicons("speech-verbs-fr") + lexicons("speech-verbs-en"), tokenize: tokenize)
        particles = PhraseSet(try lexicons("surname-particles"), tokenize: tokenize)
        legalForms = PhraseSet(try lexicons("org-legal-forms"), tokenize: tokenize)
        designatorWords = try lexicons("org-designator-words").folded
        orgDescriptors = PhraseSet(try lexicons("org-descriptors"), tokenize: tokenize)
        orgPrefixHeads = PhraseSet(try lexicons("org-heads-prefix"), tokenize: tokenize)
        orgSuffixHeads = try lexicons("org-heads-suffix").folded
        programCues = PhraseSet(try lexicons("program-cues"), tokenize: tokenize)
        programHeads = try lexicons("program-heads-suffix").folded
        programPrefixHeads = PhraseSet(try lexicons("program-heads-prefix"), tokenize: tokenize)
        places = PhraseSet(try lexicons("places"), tokenize: tokenize)
        genericModifiers = try lexicons("org-generic-modifiers").folded.union(try lexicons("nationalities").folded)
        notPersonNames = sentenceStarters
            .union(try lexicons("months-days").folded)
            .union(try lexicons("nationalities").folded)
        notNames = notPersonNames.union(try lexicons("places").folded)
    }
}
