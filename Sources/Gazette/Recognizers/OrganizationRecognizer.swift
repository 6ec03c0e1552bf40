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

    func recognize(_ text: TextAnalysis) -> [Candidate] {
        var found: [Candidate] = []
        for sentence in text.sentences {
            for chain in NameChain.all(in: sentence, text, connectors: lexicons.connectors) {
                found += fromChain(chain.tokens, text, sentence)
            }
            found += frenchHeads(sentence, text)
        }
        return found
    }

    private func candidate(_ tokens: Range<Int>, _ rule: String, _ score: Double, _ text: TextAnalysis) -> Candidate {
        Candidate(type: .org, range: text.range(tokens), source: "rule:org-\(rule)", score: score)
    }

    /// Organizations inside one run of capitalized words; a run may hold several
    /// ("Argonne National Laboratory and Lawrence Livermore National Laboratory").
    private func fromChain(_ chain: Range<Int>, _ text: TextAnalysis, _ sentence: Range<Int>) -> [Candidate] {
        var found: [Candidate] = []
        var start = trimStart(chain, text, sentence)
        var i = start
        while i < chain.upperBound {
            let key = text.tokens[i].key
            // A legal form ends the name: "Inc.", "SAS", "GmbH".
            if i > start, text.isCapitalizedWord(i - 1) || text.tokens[i - 1].key == "&" {
                let legal = legalFormLength(at: i, text, sentence)
                if legal > 0 {
                    found.append(candidate(start..<(i + legal), "legal-form", 0.85, text))
                    (start, i) = next(after: i + legal, chain, text, sentence)
                    continue
                }
            }
            if i > start, lexicons.orgSuffixHeads.contains(key) || lexicons.designatorWords.contains(key) {
                var end = i + 1
                // "… Bank of New York", "… Institute for Grid Resilience": the name goes on after of/for.
                if end < chain.upperBound, ["of", "for", "on", "de", "du", "des", "d'"].contains(text.tokens[end].key) {
                    end = nextBreak(from: end, chain, text)
                }
                let rule = lexicons.orgSuffixHeads.contains(key) ? "head" : "designator"
                // "General Atomics and Commonwealth Fusion Systems": the name after "and" is the one with the head.
                if let and = (start..<i).last(where: { ["and", "et"].contains(text.tokens[$0].key) }) { start = and + 1 }
                while start < i, !text.isCapitalizedWord(start) { start += 1 }
                let personLike = rule == "designator" && i - start == 1 && lexicons.firstNames.contains(text.tokens[start].key)
                if start < i, !personLike, !isOnlyGenericModifiers(start..<i, text) {
                    found.append(candidate(start..<end, rule, rule == "head" ? 0.8 : 0.75, text))
                }
                (start, i) = next(after: end, chain, text, sentence)
                continue
            }
            let prefix = lexicons.orgPrefixHeads.match(at: i, in: text.tokens, limit: chain.upperBound)
            if prefix > 0, i + prefix < chain.upperBound, text.tokens[i].shape == .capitalized {
                let end = nextBreak(from: i + prefix, chain, text)
                if end > i + prefix {
                    found.append(candidate(start..<end, "head", 0.8, text))
                    (start, i) = next(after: end, chain, text, sentence)
                    continue
                }
            }
            i += 1
        }
        return found
    }

    /// Where a name that continues past its head stops: before "and"/"et" unless what follows
    /// ends in a head word of its own ("National Oceanic and Atmospheric Administration").
    private func nextBreak(from i: Int, _ chain: Range<Int>, _ text: TextAnalysis) -> Int {
        var k = i
        while k < chain.upperBound {
            let key = text.tokens[k].key
            if key == "and" || key == "et" || key == "&" {
                var rest = (k + 1)..<chain.upperBound
                while let first = rest.first, lexicons.connectors.contains(text.tokens[first].key) { rest = rest.dropFirst() }
                // "… and the Department of Energy" starts a second name, not the rest of this one.
                let startsName = rest.first.map { lexicons.orgPrefixHeads.match(at: $0, in: text.tokens, limit: rest.upperBound) > 0 } ?? true
                if startsName || !rest.contains(where: { lexicons.orgSuffixHeads.contains(text.tokens[$0].key) }) { return k }
            }
            k += 1
        }
        return chain.upperBound
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
        while s < chain.upperBound, lexicons.sentenceStarters.contains(text.tokens[s].key) || !text.isCapitalizedWord(s) {
            s += 1
        }
        return s
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
        tokens.allSatisfy { lexicons.genericModifiers.contains(text.tokens[$0].key) }
    }

    /// French names built as head + adjectives + de/du/des + complement, lowercase words
    /// included: "Agence nationale de la recherche", "Département américain de l’Énergie",
    /// "laboratoire national de Los Alamos" (a lowercase head needs a capitalized complement).
    private func frenchHeads(_ sentence: Range<Int>, _ text: TextAnalysis) -> [Candidate] {
        guard text.language == .fr else { return [] }
        var found: [Candidate] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            let head = lexicons.orgPrefixHeads.match(at: i, in: text.tokens, limit: sentence.upperBound)
            guard head > 0, text.tokens[i].kind == .word else { i += 1; continue }
            let capitalizedHead = text.tokens[i].shape == .capitalized
            var k = i + head
            k = skipAdjectives(from: k, text, sentence)
            var sawCapital = false
            var complements = 0
            while k < sentence.upperBound, ["de", "du", "des", "d'"].contains(text.tokens[k].key) {
                var c = k + 1
                if c < sentence.upperBound, ["la", "l'", "le", "les"].contains(text.tokens[c].key) { c += 1 }
                guard c < sentence.upperBound, text.tokens[c].kind == .word, !text.tokens[c].lineBreakBefore else { break }
                if text.isCapitalizedWord(c) {
                    // "les fonds de l’Agence …": a lowercase head before another organization is a common noun.
                    if !capitalizedHead, lexicons.orgPrefixHeads.match(at: c, in: text.tokens, limit: sentence.upperBound) > 0 { break }
                    // A capitalized complement: the name runs to the end of the capitalized words.
                    var e = c + 1
                    while e < sentence.upperBound, text.isCapitalizedWord(e) || (text.tokens[e].key == "-" && text.isGlued(e - 1) && text.isCapitalizedWord(e + 1)) { e += 1 }
                    k = skipAdjectives(from: e, text, sentence)
                    sawCapital = true
                } else {
                    guard !lexicons.connectors.contains(text.tokens[c].key) else { break }
                    k = skipAdjectives(from: c + 1, text, sentence)
                }
                complements += 1
            }
            if complements > 0, capitalizedHead || sawCapital {
                found.append(Candidate(type: .org, range: text.range(i..<k), source: "rule:org-head", score: 0.8))
                i = k
            } else {
                i += 1
            }
        }
        return found
    }

    /// Skips lowercase adjectives ("nationale", "américain", "avancés"), joined by "et".
    private func skipAdjectives(from start: Int, _ text: TextAnalysis, _ sentence: Range<Int>) -> Int {
        var k = start
        while k < sentence.upperBound {
            let t = text.tokens[k]
            if t.kind == .word, t.shape == .lower, Self.looksLikeAdjective(t.key) { k += 1; continue }
            if t.key == "et", k + 1 < sentence.upperBound, text.tokens[k + 1].shape == .lower,
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
                                   "ee", "ees", "ois", "oise", "ieur", "ieure", "ieurs", "ieures"]

    static func looksLikeAdjective(_ key: String) -> Bool {
        key.count >= 4 && adjectiveEndings.contains { key.hasSuffix($0) }
    }
}
