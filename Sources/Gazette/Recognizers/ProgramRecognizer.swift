/// Finds named programmes, missions, initiatives and projects: a name in quotes after a
/// cue word (le programme « Cap Fusion 2035 »), a quoted name that carries its own head
/// word (la « Mission Genesis »), capitalized words ending in a head word ("Frontier Grid
/// Initiative", "Exascale Computing Project"), a capitalized head before a name ("Mission
/// Aurora", "Project Halcyon"), and a lowercase cue before capitalized words (l’initiative
/// Horizon Quantique → "Horizon Quantique"). Quotes and lowercase cue words stay outside.
struct ProgramRecognizer: Recognizer {
    let lexicons: RuleLexicons
    var name: String { "program" }
    var types: Set<EntityType> { [.program] }

    static let openingQuotes: Set<String> = ["\""]  // « » “ ” " all fold to "
    /// Cue words that introduce an unquoted capitalized programme name.
    static let namingCues: Set<String> = ["programme", "program", "mission", "initiative", "projet", "project", "challenge", "defi"]
    /// Cue words that name a programme only when the name ends in a year or number: "plan France 2030".
    static let weakCues: Set<String> = ["plan", "strategie", "strategy", "fonds", "fund", "appel", "call", "concours"]
    /// Cue words that name a programme after its name only: "the Open Skies Ecosystem competition".
    static let trailingCues: Set<String> = ["competition", "scheme"]

    func recognize(_ text: TextAnalysis) -> [Candidate] {
        var found: [Candidate] = []
        func add(_ tokens: Range<Int>, _ source: String, _ score: Double) {
            found.append(Candidate(type: .program, range: text.range(tokens), source: source, score: score))
        }
        for sentence in text.sentences {
            var runs = RunEnds()
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                defer { i += 1 }
                // Every rule below starts at a quote, a capitalized word or a lowercase cue word.
                let shape = text.tokens[i].shape
                guard shape == .capitalized || shape == .upper || text.tokens[i].key == "\""
                        || (shape == .lower && (lexicons.words.namingCues.contains(id: text.tokens[i].id)
                                                || lexicons.words.weakCues.contains(id: text.tokens[i].id)
                                                || lexicons.words.namingVerbs.contains(id: text.tokens[i].id))) else { continue }
                // A quoted name after a cue, or one whose first or last word is a head word.
                if text.tokens[i].key == "\"", let inner = quoted(from: i, text, sentence) {
                    // A cue before the quotes, or right after them: the "Industrial Leap" programme.
                    let cue = cueBefore(i, text, sentence)
                        || (inner.upperBound + 1 < sentence.upperBound && text.tokens[inner.upperBound + 1].shape == .lower
                            && lexicons.words.namingCues.contains(id: text.tokens[inner.upperBound + 1].id))
                    let head = lexicons.programHeads.contains(id: text.tokens[inner.lowerBound].id)
                        || lexicons.programHeads.contains(id: text.tokens[inner.upperBound - 1].id)
                    if cue || (head && inner.count >= 2) {
                        add(inner, "rule:program-quoted", cue ? 0.85 : 0.82)
                        i = inner.upperBound
                        continue
                    }
                }
                let tokens = text.tokens
                // A lowercase cue before capitalized words: "l’initiative Horizon Quantique", "le
                // projet européen Hexa-X" (one adjective between), "a program called K-Fabless 100".
                if tokens[i].shape == .lower, lexicons.words.namingCues.contains(id: tokens[i].id) || isNamingVerb(after: i, text, sentence) {
                    var first = i + 1
                    if first < sentence.upperBound, tokens[first].shape == .lower, lexicons.genericModifiers.contains(id: tokens[first].id) {
                        first += 1
                    }
                    if var name = capitalized(from: first, text, sentence, &runs) {
                        // "Puces pour l’Europe", "Chips for America": the beneficiary belongs to the name.
                        var k = name.upperBound
                        if k + 1 < sentence.upperBound, ["pour", "for"].contains(tokens[k].key) {
                            k += 1
                            if k + 1 < sentence.upperBound, tokens[k].shape == .lower, lexicons.words.nameArticles.contains(id: tokens[k].id) { k += 1 }
                            // (A place, often: "pour l’Europe".)
                            if text.isCapitalizedWord(k), !tokens[k].lineBreakBefore { name = name.lowerBound..<runs.end(from: k + 1, text, sentence) }
                        }
                        add(name, "rule:program-cue", 0.75)
                        i = name.upperBound - 1
                        continue
                    }
                }
                if tokens[i].shape == .lower, lexicons.words.weakCues.contains(id: tokens[i].id), let name = capitalized(from: i + 1, text, sentence, &runs),
                   tokens[name.upperBound - 1].kind == .number {
                    add(name, "rule:program-cue", 0.75)
                    i = name.upperBound - 1
                    continue
                }
                // A place and what it aims at: "son plan Normandie Hydrogène", "le plan Québec Numérique".
                if tokens[i].shape == .lower, lexicons.words.weakCues.contains(id: tokens[i].id), i + 2 < sentence.upperBound {
                    let place = lexicons.places.match(at: i + 1, in: tokens, limit: sentence.upperBound)
                    if place > 0, text.isCapitalizedWord(i + 1), let rest = capitalized(from: i + 1 + place, text, sentence, &runs),
                       rest.lowerBound == i + 1 + place, !tokens[rest.lowerBound].lineBreakBefore {
                        add((i + 1)..<rest.upperBound, "rule:program-cue", 0.75)
                        i = rest.upperBound - 1
                        continue
                    }
                }
                // Capitalized words before a lowercase cue: "the Artemis program", "Commercial Lunar
                // Payload Services (CLPS) initiative".
                if let name = nameBeforeCue(from: i, text, sentence, &runs),
                   i == sentence.lowerBound || !text.isCapitalizedWord(i - 1) || lexicons.sentenceStarters.contains(id: tokens[i - 1].id),
                   let cue = cueAfter(name.upperBound, text, sentence),
                   lexicons.words.namingCues.contains(id: tokens[cue].id) || lexicons.words.trailingCues.contains(id: tokens[cue].id),
                   !lexicons.sentenceStarters.contains(id: tokens[i].id) || !text.startsSentence(i, in: sentence) {
                    // The cue names what it is, so it outranks a designator guess ("… Services").
                    add(name, "rule:program-cue", 0.78)
                    i = name.upperBound - 1
                    continue
                }
                // A name dated by its target year: "Innovation Santé 2030", "Vision Numérique 2040".
                if i == sentence.lowerBound || !text.isCapitalizedWord(i - 1), !lexicons.sentenceStarters.contains(id: tokens[i].id),
                   let name = capitalized(from: i, text, sentence, &runs), (2...4).contains(name.count), isTargetYear(name.upperBound - 1, text) {
                    // "KI-Medizin 2030": hyphenated words before belong to the name.
                    var start = name.lowerBound
                    while start - 2 >= sentence.lowerBound, tokens[start - 1].key == "-", text.isGlued(start - 2), text.isGlued(start - 1),
                          text.isCapitalizedWord(start - 2) {
                        start -= 2
                    }
                    add(start..<name.upperBound, "rule:program-year", 0.75)
                    i = name.upperBound - 1
                    continue
                }
                // A capitalized head before a name: "Mission Aurora", "Project Halcyon".
                if tokens[i].shape == .capitalized, lexicons.words.namingCues.contains(id: tokens[i].id),
                   let name = capitalized(from: i + 1, text, sentence, &runs) {
                    add(i..<name.upperBound, "rule:program-head", 0.8)
                    i = name.upperBound - 1
                    continue
                }
                // … or before a number of two digits or more: "Mission 300", "Project 2061".
                if tokens[i].shape == .capitalized, lexicons.words.namingCues.contains(id: tokens[i].id), i + 1 < sentence.upperBound,
                   tokens[i + 1].kind == .number, !tokens[i + 1].lineBreakBefore, tokens[i + 1].end - tokens[i + 1].start >= 2,
                   text.utf16[Int(tokens[i + 1].start)..<Int(tokens[i + 1].end)].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                   i + 2 >= sentence.upperBound || !text.isCapitalizedWord(i + 2) {
                    add(i..<(i + 2), "rule:program-head", 0.8)
                    i += 1
                    continue
                }
            }
            found += appositives(sentence, text).map {
                Candidate(type: .program, range: text.range($0), source: "rule:program-cue", score: 0.75)
            }
            // Laws and acts are not programmes ("Projet de loi de finances").
            for name in frenchNames.matches(in: sentence, text) where name.count >= 2
                && !name.contains(where: { ["loi", "law", "act"].contains(text.tokens[$0].key) }) {
                add(name, "rule:program-head", 0.8)
            }
            // Capitalized words ending in a head word: "Frontier Grid Initiative" (not in headlines).
            let headline = text.isHeadline(sentence)
            for chain in NameChain.all(in: sentence, text, connectors: lexicons.programConnectors, dates: lexicons.dates) where !headline {
                var start = chain.tokens.lowerBound
                while start < chain.tokens.upperBound, lexicons.sentenceStarters.contains(id: text.tokens[start].id) { start += 1 }
                for first in (start + 1)..<max(start + 1, chain.tokens.upperBound) where lexicons.programHeads.contains(id: text.tokens[first].id) {
                    // "Critical Technologies Challenge Program": head words in a row end the name together.
                    var h = first
                    while h + 1 < chain.tokens.upperBound, lexicons.programHeads.contains(id: text.tokens[h + 1].id) { h += 1 }
                    // "NQM and the India Semiconductor Mission": "and the" starts a second name.
                    if let and = (start..<h).last(where: { ["and", "et"].contains(text.tokens[$0].key) && $0 + 1 < h && text.isArticle($0 + 1) }) {
                        start = and + 2
                    }
                    if start < h, !(start..<h).allSatisfy({ lexicons.genericModifiers.contains(id: text.tokens[$0].id) }) {
                        add(start..<(h + 1), "rule:program-head", 0.8)
                    }
                    break
                }
            }
        }
        return found
    }

    /// "Industriklivet, the “Industrial Leap” programme run by …", "Horizon Europe, le
    /// programme-cadre de l’UE": a capitalized name, a comma, an article, then within five words
    /// a cue noun saying it is a programme (not "the programme director").
    private func appositives(_ sentence: Range<Int>, _ text: TextAnalysis) -> [Range<Int>] {
        var found: [Range<Int>] = []
        let tokens = text.tokens
        // (Kinds and shapes first: most tokens are not a comma between a name and an article.)
        for comma in sentence where comma > sentence.lowerBound && comma + 2 < sentence.upperBound && tokens[comma].kind == .punctuation
                && tokens[comma + 1].shape == .lower && text.isCapitalizedWord(comma - 1) && tokens[comma].key == "," {
            guard OrganizationRecognizer.articles(text.language).contains(tokens[comma + 1].key) else { continue }
            var cue: Int?
            for j in (comma + 2)..<min(comma + 7, sentence.upperBound) {
                if tokens[j].key == "," || tokens[j].lineBreakBefore { break }
                if tokens[j].shape == .lower, lexicons.words.namingCues.contains(id: tokens[j].id) { cue = j; break }
            }
            guard let cue, cue + 1 < sentence.upperBound, lexicons.titles.match(at: cue + 1, in: tokens, limit: sentence.upperBound) == 0,
                  // "the lab's programme": the cue must not be someone's.
                  !(comma + 2..<cue).contains(where: { tokens[$0].key == "'s" }) else { continue }
            // Right after the article, the cue may open the next clause ("Selon X, le projet avance"):
            // then an adjective, a complement or the end of the apposition must follow it.
            if cue == comma + 2 {
                let next = tokens[cue + 1]
                let continues = next.kind == .punctuation ? next.key == "," || next.key == "."
                    : next.shape == .lower && (FrenchNamePattern.looksLikeAdjective(next.key) || lexicons.nationalities.contains(id: next.id)
                                               || ["de", "du", "des", "d'", "of", "for", "pour"].contains(next.key))
                guard continues else { continue }
            }
            guard let name = OrganizationRecognizer.capitalizedName(endingAt: comma, floor: sentence.lowerBound, text, lexicons),
                  // Not a person ("Mme Odile Varenne, le projet …").
                  !name.contains(where: { lexicons.titles.match(at: $0, in: tokens, limit: comma) > 0 || lexicons.firstNames.contains(id: tokens[$0].id) })
            else { continue }
            found.append(name)
        }
        return found
    }

    var frenchNames: FrenchNamePattern {
        FrenchNamePattern(heads: lexicons.programPrefixHeads, lowercaseHeads: false, connectors: lexicons.connectors,
                          prepositions: lexicons.words.frenchPrepositions,
                          lowercasePrepositions: lexicons.words.frenchLowercasePrepositions)
    }

    /// Capitalized words from `i`, joined by "of", "for", "and" … when the words after the
    /// connector lead to a cue ("the Frontier AI for Science program"); else the first run.
    private func nameBeforeCue(from i: Int, _ text: TextAnalysis, _ sentence: Range<Int>, _ runs: inout RunEnds) -> Range<Int>? {
        guard let first = capitalized(from: i, text, sentence, &runs), first.lowerBound == i else { return nil }
        var name = first
        while name.upperBound + 1 < sentence.upperBound, name.count < 8,
              lexicons.programConnectors.contains(id: text.tokens[name.upperBound].id), text.tokens[name.upperBound].shape == .lower,
              let more = capitalized(from: name.upperBound + 1, text, sentence, &runs) {
            name = i..<more.upperBound
            if let cue = cueAfter(name.upperBound, text, sentence), lexicons.words.namingCues.contains(id: text.tokens[cue].id) {
                return name
            }
        }
        return first
    }

    /// A year a plan can aim at, 2020 to 2070, written alone.
    private func isTargetYear(_ k: Int, _ text: TextAnalysis) -> Bool {
        let token = text.tokens[k]
        guard token.kind == .number, token.end - token.start == 4 else { return false }
        var year = 0
        for unit in text.utf16[Int(token.start)..<Int(token.end)] {
            guard unit >= 0x30, unit <= 0x39 else { return false }
            year = year * 10 + Int(unit - 0x30)
        }
        return (2020...2070).contains(year)
    }

    /// The index of a lowercase cue word right after `end`, past an acronym in parentheses.
    private func cueAfter(_ end: Int, _ text: TextAnalysis, _ sentence: Range<Int>) -> Int? {
        var k = end
        if k + 2 < sentence.upperBound, text.tokens[k].key == "(", AcronymLinker.isAcronym(text.tokens[k + 1]), text.tokens[k + 2].key == ")" {
            k += 3
        }
        guard k < sentence.upperBound, text.tokens[k].shape == .lower else { return nil }
        return k
    }

    /// Tokens strictly inside a pair of quotes opening at `open`, if short and starting with a capital.
    private func quoted(from open: Int, _ text: TextAnalysis, _ sentence: Range<Int>) -> Range<Int>? {
        var k = open + 1
        while k < sentence.upperBound, k - open <= 9, text.tokens[k].key != "\"" { k += 1 }
        guard k < sentence.upperBound, text.tokens[k].key == "\"", k > open + 1 else { return nil }
        guard text.isCapitalizedWord(open + 1) else { return nil }
        return (open + 1)..<k
    }

    /// Whether a programme cue word (with up to four lowercase words after it: "le projet
    /// national de satellite radar « … »") precedes position `i`.
    private func cueBefore(_ i: Int, _ text: TextAnalysis, _ sentence: Range<Int>) -> Bool {
        var end = i
        for _ in 0..<5 {
            if lexicons.programCues.match(endingAt: end, in: text.tokens, floor: sentence.lowerBound) > 0 { return true }
            guard end - 1 >= sentence.lowerBound, text.tokens[end - 1].shape == .lower else { return false }
            end -= 1
        }
        return false
    }

    /// A verb that gives a name ("called", "baptisé") at `i`, after a cue noun a few words
    /// before: "a program called …", "un fonds baptisé …" (not "a company called …").
    private func isNamingVerb(after i: Int, _ text: TextAnalysis, _ sentence: Range<Int>) -> Bool {
        guard lexicons.words.namingVerbs.contains(id: text.tokens[i].id) else { return false }
        return (max(sentence.lowerBound, i - 3)..<i).contains {
            lexicons.words.namingCues.contains(id: text.tokens[$0].id) || lexicons.words.weakCues.contains(id: text.tokens[$0].id)
        }
    }

    /// Capitalized words (and a trailing year or number, "France 2030") starting at `i`.
    private func capitalized(from i: Int, _ text: TextAnalysis, _ sentence: Range<Int>, _ runs: inout RunEnds) -> Range<Int>? {
        guard i < sentence.upperBound, text.isCapitalizedWord(i), !lexicons.notNames.contains(id: text.tokens[i].id) else { return nil }
        var k = runs.end(from: i + 1, text, sentence)
        if k < sentence.upperBound, text.tokens[k].kind == .number, !text.tokens[k].lineBreakBefore { k += 1 }
        return i..<k
    }
}

/// Where the capitalized words on one line that continue at a token stop. Every token of a
/// run stops at the same place, so the run is scanned once, not once per word (which made a
/// long run of capitalized words quadratic). One per sentence.
struct RunEnds {
    /// Every start in `lowerBound...upperBound` stops at `upperBound`.
    private var known: Range<Int>?

    mutating func end(from j: Int, _ text: TextAnalysis, _ sentence: Range<Int>) -> Int {
        if let known, known.lowerBound <= j, j <= known.upperBound { return known.upperBound }
        var k = j
        while k < sentence.upperBound, !text.tokens[k].lineBreakBefore {
            if text.isCapitalizedWord(k) {
                k += 1
            } else if k > 0, k + 1 < sentence.upperBound, text.tokens[k].key == "-", text.isGlued(k - 1), text.isGlued(k),
                      text.isCapitalizedWord(k + 1) || text.tokens[k + 1].kind == .number {
                // "Hexa-X-II", "K-Fabless": hyphenated parts of one name.
                k += 2
            } else {
                break
            }
        }
        known = j..<k
        return k
    }
}
