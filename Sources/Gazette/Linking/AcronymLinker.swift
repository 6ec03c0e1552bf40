/// Acronyms defined in the text: "Long Name (ACR)" and "ACR (Long Name)" make both spans
/// organizations (or programmes) linked to each other, and every later bare "ACR" in the
/// document a mention of the same thing, with its `canonical` and `id`.
///
/// The acronym must agree with the long form (Schwartz–Hearst: its letters appear in order,
/// the first at a word start), unless the long form is a list entry; so "(voir page 3)" or
/// "Microsoft (AI)" link nothing.
struct AcronymLinker: Linker {
    let connectors: KeySet
    /// Places, months, nationalities: "(UK)", "(Mai)" are no short forms.
    let notNames: KeySet
    var name: String { "acronym" }

    struct Definition { var type: EntityType; var canonical: String; var id: String? }

    func link(_ entities: inout [Candidate], in text: TextAnalysis) {
        let tokens = text.tokens
        var byEnd: [Int: Int] = [:], byStart: [Int: Int] = [:]
        byEnd.reserveCapacity(entities.count)
        byStart.reserveCapacity(entities.count)
        // Amounts are never a long form nor a list entry an acronym replaces.
        for n in entities.indices where entities[n].type != .money {
            let range = entities[n].range
            byEnd[range.upperBound] = n
            byStart[range.lowerBound] = n
        }
        var definitions: [String: Definition] = [:]
        var definitionTokens: [Int32] = []
        // List entries an acronym defined here replaces: "Fonds européen de défense (FED)" is
        // not the Fed of the lists, here or further on.
        var replaced = Set<Int>()
        func place(_ range: Range<Int>, _ definition: Definition) {
            entities.append(candidate(range, definition))
            if let m = byStart[range.lowerBound], entities[m].range == range, entities[m].source == "gazetteer",
               entities[m].type != definition.type || entities[m].id != definition.id {
                replaced.insert(m)
            }
        }

        for sentence in text.sentences {
            // The runs of capitalized words of the sentence by where they end, computed once
            // when first needed: a "(" never continues a run, so the run ending right before one
            // is the same whether the sentence is cut there or not.
            var chainsByEnd: [Int: Range<Int>]?
            func chain(endingAt end: Int) -> Range<Int>? {
                if chainsByEnd == nil {
                    chainsByEnd = Dictionary(NameChain.all(in: sentence, text, connectors: connectors).map { ($0.tokens.upperBound, $0.tokens) },
                                             uniquingKeysWith: { a, _ in a })
                }
                return chainsByEnd![end]
            }
            var i = sentence.lowerBound + 1
            while i + 1 < sentence.upperBound {
                defer { i += 1 }
                guard tokens[i].key == "(" else { continue }
                // Long Name (ACR)
                if let short = shortForm(after: i, text, sentence) {
                    let acronym = text.text(short)
                    let acronymRange = text.range(short)
                    let isAcronym = short.count > 1 || Self.isAcronym(tokens[short.lowerBound])
                    if let (n, extended) = longForm(endingBefore: i, entities, byEnd, text, sentence) {
                        var long = entities[n]
                        let longText = text.document.slice(extended)
                        let agrees = Self.agrees(acronym, longText) || Self.agrees(acronym, long.canonical ?? "")
                        // "Office régional des données maritimes (ORDM)": the name runs up to the parenthesis.
                        if extended != long.range, Self.agrees(acronym, longText) {
                            long.range = extended
                            long.source = "rule:org-acronym"
                            entities.append(long)
                        }
                        // A name of several words with capitals that spell another language's
                        // name: "German Cancer Research Center (DKFZ)", "Brazilian Artificial
                        // Intelligence Plan (PBIA)". A short name in its own right ("Finep",
                        // "Unicamp") must agree, or "(Paris)" would be one; such names made of
                        // syllables are organizations' ways.
                        let translated = isAcronym && long.range == extended && longText.contains(" ")
                        if agrees && (isAcronym || long.type == .org) || translated {
                            let definition = Definition(type: long.type, canonical: long.canonical ?? longText, id: long.id)
                            definitions[acronym] = definition
                            definitionTokens.append(tokens[short.lowerBound].id)
                            place(acronymRange, definition)
                        }
                    } else if isAcronym, let chain = chain(endingAt: i), Self.agrees(acronym, text.text(chain)) {
                        let long = trimmed(chain, acronym, text)
                        let definition = Definition(type: .org, canonical: text.text(long), id: nil)
                        definitions[acronym] = definition
                        definitionTokens.append(tokens[short.lowerBound].id)
                        entities.append(Candidate(type: .org, range: text.range(long), source: "rule:org-acronym", score: 0.8))
                        place(acronymRange, definition)
                    }
                }
                // ACR (Long Name); "Masen (Moroccan Agency for Sustainable Energy)": a short name
                // standing alone before an organization's long form, when its letters agree.
                let isAcronym = Self.isAcronym(tokens[i - 1])
                let isShortName = !isAcronym && tokens[i - 1].shape == .capitalized && tokens[i - 1].end - tokens[i - 1].start >= 4
                    && (i - 1 == sentence.lowerBound || !text.isCapitalizedWord(i - 2)) && !notNames.contains(id: tokens[i - 1].id)
                if isAcronym || isShortName, let n = byStart[Int(tokens[i + 1].start)],
                   [.org, .program].contains(entities[n].type), isAcronym || entities[n].type == .org {
                    let long = entities[n]
                    let close = text.firstToken(atOrAfter: long.range.upperBound)
                    guard close < tokens.count, tokens[close].key == ")" else { continue }
                    let acronym = text.text(of: tokens[i - 1])
                    let longText = text.document.slice(long.range)
                    // As after a long form: capitals may spell another language's name.
                    let translated = isAcronym && longText.contains(" ")
                    let agrees = Self.agrees(acronym, longText) && (isAcronym || longText.contains(" "))
                    if isAcronym && long.id != nil || agrees || translated {
                        let definition = Definition(type: long.type, canonical: long.canonical ?? longText, id: long.id)
                        definitions[acronym] = definition
                        definitionTokens.append(tokens[i - 1].id)
                        place(tokens[i - 1].range, definition)
                    }
                }
            }
        }
        guard !definitions.isEmpty else { return }
        // Later mentions, found by the id of their first token before their text is compared.
        var firstIDs = Set<Int32>()
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard tokens[i].kind == .word, tokens[i].isCapitalized else { continue }
            if firstIDs.isEmpty { firstIDs = Set(definitionTokens) }
            guard firstIDs.contains(tokens[i].id) else { continue }
            let short = compound(at: i, text, limit: tokens.count) ?? i..<(i + 1)
            if let definition = definitions[text.text(short)] {
                place(text.range(short), definition)
                i = short.upperBound - 1
            }
        }
        if !replaced.isEmpty { entities = entities.indices.filter { !replaced.contains($0) }.map { entities[$0] } }
    }

    /// The short form in parentheses after `open`: an acronym ("BNDES", "UM6P"), a hyphenated
    /// one ("IMB-CNM") or one capitalized word ("Finep"), closed right after.
    private func shortForm(after open: Int, _ text: TextAnalysis, _ sentence: Range<Int>) -> Range<Int>? {
        let tokens = text.tokens
        let first = open + 1
        guard first < sentence.upperBound, tokens[first].isWord else { return nil }
        let short = compound(at: first, text, limit: sentence.upperBound) ?? first..<(first + 1)
        guard short.upperBound < sentence.upperBound, tokens[short.upperBound].key == ")" else { return nil }
        if short.count > 1 { return short }
        guard !notNames.contains(id: tokens[first].id) else { return nil }
        return Self.isAcronym(tokens[first]) || tokens[first].shape == .capitalized && tokens[first].end - tokens[first].start >= 4
            ? short : nil
    }

    /// Acronyms joined by hyphens with no space ("IMB-CNM", "BSC-CNS") from token `start`.
    private func compound(at start: Int, _ text: TextAnalysis, limit: Int) -> Range<Int>? {
        let tokens = text.tokens
        guard Self.isAcronym(tokens[start]) else { return nil }
        var end = start + 1
        while end + 1 < limit, tokens[end].key == "-", !tokens[end].spaceBefore,
              !tokens[end + 1].spaceBefore, Self.isAcronym(tokens[end + 1]) {
            end += 2
        }
        return end > start + 1 ? start..<end : nil
    }

    /// The organization or programme ending right before the parenthesis at `open`, or up to
    /// three lowercase words before it, with the range running up to the parenthesis.
    private func longForm(endingBefore open: Int, _ entities: [Candidate], _ byEnd: [Int: Int],
                          _ text: TextAnalysis, _ sentence: Range<Int>) -> (Int, Range<Int>)? {
        var k = open - 1
        while k >= sentence.lowerBound, open - k <= 4 {
            if let n = byEnd[Int(text.tokens[k].end)], [.org, .program].contains(entities[n].type) {
                return (n, entities[n].range.lowerBound..<Int(text.tokens[open - 1].end))
            }
            guard text.tokens[k].kind == .word, text.tokens[k].shape == .lower else { return nil }
            k -= 1
        }
        return nil
    }

    private func candidate(_ range: Range<Int>, _ definition: Definition) -> Candidate {
        Candidate(type: definition.type, range: range, source: "alias:acronym", score: 0.85,
                  canonical: definition.canonical, id: definition.id)
    }

    /// The shortest tail of a run of capitalized words that still agrees with the acronym:
    /// "Yesterday Advanced Research Projects Agency (ARPA)" → "Advanced Research Projects Agency".
    private func trimmed(_ chain: Range<Int>, _ acronym: String, _ text: TextAnalysis) -> Range<Int> {
        var start = chain.upperBound - 1
        while start > chain.lowerBound, !Self.agrees(acronym, text.text(start..<chain.upperBound)) { start -= 1 }
        return start..<chain.upperBound
    }

    static func isAcronym(_ token: Token) -> Bool {
        token.kind == .word && token.shape == .upper && (2...8).contains(token.end - token.start)
    }

    /// Schwartz–Hearst: the acronym's letters appear in the long form in order, right to
    /// left, the first one at the start of a word.
    static func agrees(_ acronym: String, _ long: String) -> Bool {
        let short = Array(Folding.fold(acronym).unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        let long = Array(Folding.fold(long).unicodeScalars)
        guard short.count >= 2, long.count > short.count else { return false }
        var s = short.count - 1, l = long.count - 1
        func isWordChar(_ i: Int) -> Bool { long[i].properties.isAlphabetic || long[i].properties.numericType != nil }
        while s >= 0 {
            let c = short[s]
            while l >= 0, long[l] != c || (s == 0 && l > 0 && isWordChar(l - 1)) { l -= 1 }
            guard l >= 0 else { return false }
            l -= 1
            s -= 1
        }
        return true
    }
}
