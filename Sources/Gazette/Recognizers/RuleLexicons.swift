/// The lexicons the name rules share, compiled once per `Gazette`.
///
/// Word sets are `KeySet`s and phrase sets tries, both on the ids of the shared
/// `Vocabulary`: the rules test tokens with bit tests, not string hashing.
struct RuleLexicons: Sendable {
    var firstNames: KeySet
    var titles: PhraseSet
    var speechVerbs: PhraseSet
    var particles: PhraseSet
    var legalForms: PhraseSet
    var designatorWords: KeySet
    /// Nouns that introduce an organization's name: "le constructeur", "chipmaker".
    var orgDescriptors: PhraseSet
    /// Roles held in an organization: "chief executive", "PDG", "fondatrice".
    var orgRoles: PhraseSet
    var orgPrefixHeads: PhraseSet
    var orgSuffixHeads: KeySet
    var programCues: PhraseSet
    var programHeads: KeySet
    /// Capitalized words that open a French programme name ("Stratégie", "Fonds", "Plan").
    var programPrefixHeads: PhraseSet
    /// Capitalized words that are never a name on their own: sentence starters, months and
    /// days, nationalities, places.
    var notNames: KeySet
    /// Months and days ("Monday", "janvier"): a name does not run on over "on Monday".
    var dates: KeySet
    /// `notNames` without places, many of which are surnames too.
    var notPersonNames: KeySet
    var places: PhraseSet
    /// Modifiers that cannot name an organization alone ("National", "American").
    var genericModifiers: KeySet
    /// "espagnole", "European": adjectives of a country or region.
    var nationalities: KeySet
    var sentenceStarters: KeySet
    /// French and English function words ("son", "les", "the").
    var functionWords: KeySet
    /// Words that join parts of a name: "of", "de", "la", "&" …
    var connectors: KeySet
    /// The connectors a programme name ending in a head word may hold ("Frontier Grid Initiative").
    var programConnectors: KeySet
    /// Words the rules test tokens against, interned with the lexicons.
    var words: RuleWords

    static let connectorWords: Set<String> = ["of", "for", "de", "du", "des", "d'", "la", "le", "les", "l'", "the", "and", "&", "et", "on", "a", "à", "aux", "en", "pour", "sur", "para", "fur", "di", "del", "della", "do", "da", "dos", "das", "e", "y"]
    static let programConnectorWords: Set<String> = ["of", "for", "de", "du", "des", "d'", "la", "l'", "the", "and", "&"]

    init(_ lexicons: Lexicons, tokenizeAll: ([String]) -> [[Token]], vocabulary: inout Vocabulary) throws {
        let stop = try lexicons("first-names-stop").folded
        var firstNames = (try lexicons("first-names-en").folded)
            .union(try lexicons("first-names-fr").folded)
            .union(try lexicons("first-names-extra").folded)
            .subtracting(stop)
        let sentenceStarters = try lexicons("sentence-start-stop").folded
        let functionWords = try lexicons("function-words-fr").folded.union(try lexicons("function-words-en").folded)
        // "Les" and "Will" are first names too, but far more often something else.
        firstNames.subtract(sentenceStarters)
        firstNames.subtract(functionWords)
        self.firstNames = KeySet(firstNames, &vocabulary)
        self.sentenceStarters = KeySet(sentenceStarters, &vocabulary)
        self.functionWords = KeySet(functionWords, &vocabulary)
        titles = PhraseSet(try lexicons("person-titles-fr") + lexicons("person-titles-en"), tokenizeAll: tokenizeAll, vocabulary: &vocabulary)
        speechVerbs = PhraseSet(try lexicons("speech-verbs-fr") + lexicons("speech-verbs-en"), tokenizeAll: tokenizeAll, vocabulary: &vocabulary)
        particles = PhraseSet(try lexicons("surname-particles"), tokenizeAll: tokenizeAll, vocabulary: &vocabulary)
        legalForms = PhraseSet(try lexicons("org-legal-forms"), tokenizeAll: tokenizeAll, vocabulary: &vocabulary)
        designatorWords = KeySet(try lexicons("org-designator-words").folded, &vocabulary)
        orgDescriptors = PhraseSet(try lexicons("org-descriptors"), tokenizeAll: tokenizeAll, vocabulary: &vocabulary)
        orgRoles = PhraseSet(try lexicons("org-roles"), tokenizeAll: tokenizeAll, vocabulary: &vocabulary)
        orgPrefixHeads = PhraseSet(try lexicons("org-heads-prefix"), tokenizeAll: tokenizeAll, vocabulary: &vocabulary)
        orgSuffixHeads = KeySet(try lexicons("org-heads-suffix").folded, &vocabulary)
        programCues = PhraseSet(try lexicons("program-cues"), tokenizeAll: tokenizeAll, vocabulary: &vocabulary)
        programHeads = KeySet(try lexicons("program-heads-suffix").folded, &vocabulary)
        programPrefixHeads = PhraseSet(try lexicons("program-heads-prefix"), tokenizeAll: tokenizeAll, vocabulary: &vocabulary)
        places = PhraseSet(try lexicons("places"), tokenizeAll: tokenizeAll, vocabulary: &vocabulary)
        let nationalities = try lexicons("nationalities").folded
        genericModifiers = KeySet(try lexicons("org-generic-modifiers").folded.union(nationalities), &vocabulary)
        self.nationalities = KeySet(nationalities, &vocabulary)
        let monthsAndDays = try lexicons("months-days").folded
        dates = KeySet(monthsAndDays, &vocabulary)
        let notPersonNames = sentenceStarters
            .union(monthsAndDays)
            .union(nationalities)
        self.notPersonNames = KeySet(notPersonNames, &vocabulary)
        notNames = KeySet(notPersonNames.union(try lexicons("places").folded), &vocabulary)
        connectors = KeySet(Self.connectorWords, &vocabulary)
        programConnectors = KeySet(Self.programConnectorWords, &vocabulary)
        words = RuleWords(&vocabulary)
    }
}

/// Small fixed word sets the rules test at many tokens, as `KeySet`s.
struct RuleWords: Sendable {
    /// "administration Trump", "the Trump administration".
    var administrationHeads: KeySet
    /// Articles skipped before a name: "le Dr", "the president".
    var nameArticles: KeySet
    /// Capital elisions glued to a name: "N’Diaye", "D’Souza".
    var capitalElisions: KeySet
    /// Articles that are particles only when capitalized: "Le Bras", not "le Dr".
    var particleArticles: KeySet
    /// Lowercase cue words before a programme name.
    var namingCues: KeySet
    var weakCues: KeySet
    var trailingCues: KeySet
    /// Verbs that give a programme its name after a cue noun: "called", "baptisé".
    var namingVerbs: KeySet
    /// Where an organization name starts after its modifiers: "General Atomics and …".
    var modifierCuts: KeySet
    /// The same, with "of the", "de la": "Members of the House Committee".
    var modifierCutsWide: KeySet
    /// Words after which an organization's name goes on past its head: "Bank of New York".
    var headContinuations: KeySet
    /// French prepositions that join a complement to a head ("Agence nationale de la recherche").
    var frenchPrepositions: KeySet
    /// Prepositions that may join lowercase complements ("Institut de recherche sur les matériaux").
    var frenchLowercasePrepositions: KeySet

    init(_ vocabulary: inout Vocabulary) {
        administrationHeads = KeySet(["administration", "gouvernement", "government"], &vocabulary)
        nameArticles = KeySet(["le", "la", "the", "l'", "les"], &vocabulary)
        capitalElisions = KeySet(["n'", "d'", "l'"], &vocabulary)
        particleArticles = KeySet(["le", "la", "les", "l'"], &vocabulary)
        namingCues = KeySet(ProgramRecognizer.namingCues, &vocabulary)
        weakCues = KeySet(ProgramRecognizer.weakCues, &vocabulary)
        trailingCues = KeySet(ProgramRecognizer.trailingCues, &vocabulary)
        namingVerbs = KeySet(["called", "named", "dubbed", "codenamed", "baptise", "baptisee", "nomme", "nommee", "intitule", "intitulee",
                              "denomme", "denommee", "surnomme", "surnommee"], &vocabulary)
        modifierCuts = KeySet(["and", "et"], &vocabulary)
        modifierCutsWide = KeySet(["and", "et", "of", "the", "de", "la", "du", "des"], &vocabulary)
        headContinuations = KeySet(["of", "for", "on", "de", "du", "des", "d'", "para", "fur", "di", "del", "della", "do", "da", "dos", "das"], &vocabulary)
        frenchPrepositions = KeySet(["de", "du", "des", "d'"], &vocabulary)
        frenchLowercasePrepositions = KeySet(["sur", "pour", "en", "par", "contre"], &vocabulary)
    }
}
