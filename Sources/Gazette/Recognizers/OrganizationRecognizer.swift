/// Finds organizations the lists do not know, from how organization names are built:
/// a legal form or designator after capitalized words ("Corvane Systems Inc.", "Quantalys
/// SAS"), a head word after them ("Argonne National Laboratory", "Energy Department") or
/// before a name ("University of North Dakota", "Université Paris-Saclay"), and the French
/// pattern head + adjectives + de/du/des + name, lowercase words included
/// ("Agence nationale de la recherche", "laboratoire national de Los Alamos").
struct OrganizationRecognizer: Recognizer {
    let lexicons: RuleLexicons
    var name: String { "org" }
    var types: Set<EntityType> { [.org] }
    var frenchNames: FrenchNamePattern {
        FrenchNamePattern(heads: lexicons.orgPrefixHeads, lowercaseHeads: true, connectors: lexicons.connectors,
                          prepositions: lexicons.words.frenchPrepositions,
                          lowercasePrepositions: lexicons.words.frenchLowercasePrepositions,
                          nationalities: lexicons.nationalities)
    }

    func recognize(_ text: TextAnalysis) -> [Candidate] {
        var found: [Candidate] = []
        for sentence in text.sentences {
            let headline = text.isHeadline(sentence)
            for chain in NameChain.all(in: sentence, text, connectors: lexicons.connectors, dates: lexicons.dates) {
                found += fromChain(chain.tokens, text, sentence).filter { !headline || $0.source == "rule:org-legal-form" }
            }
            found += descriptorNames(sentence, text)
            found += appositiveNames(sentence, text)
            found += roleHolders(sentence, text)
            found += employers(sentence, text)
            found += frenchNames.matches(in: sentence, text).map {
                Candidate(type: .org, range: text.range($0), source: "rule:org-head", score: 0.8)
            }
        }
        found.removeAll { text.isInsideCompound($0.range) }
        return found
    }

    private func candidate(_ tokens: Range<Int>, _ source: String, _ score: Double, _ text: TextAnalysis) -> Candidate {
        Candidate(type: .org, range: text.range(tokens), source: source, score: score)
    }

    /// Organizations inside one run of capitalized words; a run may hold several
    /// ("Argonne National Laboratory and Lawrence Livermore National Laboratory").
    private func fromChain(_ chain: Range<Int>, _ text: TextAnalysis, _ sentence: Range<Int>) -> [Candidate] {
        var found: [Candidate] = []
        var start = trimStart(chain, text, sentence)
        var i = start
        while i < chain.upperBound {
            let key = text.tokens[i].key
            let id = text.tokens[i].id
            // A legal form ends the name: "Inc.", "SAS", "GmbH".
            if i > start, text.isCapitalizedWord(i - 1) || text.tokens[i - 1].key == "&" {
                let legal = legalFormsLength(at: i, text, sentence)
                if legal > 0 {
                    start = cutModifiers(start, before: i, text, connectors: lexicons.words.modifierCuts)
                    found.append(candidate(start..<(i + legal), "rule:org-legal-form", 0.85, text))
                    (start, i) = next(after: i + legal, chain, text, sentence)
                    continue
                }
            }
            if i > start, lexicons.orgSuffixHeads.contains(id: id) || lexicons.designatorWords.contains(id: id) {
                let isHead = lexicons.orgSuffixHeads.contains(id: id)
                var (end, legal) = extendTail(from: i + 1, chain, text, sentence)
                // A designator word must end the name: "Research" in "European Research Executive Agency" does not.
                // Nor does any word before "&": "Fidelity Management & Research Company".
                if end < chain.upperBound, text.tokens[end].key == "&" || (!isHead && text.isCapitalizedWord(end)) { i += 1; continue }
                // "… Bank of New York", "… Institute for Grid Resilience": the name goes on after of/for
                // (not after a legal form: "Nordwind Diagnostics GmbH of Rostock").
                if !legal, end < chain.upperBound, lexicons.words.headContinuations.contains(id: text.tokens[end].id) {
                    let heads = i..<end  // "Committee", or "House Committee"
                    end = withEnumeration(nextBreak(from: end, chain, text), heads: heads, chain, text, sentence)
                }
                start = cutModifiers(start, before: i, text, connectors: lexicons.words.modifierCutsWide)
                // "the National Labs" is a category; "Swedish Energy Agency", "Norwegian School of
                // Economics" are names: more than one generic word before the end, or a complement.
                let category = i - start == 1 && end == i + 1 && isOnlyGenericModifiers(start..<i, text)
                if start < i, !looksLikePerson(start..<i, head: key, text), !category {
                    found.append(candidate(start..<end, isHead ? "rule:org-head" : "rule:org-designator", isHead ? 0.8 : 0.75, text))
                }
                (start, i) = next(after: end, chain, text, sentence)
                continue
            }
            let prefix = lexicons.orgPrefixHeads.match(at: i, in: text.tokens, limit: chain.upperBound)
            // "Commission President Ursula von der Leyen", "Council President Marcin Dąbrowski": a
            // title after the head makes it the person's, not the start of a name.
            if prefix > 0, i + prefix < chain.upperBound, text.tokens[i].shape == .capitalized,
               lexicons.titles.match(at: i + prefix, in: text.tokens, limit: chain.upperBound) == 0 {
                let end = nextBreak(from: i + prefix, chain, text)
                // "Commission Nationale": a head with only generic words after it is no name; after
                // "of" or "for" they are one ("Ministry of Science", "Office for Information Security").
                let continued = lexicons.words.headContinuations.contains(id: text.tokens[i + prefix].id)
                let named = (i + prefix..<end).contains {
                    text.isCapitalizedWord($0) && (continued || !lexicons.genericModifiers.contains(id: text.tokens[$0].id))
                }
                if end > i + prefix, named {
                    start = cutModifiers(start, before: i, text, connectors: lexicons.words.modifierCutsWide)
                    var last = withEnumeration(end, heads: i..<(i + prefix), chain, text, sentence)
                    // "Deutsches Zentrum für … Erkrankungen e.V.": a legal form after the name is its own.
                    if last < sentence.upperBound, !lexicons.functionWords.contains(id: text.tokens[last].id) {
                        last += legalFormsLength(at: last, text, sentence)
                    }
                    found.append(candidate(start..<last, "rule:org-head", 0.8, text))
                    (start, i) = next(after: last, chain, text, sentence)
                    continue
                }
            }
            i += 1
        }
        // "Orvalis plc", "Tarnwick s.r.o.": a legal form in lowercase right after the run ends it.
        if start < chain.upperBound, text.tokens[chain.upperBound - 1].kind == .word || text.tokens[chain.upperBound - 1].key == "." {
            let legal = legalFormsLength(at: chain.upperBound, text, sentence)
            // Abbreviations only ("s.r.o.", "sp. z o.o.") and "plc": not "company", not the French "se".
            if legal > 0, text.tokens[chain.upperBound].key == "plc"
                || (chain.upperBound..<(chain.upperBound + legal)).contains(where: { text.tokens[$0].key == "." }) {
                start = cutModifiers(start, before: chain.upperBound, text, connectors: lexicons.words.modifierCuts)
                if start < chain.upperBound { found.append(candidate(start..<(chain.upperBound + legal), "rule:org-legal-form", 0.85, text)) }
            }
        }
        return found
    }

    /// "le constructeur Stellantis", "la start-up rennaise Nanolumen", "equipment maker Tokyo
    /// Electron": the capitalized name after a noun saying what kind of organization it is.
    private func descriptorNames(_ sentence: Range<Int>, _ text: TextAnalysis) -> [Candidate] {
        var found: [Candidate] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            let n = lexicons.orgDescriptors.match(at: i, in: text.tokens, limit: sentence.upperBound)
            guard n > 0, text.tokens[i].shape == .lower else { i += 1; continue }
            var k = i + n
            // Up to three lowercase words between: "pharmaceutique suisse", "de cellules".
            var skipped = 0
            while k < sentence.upperBound, skipped < 3, text.tokens[k].kind == .word, text.tokens[k].shape == .lower,
                  !lexicons.functionWords.contains(text.tokens[k].key) || ["de", "d'"].contains(text.tokens[k].key) {
                k += 1
                skipped += 1
            }
            // "une start-up de Wrocław": "de" right before the name says where from, or whose.
            let from = skipped > 0 && ["de", "d'"].contains(text.tokens[k - 1].key)
            if !from, let name = Self.capitalizedName(from: k, text, lexicons) {
                // "la start-up Nordika Climat inc.": a legal form, whatever its case, ends the name.
                let end = name.upperBound + legalFormsLength(at: name.upperBound, text, sentence)
                found.append(candidate(name.lowerBound..<end, "rule:org-descriptor", 0.7, text))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// "Senelec, the national utility", "Swisscom, l’opérateur historique", "Rapidus, a
    /// government-backed chipmaker": a capitalized name, a comma, an article, then a noun saying
    /// what kind of organization it is within four words. Nouns a person can be too
    /// ("investor", "spécialiste") do not count.
    private func appositiveNames(_ sentence: Range<Int>, _ text: TextAnalysis) -> [Candidate] {
        var found: [Candidate] = []
        let tokens = text.tokens
        for comma in sentence where tokens[comma].kind == .punctuation && comma > sentence.lowerBound && text.isCapitalizedWord(comma - 1) && tokens[comma].key == "," {
            var k = comma + 1
            guard k < sentence.upperBound, Self.articles(text.language).contains(tokens[k].key) else { continue }
            k += 1
            var descriptor = false
            for j in k..<min(k + 4, sentence.upperBound) {
                // "le PDG du groupe": a noun and its complement come first; the descriptor is not the head.
                if tokens[j].key == "," || tokens[j].kind == .number || lexicons.words.headContinuations.contains(id: tokens[j].id) { break }
                let n = lexicons.orgDescriptors.match(at: j, in: tokens, limit: sentence.upperBound)
                // The noun must be the head: not "the lab's AI supercomputer", "a lab-wide initiative".
                if n > 0, tokens[j].shape == .lower, !Self.personNouns.contains(tokens[j].key),
                   j + n >= sentence.upperBound || (tokens[j + n].key != "'s" && !(tokens[j + n].key == "-" && text.isGlued(j + n - 1))) {
                    descriptor = true
                    break
                }
            }
            guard descriptor else { continue }
            guard let name = Self.capitalizedName(endingAt: comma, floor: sentence.lowerBound, text, lexicons) else { continue }
            found.append(candidate(name, "rule:org-apposition", 0.8, text))
        }
        return found
    }

    /// "chief executive of Tallwick", "le PDG d’Orvane", "Cobalt Harbor chief executive Rohan
    /// Mehta", "Tallwick’s founder": the capitalized name a role (`org-roles`) belongs to — after
    /// the role and "of"/"de", or right before it (then a person's name or a possessive).
    private func roleHolders(_ sentence: Range<Int>, _ text: TextAnalysis) -> [Candidate] {
        var found: [Candidate] = []
        let tokens = text.tokens
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard lexicons.orgRoles.canStart(tokens[i].id) else { i += 1; continue }
            let n = lexicons.orgRoles.match(at: i, in: tokens, limit: sentence.upperBound)
            guard n > 0, tokens[i].shape == .lower || tokens[i].shape == .upper else { i += 1; continue }
            // After: "of" (or "of the"), "de", "d’".
            var k = i + n
            if k < sentence.upperBound, ["of", "de", "d'"].contains(tokens[k].key) {
                k += 1
                if k < sentence.upperBound, tokens[k].key == "the" { k += 1 }
                if let name = Self.capitalizedName(from: k, text, lexicons), !lexicons.sentenceStarters.contains(id: tokens[k].id) {
                    found.append(candidate(name, "rule:org-role", 0.7, text))
                }
            } else if text.language == .en, i > sentence.lowerBound {
                // Before: the name, or the name and "'s".
                var end = i
                let possessive = end - 1 > sentence.lowerBound && tokens[end - 1].key == "'s" && text.isGlued(end - 2)
                if possessive { end -= 1 }
                let person = !possessive && k < sentence.upperBound && text.isCapitalizedWord(k)
                if possessive || person, let name = Self.capitalizedName(endingAt: end, floor: sentence.lowerBound, text, lexicons) {
                    found.append(candidate(name, "rule:org-role", 0.7, text))
                }
            }
            i += n
        }
        return found
    }

    /// "the Hopkins geneticist", "the UND engineer who will direct …": capitalized words between
    /// "the" and a scientist's or an engineer's job name are where the person works (English).
    private func employers(_ sentence: Range<Int>, _ text: TextAnalysis) -> [Candidate] {
        guard text.language == .en else { return [] }
        var found: [Candidate] = []
        let tokens = text.tokens
        // (Every job named here has seven letters or more: lengths first, strings last.)
        for i in sentence where i > sentence.lowerBound + 1 && tokens[i].end - tokens[i].start >= 7 && tokens[i].shape == .lower
                && text.isCapitalizedWord(i - 1) {
            let key = tokens[i].key
            guard Self.jobNouns.contains(key) || PersonRecognizer.isProfessionWord(key) else { continue }
            var start = i - 1
            while start > sentence.lowerBound, i - start < 3, text.isCapitalizedWord(start - 1) { start -= 1 }
            guard start > sentence.lowerBound, tokens[start - 1].key == "the", tokens[start - 1].shape == .lower,
                  let name = Self.capitalizedName(from: start, text, lexicons), name.upperBound == i else { continue }
            found.append(candidate(name, "rule:org-role", 0.7, text))
        }
        return found
    }

    /// Jobs held at a lab, a university or a company, besides those told by their ending.
    static let jobNouns: Set<String> = ["engineer", "engineers", "researcher", "researchers", "scientist", "scientists",
                                        "economist", "economists", "analyst", "analysts", "chemist", "chemists"]

    /// The articles that open an apposition (", a chipmaker", ", l’opérateur"); the French "a"
    /// is a verb.
    static func articles(_ language: Language) -> Set<String> { language == .fr ? frenchArticles : englishArticles }
    private static let englishArticles: Set<String> = ["a", "an", "the"]
    private static let frenchArticles: Set<String> = ["le", "la", "l'", "un", "une"]

    /// Descriptor nouns that can name a person as well as an organization.
    static let personNouns: Set<String> = ["investor", "developer", "broker", "specialiste", "geant", "editeur", "chimiste",
                                           "siderurgiste", "fournisseur", "supplier", "provider"]

    /// One to four capitalized words that can name an organization: not a person's first
    /// name, a place alone, or a sentence-opening word.
    static func capitalizedName(from start: Int, _ text: TextAnalysis, _ lexicons: RuleLexicons) -> Range<Int>? {
        var k = start
        while k < text.tokens.count, k - start < 4, text.isCapitalizedWord(k), !text.tokens[k].lineBreakBefore || k == start {
            k += 1
            if k + 1 < text.tokens.count, text.tokens[k].key == "-", text.isGlued(k - 1), text.isGlued(k), text.isCapitalizedWord(k + 1) { k += 1 }
        }
        guard k > start else { return nil }
        let first = text.tokens[start].key
        if lexicons.firstNames.contains(first) || lexicons.notPersonNames.contains(first) { return nil }
        if lexicons.places.match(at: start, in: text.tokens, limit: k) == k - start { return nil }
        return start..<k
    }

    /// The one to four capitalized words right before token `end` (not before `floor`, on one
    /// line) that can name an organization, past words that open sentences: "Senelec" in
    /// "Senelec, the national utility".
    static func capitalizedName(endingAt end: Int, floor: Int, _ text: TextAnalysis, _ lexicons: RuleLexicons) -> Range<Int>? {
        var start = end
        while start > floor, end - start < 4, text.isCapitalizedWord(start - 1), !text.tokens[start].lineBreakBefore { start -= 1 }
        while start < end, lexicons.sentenceStarters.contains(id: text.tokens[start].id)
                || lexicons.functionWords.contains(id: text.tokens[start].id) || !text.isCapitalizedWord(start) {
            start += 1
        }
        guard start < end, let name = capitalizedName(from: start, text, lexicons), name.upperBound == end else { return nil }
        return name
    }

    /// The name starts after the last "and" (or "of the") before its head: "General Atomics
    /// and Commonwealth Fusion Systems", "Google DeepMind and Pennine Dexterity Ltd", "Members
    /// of the House Committee".
    private func cutModifiers(_ start: Int, before head: Int, _ text: TextAnalysis, connectors: KeySet) -> Int {
        var s = start
        if let cut = (start..<head).last(where: { connectors.contains(id: text.tokens[$0].id) }) { s = cut + 1 }
        while s < head, !text.isCapitalizedWord(s) { s += 1 }
        return s
    }

    /// Past a head or designator: more designators, legal forms and a trailing place
    /// ("Brightwater Capital Partners", "Corvane Systems Inc.", "Imperial College London",
    /// "Drägerwerk AG & Co. KGaA"); and whether a legal form ends it.
    private func extendTail(from start: Int, _ chain: Range<Int>, _ text: TextAnalysis, _ sentence: Range<Int>) -> (end: Int, legal: Bool) {
        var k = start
        while k < sentence.upperBound {
            let legal = legalFormsLength(at: k, text, sentence)
            if legal > 0, k <= chain.upperBound { return (k + legal, true) }
            guard k < chain.upperBound, text.isCapitalizedWord(k) else { break }
            if lexicons.designatorWords.contains(id: text.tokens[k].id) || lexicons.orgSuffixHeads.contains(id: text.tokens[k].id) { k += 1; continue }
            let place = lexicons.places.match(at: k, in: text.tokens, limit: chain.upperBound)
            if place > 0, k + place == chain.upperBound || !text.isCapitalizedWord(k + place) { k += place; continue }
            break
        }
        return (k, false)
    }

    /// "Biden-Harris Administration", "Trump Administration": people, not an organization.
    private func looksLikePerson(_ modifiers: Range<Int>, head: String, _ text: TextAnalysis) -> Bool {
        if head == "administration" {
            let words = modifiers.filter { text.tokens[$0].kind == .word }
            if words.count == 1 || (words.count == 2 && modifiers.contains { text.tokens[$0].key == "-" }) { return true }
        }
        // "Samantha Power": a first name and a designator word.
        return modifiers.count == 1 && lexicons.designatorWords.contains(head) && lexicons.firstNames.contains(id: text.tokens[modifiers.lowerBound].id)
    }

    /// Where a name that continues past its head stops. "Department of Health and Human
    /// Services" is one name; "Department of Energy and the National Science Foundation"
    /// and "University of Edinburgh and Imperial College London" are two.
    private func nextBreak(from i: Int, _ chain: Range<Int>, _ text: TextAnalysis) -> Int {
        var k = i
        while k < chain.upperBound {
            let key = text.tokens[k].key
            // "l’Institut Vecteur à Toronto", "the Vector Institute in Toronto": where it is, not its name.
            if text.language == .fr ? key == "a" : (key == "in" || key == "at") {
                let place = lexicons.places.match(at: k + 1, in: text.tokens, limit: chain.upperBound)
                if place > 0, k + 1 + place == chain.upperBound || !text.isCapitalizedWord(k + 1 + place) { return k }
            }
            if key == "and" || key == "et" {
                var rest = (k + 1)..<chain.upperBound
                let article = rest.first.map { text.isArticle($0) } ?? true
                while let first = rest.first, lexicons.connectors.contains(id: text.tokens[first].id) { rest = rest.dropFirst() }
                // "… and ETH Zurich", "… and IIT Delhi": an acronym with a word after it starts a second name
                // ("Ministry of Science and ICT" is one).
                let startsName = rest.first.map {
                    lexicons.orgPrefixHeads.match(at: $0, in: text.tokens, limit: rest.upperBound) > 0
                        || (text.tokens[$0].shape == .upper && $0 + 1 < rest.upperBound && text.isCapitalizedWord($0 + 1))
                } ?? true
                // A head with its own modifier after "and" starts a second name; a bare one ("Centre for Internet and Society") does not.
                let modifiedHead = rest.dropFirst().contains(where: { lexicons.orgSuffixHeads.contains(id: text.tokens[$0].id) })
                if article || startsName || modifiedHead { return k }
            }
            k += 1
        }
        return chain.upperBound
    }

    /// Heads of public bodies whose names enumerate their portfolios: "Ministry of Trade,
    /// Industry and Energy", "Committee on Science, Space, and Technology".
    static let enumeratingHeads: Set<String> = ["ministry", "department", "committee", "commission", "ministere", "secretariat"]

    /// Where a name ending at `end` ends once the portfolios its head enumerates are added:
    /// past ", Industry and Energy" when the name fills its run and `heads` (the head word, or
    /// "House Committee") holds an enumerating head; `end` otherwise.
    private func withEnumeration(_ end: Int, heads: Range<Int>, _ chain: Range<Int>, _ text: TextAnalysis,
                                 _ sentence: Range<Int>) -> Int {
        // ("House Committee on …": the word after a prefix head may be the enumerating one.)
        let words = heads.lowerBound..<min(end, heads.upperBound + 1)
        guard end == chain.upperBound, words.contains(where: { Self.enumeratingHeads.contains(text.tokens[$0].key) }) else { return end }
        return enumerationTail(after: end, text, sentence) ?? end
    }

    /// ", Industry and Energy" after "Ministry of Trade": the rest of an enumeration of one
    /// capitalized word per item, ending with the item after "and"/"et"; nil when the words
    /// look like other names (an acronym, a head word, a first name, a second capitalized
    /// word: "the Ministry of Finance, SK Hynix and Hanwha Ocean" lists three bodies).
    private func enumerationTail(after end: Int, _ text: TextAnalysis, _ sentence: Range<Int>) -> Int? {
        var k = end
        while k < sentence.upperBound {
            var item = k
            if text.tokens[item].key == "," { item += 1 }
            let closing = item < sentence.upperBound && ["and", "et"].contains(text.tokens[item].key)
            if closing { item += 1 }
            guard item > k, item < sentence.upperBound, !text.tokens[item].lineBreakBefore else { return nil }
            guard text.tokens[item].shape == .capitalized, text.tokens[item].kind == .word else { return nil }
            let id = text.tokens[item].id
            if lexicons.orgSuffixHeads.contains(id: id) || lexicons.firstNames.contains(id: id)
                || lexicons.orgPrefixHeads.match(at: item, in: text.tokens, limit: item + 1) > 0 { return nil }
            let e = item + 1
            guard e >= sentence.upperBound || (!text.isCapitalizedWord(e) && text.tokens[e].key != "-") else { return nil }
            if closing { return e }
            k = e
        }
        return nil
    }

    /// The next place to look after a name ending at `end`: past a connector, if any.
    private func next(after end: Int, _ chain: Range<Int>, _ text: TextAnalysis, _ sentence: Range<Int>) -> (Int, Int) {
        var k = end
        while k < chain.upperBound, !text.isCapitalizedWord(k) { k += 1 }
        return (k, k)
    }

    /// Drops sentence-opening words and articles ("The", "Le", "Selon") from the front.
    private func trimStart(_ chain: Range<Int>, _ text: TextAnalysis, _ sentence: Range<Int>) -> Int {
        var s = chain.lowerBound
        while s < chain.upperBound, lexicons.sentenceStarters.contains(id: text.tokens[s].id) || !text.isCapitalizedWord(s) {
            s += 1
        }
        return s
    }

    /// The length of the legal forms at `i`, one after the other or joined by "&" ("AG & Co.
    /// KGaA"), or 0.
    private func legalFormsLength(at i: Int, _ text: TextAnalysis, _ sentence: Range<Int>) -> Int {
        var k = i
        while k < sentence.upperBound, !text.tokens[k].lineBreakBefore || k == i {
            if k > i, text.tokens[k].key == "&", k + 1 < sentence.upperBound, legalFormLength(at: k + 1, text, sentence) > 0 { k += 1 }
            let n = legalFormLength(at: k, text, sentence)
            guard n > 0 else { break }
            k += n
        }
        return k - i
    }

    /// The length of a legal form at `i` ("Inc." is two tokens), or 0.
    private func legalFormLength(at i: Int, _ text: TextAnalysis, _ sentence: Range<Int>) -> Int {
        let n = lexicons.legalForms.match(at: i, in: text.tokens, limit: sentence.upperBound)
        guard n > 0 else { return 0 }
        // Take the abbreviation's period too when the list has the form without it.
        let end = i + n
        if end < sentence.upperBound, text.tokens[end].key == ".", text.isGlued(end - 1),
           lexicons.legalForms.match(at: i, in: text.tokens, limit: end + 1) == n + 1 {
            return n + 1
        }
        return n
    }

    /// "National Labs", "American Agency": categories, not names.
    private func isOnlyGenericModifiers(_ tokens: Range<Int>, _ text: TextAnalysis) -> Bool {
        tokens.allSatisfy { lexicons.genericModifiers.contains(id: text.tokens[$0].id) }
    }

}
