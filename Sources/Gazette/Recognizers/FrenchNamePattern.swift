/// French names built as head + adjectives + de/du/des + complement, lowercase words
/// included: "Agence nationale de la recherche", "Département américain de l’Énergie",
/// "Stratégie canadienne sur la capacité de calcul souverain", and with a lowercase head
/// and a proper name after it, "laboratoire national de Los Alamos".
struct FrenchNamePattern {
    var heads: PhraseSet
    /// Whether a lowercase head word can open a name (organizations: yes; programmes: no).
    var lowercaseHeads: Bool
    var connectors: KeySet
    var prepositions: KeySet
    var lowercasePrepositions: KeySet
    /// When set, a capitalized head with adjectives ending in one of these, or in another
    /// adjective that is not a participle, is a name on its own: "Agence spatiale espagnole",
    /// "Conseil fédéral", "Institut royal météorologique".
    var nationalities: KeySet? = nil

    /// Token ranges of the names in a sentence of a French document.
    func matches(in sentence: Range<Int>, _ text: TextAnalysis) -> [Range<Int>] {
        guard text.language == .fr else { return [] }
        let tokens = text.tokens
        // Lowercase complements may also follow `lowercasePrepositions`: "Institut de recherche sur les matériaux avancés".
        var found: [Range<Int>] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            let head = heads.match(at: i, in: tokens, limit: sentence.upperBound)
            guard head > 0, tokens[i].kind == .word else { i += 1; continue }
            let capitalizedHead = tokens[i].shape == .capitalized
            // "le port de Brest" is where ships dock; "le Port de Brest" may be its authority.
            guard capitalizedHead || (lowercaseHeads && !Self.placeHeads.contains(tokens[i].key)) else { i += 1; continue }
            var k = skipAdjectives(from: i + head, text, sentence)
            var capitals = 0, lowercase = 0
            while k < sentence.upperBound {
                var p = k
                // "de l’Économie, du Commerce et de l’Industrie": an enumeration of capitalized complements.
                if capitals > 0, lowercase == 0, [",", "et"].contains(tokens[p].key), p + 1 < sentence.upperBound { p += 1 }
                if tokens[p].key == "et", p + 1 < sentence.upperBound, capitals > 0 { p += 1 }
                // "Office national de l’électricité et de l’eau potable": lowercase complements joined by "et de".
                let joined = lowercase > 0 && capitals == 0 && tokens[p].key == "et" && p + 1 < sentence.upperBound
                    && prepositions.contains(id: tokens[p + 1].id)
                if joined { p += 1 }
                let allowed = prepositions.contains(id: tokens[p].id) || (capitals == 0 && (lowercase > 0 || capitalizedHead) && lowercasePrepositions.contains(id: tokens[p].id))
                guard allowed else { break }
                var c = p + 1
                if c < sentence.upperBound, ["la", "l'", "le", "les"].contains(tokens[c].key) { c += 1 }
                guard c < sentence.upperBound, tokens[c].kind == .word, !tokens[c].lineBreakBefore else { break }
                if text.isCapitalizedWord(c) {
                    if !capitalizedHead, capitals + lowercase == 0 {
                        // A lowercase head names a body only with a proper name right after it
                        // ("laboratoire national de Los Alamos"), not before another organization
                        // ("les fonds de l’Agence …") or an acronym ("l’électricité d’EDF").
                        guard tokens[c].shape == .capitalized,
                              heads.match(at: c, in: tokens, limit: sentence.upperBound) == 0 else { break }
                    }
                    if p > k, lowercase > 0 { break }
                    var e = c + 1
                    while e < sentence.upperBound, text.isCapitalizedWord(e) || (tokens[e].key == "-" && text.isGlued(e - 1) && text.isCapitalizedWord(e + 1)) { e += 1 }
                    k = skipAdjectives(from: e, text, sentence)
                    capitals += 1
                } else {
                    guard capitalizedHead, p == k || joined, capitals == 0, !connectors.contains(id: tokens[c].id) else { break }
                    // "des hautes énergies": an adjective that comes before its noun.
                    if Self.preNominalAdjectives.contains(tokens[c].key), c + 1 < sentence.upperBound,
                       tokens[c + 1].kind == .word, tokens[c + 1].shape == .lower, !connectors.contains(id: tokens[c + 1].id) {
                        c += 1
                    }
                    // "… maritimes pour former l’Ifremer": "pour" and an infinitive is a purpose, not a complement.
                    if c == p + 1, tokens[p].key == "pour", Self.looksLikeInfinitive(tokens[c].key) { break }
                    k = skipAdjectives(from: c + 1, text, sentence)
                    lowercase += 1
                }
            }
            if capitals + lowercase > 0 || namesAlone(i + head..<k, capitalizedHead, text) {
                found.append(i..<k)
                i = k
            } else {
                i += 1
            }
        }
        return found
    }

    private func namesAlone(_ adjectives: Range<Int>, _ capitalizedHead: Bool, _ text: TextAnalysis) -> Bool {
        guard capitalizedHead, let nationalities, let last = adjectives.last else { return false }
        if nationalities.contains(id: text.tokens[last].id) { return true }
        // An adjective, not a participle: "Conseil fédéral", "Institut royal météorologique"; not "Conseil national annoncé".
        return Self.looksLikeAdjective(text.tokens[last].key) && !Self.isParticiple(text.text(of: text.tokens[last]))
    }

    /// Skips lowercase adjectives ("nationale", "américain", "avancés"), joined by "et".
    private func skipAdjectives(from start: Int, _ text: TextAnalysis, _ sentence: Range<Int>) -> Int {
        var k = start
        while k < sentence.upperBound {
            // "la Commission chargée du numérique": a role or a task, not part of the name.
            if Self.roleParticiples.contains(text.tokens[k].key) { break }
            if text.tokens[k].kind == .word, text.tokens[k].shape == .lower,
               Self.looksLikeAdjective(text.tokens[k].key) || nationalities?.contains(id: text.tokens[k].id) == true
                || Self.isParticiple(text.text(of: text.tokens[k])) { k += 1; continue }
            if text.tokens[k].key == "et", k + 1 < sentence.upperBound, text.tokens[k + 1].shape == .lower,
               Self.looksLikeAdjective(text.tokens[k + 1].key) { k += 2; continue }
            break
        }
        return k
    }

    /// French adjective endings, folded ("é" is "e"): enough to tell "nationale", "américain"
    /// and "avancées" from "finance" or "recherche", which end a name.
    static let adjectiveEndings = ["al", "ale", "aux", "ales", "ique", "iques", "ien", "ienne", "iens", "iennes",
                                   "ais", "aise", "aises", "ain", "aine", "ains", "aines", "een", "eenne", "eens",
                                   "if", "ive", "ifs", "ives", "el", "elle", "els", "elles", "aire", "aires",
                                   "ee", "ees", "ois", "oise", "ieur", "ieure", "ieurs", "ieures",
                                   "able", "ables", "ible", "ibles"]

    /// "avancés", "appliquée": a past participle, told by its written accent (folding loses it).
    static func isParticiple(_ word: String) -> Bool {
        word.count >= 4 && ["é", "ée", "és", "ées"].contains { word.hasSuffix($0) }
    }

    /// Heads that name a place when written in lowercase, folded.
    static let placeHeads: Set<String> = ["port", "aeroport", "gare"]

    /// Participles that describe what a body does, after its name: "chargée de", folded.
    static let roleParticiples: Set<String> = ["charge", "chargee", "charges", "chargees"]

    /// French adjectives written before their noun ("hautes énergies", "grandes écoles"), folded.
    static let preNominalAdjectives: Set<String> = ["haut", "haute", "hauts", "hautes", "grand", "grande", "grands", "grandes",
                                                    "petit", "petite", "petits", "petites", "nouveau", "nouvel", "nouvelle",
                                                    "nouveaux", "nouvelles", "jeune", "jeunes", "basse", "basses"]

    static func looksLikeInfinitive(_ key: String) -> Bool {
        key.count >= 4 && (key.hasSuffix("er") || key.hasSuffix("ir") || key.hasSuffix("re"))
    }

    static func looksLikeAdjective(_ key: String) -> Bool {
        guard key.count >= 4 else { return false }
        return adjectiveEndings.contains { key.hasSuffix($0) }
            // "hospitalier", "maritime", "public"; not "hier", which ends a sentence after a name.
            || key.count >= 6 && longAdjectiveEndings.contains { key.hasSuffix($0) }
    }

    /// Endings that short words share with adjectives: "hier", "prime".
    static let longAdjectiveEndings = ["ier", "iere", "iers", "ieres", "ime", "imes", "ic", "ics"]
}
