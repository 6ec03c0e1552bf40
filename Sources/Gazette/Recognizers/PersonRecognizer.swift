/// Finds people the lists do not know, from the shape of the text around a name:
/// a title or role before it ("M. Kevin Weil", "le président Emmanuel Macron"), a known
/// first name ("Lisa Su", "Jean-Pierre Le Bras", "John F. Kennedy"), a speech verb
/// ("a déclaré Jensen Huang", "said Lisa Su"), an apposition ("Kevin Weil, vice-président
/// de …"), an affiliation before a speech verb ("Declan Farrow of Bernstein noted") or a
/// byline at the top of an article. Titles stay outside the span.
struct PersonRecognizer: Recognizer {
    let lexicons: RuleLexicons
    var name: String { "person" }
    var types: Set<EntityType> { [.person] }

    func recognize(_ text: TextAnalysis) -> [Candidate] {
        var found: [Candidate] = []
        func add(_ tokens: Range<Int>, _ source: String, _ score: Double) {
            found.append(Candidate(type: .person, range: text.range(tokens), source: source, score: score))
        }
        let tokens = text.tokens
        for sentence in text.sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                defer { i += 1 }
                // Every rule below starts at a title, a speech verb, a capitalized word or an
                // "administration"; other tokens (most of them) are passed at once.
                let shape = tokens[i].shape, id = tokens[i].id
                guard shape == .capitalized || shape == .upper || lexicons.titles.canStart(id)
                        || lexicons.speechVerbs.canStart(id) || lexicons.words.administrationHeads.contains(id: id)
                        || isProfession(i, text) else { continue }
                let titleLength = titleLength(at: i, text, sentence)
                if titleLength > 0, let (chain, _) = name(after: i, text, sentence), !isPlace(chain, text) {
                    add(chain, "rule:person-title", 0.85)
                    i = chain.upperBound - 1
                    continue
                }
                let verbLength = lexicons.speechVerbs.match(at: i, in: tokens, limit: sentence.upperBound)
                if verbLength > 0, let (chain, titled) = name(after: i + verbLength, text, sentence), !isPlace(chain, text),
                   titled || !startsReportedClause(at: chain.upperBound, text, sentence) {
                    // A lone word after the verb is a name only when the clause ends there: "assure Wang."
                    let closes = chain.upperBound >= sentence.upperBound || [",", ".", ";", ":"].contains(tokens[chain.upperBound].key)
                    if chain.count >= 2 || titled || closes {
                        add(chain, "rule:person-speech", chain.count >= 2 || titled ? 0.8 : 0.7)
                        i = chain.upperBound - 1
                        continue
                    }
                }
                // "…," Koike said. / Kobayashi said the …: one name word right before a speech verb
                // (not a place: a capital speaking is its government, "Ottawa assure que …").
                if isName(i, text), !text.isCapitalizedWord(i - 1) || i == sentence.lowerBound,
                   i + 1 < sentence.upperBound, !text.isCapitalizedWord(i + 1),
                   lexicons.speechVerbs.match(at: i + 1, in: tokens, limit: sentence.upperBound) > 0,
                   !isParticiple(i + 1, text),
                   i == sentence.lowerBound || ["\"", ","].contains(tokens[i - 1].key) || text.startsSentence(i, in: sentence),
                   !lexicons.functionWords.contains(id: tokens[i].id), !isPlace(i..<(i + 1), text) {
                    add(i..<(i + 1), "rule:person-speech", 0.7)
                    continue
                }
                if let first = firstNameLength(at: i, text), let chain = chain(from: i + first, text, sentence, leadingElision: true),
                   chain.lowerBound == i + first, !isPlace(chain, text) {
                    add(i..<chain.upperBound, "rule:person-first-name", 0.85)
                    i = chain.upperBound - 1
                    continue
                }
                if let chain = affiliatedSpeaker(at: i, text, sentence) {
                    add(chain, "rule:person-affiliation", 0.75)
                    i = chain.upperBound - 1
                    continue
                }
                if let names = administration(at: i, text, sentence) {
                    for name in names { add(name, "rule:person-administration", 0.8) }
                }
            }
            apposition(sentence, text, add)
        }
        for byline in bylines(text) { add(byline, "rule:person-byline", 0.8) }
        return found
    }

    /// A name after position `start`, past articles and titles ("le Dr", "Executive
    /// Vice-President"); whether a title was crossed.
    func name(after start: Int, _ text: TextAnalysis, _ sentence: Range<Int>) -> (Range<Int>, Bool)? {
        var k = start
        var titled = false, honorific = false, nationality = false
        for _ in 0..<4 {
            if k < sentence.upperBound, lexicons.words.nameArticles.contains(id: text.tokens[k].id), text.tokens[k].shape == .lower {
                k += 1
            }
            let title = titleLength(at: k, text, sentence)
            guard title > 0 else { break }
            // "M. de La Roche", "Mme de Vries": after an abbreviated honorific, a name may open
            // with a particle; not after a role in capitals ("le PDG de Tallwick").
            honorific = text.tokens[k + title - 1].key == "."
                || (text.tokens[k].end - text.tokens[k].start <= 3 && text.tokens[k].shape != .upper)
            titled = true
            k += title
            // "la rapporteure néerlandaise Lotte van Dijk", "le chercheur américain …": a nationality
            // after the title, then a name of two words or more ("le chimiste belge Solvay" is a company).
            if k < sentence.upperBound, text.tokens[k].shape == .lower, lexicons.nationalities.contains(id: text.tokens[k].id) {
                k += 1
                nationality = true
            }
        }
        guard let chain = chain(from: k, text, sentence, leadingParticle: honorific, leadingElision: honorific),
              !nationality || chain.count >= 2 else { return nil }
        // "Parliamentary State Secretary Henrike Oldenburg": words that qualify a title read as a
        // name's start; the name begins after the title, when no first name comes before it.
        var p = chain.lowerBound + 1
        while p + 1 < chain.upperBound, firstNameLength(at: p - 1, text) == nil {
            let title = lexicons.titles.match(at: p, in: text.tokens, limit: chain.upperBound)
            if title > 0, p + title < chain.upperBound, let rest = self.chain(from: p + title, text, sentence, leadingParticle: false),
               rest.upperBound == chain.upperBound {
                return (rest, true)
            }
            p += 1
        }
        return (chain, titled)
    }

    /// "said Orbital Forge had won": a verb right after the words that follow a speech verb
    /// makes them the subject of what was said, not the speaker (English).
    private func startsReportedClause(at k: Int, _ text: TextAnalysis, _ sentence: Range<Int>) -> Bool {
        text.language == .en && k < sentence.upperBound && Self.finiteVerbs.contains(text.tokens[k].key)
    }

    static let finiteVerbs: Set<String> = ["had", "has", "have", "was", "were", "is", "are", "would", "will", "could",
                                           "should", "might", "may", "must", "did", "does", "can"]

    /// The tokens of a title at `i`: a listed one, or a profession told by its ending.
    private func titleLength(at i: Int, _ text: TextAnalysis, _ sentence: Range<Int>) -> Int {
        let listed = lexicons.titles.match(at: i, in: text.tokens, limit: sentence.upperBound)
        return listed > 0 ? listed : (i < sentence.upperBound && isProfession(i, text) ? 1 : 0)
    }

    /// "l’hydrologue Olumide Adebayo", "oceanographer Ines Varga", "la mathématicienne …": a
    /// profession no list has, told by an ending only professions have, before a capitalized word.
    @inline(__always)
    private func isProfession(_ i: Int, _ text: TextAnalysis) -> Bool {
        // (Most tokens fail the first tests, read in place.)
        guard text.tokens[i].end - text.tokens[i].start >= 7, text.tokens[i].shape == .lower, text.tokens[i].kind == .word,
              text.isCapitalizedWord(i + 1) else { return false }
        return Self.isProfessionWord(text.tokens[i].key)
    }

    /// A folded word with a profession's ending ("climatologue", "physicist").
    static func isProfessionWord(_ key: String) -> Bool {
        key.count >= 7 && professionEndings.contains { key.hasSuffix($0) } && !notProfessions.contains(key)
    }

    /// Endings of the sciences' practitioners: climatologue, hydrologist, physicien, statistician,
    /// océanographe, oceanographer, astronome, agronomist.
    static let professionEndings = ["ologue", "ologues", "ologist", "ologists", "icien", "icienne", "iciens", "iciennes",
                                    "ician", "icians", "icist", "icists", "ographe", "ographer", "ographers", "onome", "onomist"]
    /// Words with those endings that are not people.
    static let notProfessions: Set<String> = ["prologue", "monologue", "autonome", "autonomist"]

    /// "Declan Farrow of Bernstein noted", "Ines Kowal of the Union of Concerned Scientists
    /// said": two or more name words, "of", an organization's capitalized name, then a speech
    /// verb. (English news introduces analysts this way; the organization is left to the
    /// affiliation linker.)
    private func affiliatedSpeaker(at i: Int, _ text: TextAnalysis, _ sentence: Range<Int>) -> Range<Int>? {
        let tokens = text.tokens
        guard text.language == .en, text.tokens[i].shape == .capitalized,
              !lexicons.functionWords.contains(id: tokens[i].id),
              i == sentence.lowerBound || !text.isCapitalizedWord(i - 1),
              let chain = chain(from: i, text, sentence, leadingParticle: false), chain.count >= 2,
              chain.upperBound + 2 < sentence.upperBound, tokens[chain.upperBound].key == "of",
              !isPlace(chain, text) else { return nil }
        var k = chain.upperBound + 1
        if tokens[k].key == "the" { k += 1 }
        // The organization: capitalized words, with "of", "for", "and", "&" between them.
        var words = 0
        while k < sentence.upperBound, words < 8 {
            if text.isCapitalizedWord(k) {
                words += 1
                k += 1
            } else if words > 0, ["of", "for", "and", "&"].contains(tokens[k].key), k + 1 < sentence.upperBound,
                      text.isCapitalizedWord(k + 1) {
                k += 1
            } else {
                break
            }
        }
        guard words > 0, lexicons.speechVerbs.match(at: k, in: tokens, limit: sentence.upperBound) > 0 else { return nil }
        return chain
    }

    /// "the Trump administration", "Biden-Harris Administration", "l’administration Trump".
    private func administration(at i: Int, _ text: TextAnalysis, _ sentence: Range<Int>) -> [Range<Int>]? {
        let tokens = text.tokens
        let heads = lexicons.words.administrationHeads
        if heads.contains(id: tokens[i].id), tokens[i].shape == .lower, text.language == .fr,
           i + 1 < sentence.upperBound, isName(i + 1, text), !lexicons.notNames.contains(id: tokens[i + 1].id),
           i + 2 >= sentence.upperBound || !text.isCapitalizedWord(i + 2) {
            return [(i + 1)..<(i + 2)]
        }
        guard isName(i, text), !lexicons.notNames.contains(id: tokens[i].id),
              i == sentence.lowerBound || !text.isCapitalizedWord(i - 1) || lexicons.sentenceStarters.contains(id: tokens[i - 1].id) else { return nil }
        var names = [i..<(i + 1)]
        var k = i + 1
        if k + 1 < sentence.upperBound, tokens[k].key == "-", text.isGlued(k - 1), text.isGlued(k), isName(k + 1, text) {
            names.append((k + 1)..<(k + 2))
            k += 2
        }
        guard k < sentence.upperBound, heads.contains(id: tokens[k].id) else { return nil }
        return names
    }

    /// The length in tokens of a known first name at `i` ("Kevin", "Jean-Pierre"), or nil.
    func firstNameLength(at i: Int, _ text: TextAnalysis) -> Int? {
        guard text.isCapitalizedWord(i), text.tokens[i].shape == .capitalized else { return nil }
        let tokens = text.tokens
        if i + 2 < tokens.count, tokens[i + 1].key == "-", text.isGlued(i), text.isGlued(i + 1),
           lexicons.firstNames.contains(tokens[i].key + "-" + tokens[i + 2].key)
            // "Marie-Hélène", "Anne-Sophie": two first names joined make one, listed or not.
            || (tokens[i + 2].shape == .capitalized && lexicons.firstNames.contains(id: tokens[i].id)
                && lexicons.firstNames.contains(id: tokens[i + 2].id)) {
            return 3
        }
        return lexicons.firstNames.contains(id: tokens[i].id) ? 1 : nil
    }

    /// The name tokens starting at `start`: capitalized words, initials, particles between
    /// them and hyphenated parts; nil when there is no capitalized word.
    func chain(from start: Int, _ text: TextAnalysis, _ sentence: Range<Int>, leadingParticle: Bool = true,
               leadingElision: Bool = false) -> Range<Int>? {
        let tokens = text.tokens
        var k = start, names = 0
        while k < sentence.upperBound, names < 5 {
            if k > start, tokens[k].lineBreakBefore { break }
            if text.isInitial(k) {
                k += 2
                // "J.-C. Moreau": initials of a hyphenated first name.
                if k + 2 < sentence.upperBound, text.tokens[k].key == "-", text.isGlued(k - 1), text.isGlued(k), text.isInitial(k + 1) {
                    k += 1
                }
                continue
            }
            // "N’Diaye", "D’Souza": a capital elision glued to the rest of the name.
            // "Marie d’Aubigny": a lowercase "d’" opens the surname only right after a first
            // name ("le PDG d’OpenAI", "Sam Weil d’OpenAI": a role or a name, then a company).
            if lexicons.words.capitalElisions.contains(id: tokens[k].id), text.isGlued(k), isName(k + 1, text),
               tokens[k].shape == .capitalized || (k == start && leadingElision && tokens[k].key == "d'") {
                k += 1
                continue
            }
            let particle = lexicons.particles.match(at: k, in: tokens, limit: sentence.upperBound)
            // Articles are particles only when written with a capital ("Le Bras", not "le Dr").
            let article = lexicons.words.particleArticles.contains(id: tokens[k].id) && tokens[k].shape != .capitalized
            if particle > 0, !article, k > start || leadingParticle, isName(k + particle, text) {
                k += particle
                continue
            }
            // "Jordi Puigvert i Sala": Catalan joins two surnames with "i" (never a first name after it).
            if names >= 1, tokens[k].key == "i", tokens[k].shape == .lower, isName(k + 1, text), !isFirstName(k + 1, text) {
                k += 1
                continue
            }
            guard isName(k, text) else { break }
            names += 1
            k += 1
            // "Pieter-Jan": after a hyphen, a first name is a name even where it is also a month.
            while k + 1 < sentence.upperBound, tokens[k].key == "-", text.isGlued(k - 1), text.isGlued(k),
                  isName(k + 1, text) || isFirstName(k + 1, text) {
                k += 2
            }
            if k + 1 < sentence.upperBound, isSecondSyllable(k + 1, of: k - 1, text) { k += 2 }
            // "Thi Mai Nguyen": a first name that is also a month, inside a name.
            if k + 1 < sentence.upperBound, isFirstName(k, text), !isName(k, text), isName(k + 1, text) {
                k += 1
                names += 1
            }
        }
        // A chain never ends on an initial's period alone or a particle.
        guard names > 0 else { return nil }
        return start..<k
    }

    /// "Lee Jae-myung", "Kim Seo-yeon": a romanized Korean given name writes its second
    /// syllable in lowercase after a hyphen. Only after a surname, a short syllable after a
    /// short one, and not an English compound ("Musk-led", "Bush-era").
    private func isSecondSyllable(_ k: Int, of name: Int, _ text: TextAnalysis) -> Bool {
        let tokens = text.tokens
        guard k < tokens.count, tokens[k].shape == .lower, tokens[k].kind == .word, tokens[k - 1].kind == .punctuation,
              tokens[k - 1].key == "-", text.isGlued(k - 2), text.isGlued(k - 1),
              (2...5).contains(tokens[k].end - tokens[k].start), (2...4).contains(tokens[name].end - tokens[name].start),
              !Self.compoundSuffixes.contains(tokens[k].key),
              name > 0, tokens[name].spaceBefore, text.isCapitalizedWord(name - 1) else { return false }
        return !text.isGlued(k) || (tokens[k + 1].kind == .punctuation && tokens[k + 1].key != "-")
    }

    /// Second parts of English compounds made on a name.
    static let compoundSuffixes: Set<String> = ["led", "run", "era", "born", "based", "style", "like", "made", "owned", "backed",
                                                "esque", "ish", "type", "free", "wide", "sized", "size", "linked", "aligned"]

    /// A capitalized known first name, whatever else the word may be ("Jan", "Mai", "June").
    private func isFirstName(_ i: Int, _ text: TextAnalysis) -> Bool {
        text.tokens[i].shape == .capitalized && lexicons.firstNames.contains(id: text.tokens[i].id) && text.isCapitalizedWord(i)
    }

    /// A token that can be part of a person's name.
    /// Places are allowed: many are surnames too ("Jackson", "Upton"); designator words as
    /// well ("Samantha Power"). A whole chain that is a place is rejected by the callers.
    func isName(_ i: Int, _ text: TextAnalysis) -> Bool {
        guard text.isCapitalizedWord(i) else { return false }
        let id = text.tokens[i].id
        return !lexicons.notPersonNames.contains(id: id) && !lexicons.orgSuffixHeads.contains(id: id)
            && !lexicons.programHeads.contains(id: id) && text.tokens[i].shape != .upper
    }

    /// A French past participle ("estimé", "déclarée"): keys drop the accent, so "Coût estimé"
    /// would read as "Coût estime"; a participle alone never follows its speaker.
    private func isParticiple(_ i: Int, _ text: TextAnalysis) -> Bool {
        guard text.language == .fr else { return false }
        var end = Int(text.tokens[i].end)
        let start = Int(text.tokens[i].start)
        while end > start, text.utf16[end - 1] == 0x73 || text.utf16[end - 1] == 0x65 { end -= 1 }  // -s, -e
        return end > start && (text.utf16[end - 1] == 0xE9 || text.utf16[end - 1] == 0xC9)       // é, É
    }

    private func isPlace(_ chain: Range<Int>, _ text: TextAnalysis) -> Bool {
        lexicons.places.match(at: chain.lowerBound, in: text.tokens, limit: chain.upperBound) == chain.count
    }

    /// "Kevin Weil, vice-président de …": two or more name words, a comma, then a title;
    /// "Farhan Qureshi, a policy researcher", "…, who studies"; and the role first:
    /// "Its chief executive, Folasade van Wyk, said".
    private func apposition(_ sentence: Range<Int>, _ text: TextAnalysis, _ add: (Range<Int>, String, Double) -> Void) {
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            let title = lexicons.titles.match(at: i, in: text.tokens, limit: sentence.upperBound)
            // A chain starts at a capitalized word or a particle: other tokens are passed at once.
            let k = i + title
            guard k < sentence.upperBound, text.tokens[k].shape == .capitalized || text.tokens[k].shape == .upper
                    || lexicons.particles.canStart(text.tokens[k].id) else { i += 1; continue }
            guard let chain = chain(from: k, text, sentence), chain.count >= 2 else { i += 1; continue }
            let comma = chain.upperBound
            if comma + 1 < sentence.upperBound, text.tokens[comma].key == ",",
               lexicons.titles.match(at: comma + 1, in: text.tokens, limit: sentence.upperBound) > 0
                || (comma + 2 < sentence.upperBound && ["le", "la", "the", "l'"].contains(text.tokens[comma + 1].key)
                    && lexicons.titles.match(at: comma + 2, in: text.tokens, limit: sentence.upperBound) > 0) {
                add(chain, "rule:person-apposition", 0.8)
            } else if comma + 1 < sentence.upperBound, text.tokens[comma].key == ",",
                      (text.language == .en ? ["a", "an", "who", "aged"] : ["qui", "un", "une", "chez"])
                        .contains(text.tokens[comma + 1].key),
                      text.tokens[comma + 1].shape == .lower, !isPlace(chain, text) {
                add(chain, "rule:person-apposition", 0.75)
            } else if chain.lowerBound >= 2, text.tokens[chain.lowerBound - 1].key == ",",
                      lexicons.titles.match(endingAt: chain.lowerBound - 1, in: text.tokens, floor: sentence.lowerBound) > 0,
                      comma < sentence.upperBound, text.tokens[comma].key == "," {
                add(chain, "rule:person-apposition", 0.8)
            } else if chain.lowerBound >= 2, text.tokens[chain.lowerBound - 1].key == ",", comma < sentence.upperBound,
                      text.tokens[comma].key == ",", titleOpens(before: chain.lowerBound - 1, text, sentence), !isPlace(chain, text) {
                // "Le ministre tunisien de l’Enseignement supérieur, Moncef Boukthir, a …": the
                // title and its complement, a comma, the name between commas.
                add(chain, "rule:person-apposition", 0.75)
            }
            i = chain.upperBound
        }
    }

    /// Whether a title starts the words before the comma at `comma`, within eight words and
    /// with no comma between: "Le ministre tunisien de l’Enseignement supérieur,".
    private func titleOpens(before comma: Int, _ text: TextAnalysis, _ sentence: Range<Int>) -> Bool {
        var j = comma - 1
        while j >= max(sentence.lowerBound, comma - 8) {
            if text.tokens[j].kind == .punctuation, text.tokens[j].key == "," { return false }
            // The title opens its phrase: the sentence's start, an article or a possessive before it
            // ("deputy director": the words before "director" may be the title's own).
            if lexicons.titles.match(at: j, in: text.tokens, limit: comma) > 0,
               j == sentence.lowerBound || lexicons.words.nameArticles.contains(id: text.tokens[j - 1].id)
                || ["'s", "its", "his", "her", "their", "son", "sa", "ses", "leur"].contains(text.tokens[j - 1].key)
                || text.startsSentence(j, in: sentence) {
                return true
            }
            j -= 1
        }
        return false
    }

    /// Bylines: a first line that is only a name of two to four words, the first a known first
    /// name ("Caroline Bishop", "By Jane Doe"); and any line that is "By" or "Par" and such a
    /// name, known or not ("By Aoife Gallagher"): the word before says what it is.
    private func bylines(_ text: TextAnalysis) -> [Range<Int>] {
        let tokens = text.tokens
        var found: [Range<Int>] = []
        var start = 0
        while start < tokens.count {
            var end = start + 1
            while end < tokens.count, !tokens[end].lineBreakBefore { end += 1 }
            let by = tokens[start].shape == .capitalized && ["by", "par"].contains(tokens[start].key)
            // "By Aoife Gallagher, Telecoms Correspondent": a role after a comma is not the name.
            let comma = by ? (start..<end).first { tokens[$0].key == "," } : nil
            let names = (by ? start + 1 : start)..<(comma ?? end)
            if by || start == 0, (2...4).contains(names.count), by || firstNameLength(at: names.lowerBound, text) != nil,
               chain(from: names.lowerBound, text, names) == names, !isPlace(names, text),
               !names.contains(where: { lexicons.designatorWords.contains(id: tokens[$0].id) || lexicons.legalForms.canStart(tokens[$0].id) }) {
                found.append(names)
            }
            start = end
        }
        return found
    }
}
