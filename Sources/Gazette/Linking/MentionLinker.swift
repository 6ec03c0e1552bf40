/// Short mentions of names given in full elsewhere in the document: a person's surname
/// ("Weil" after "Kevin Weil", "von der Leyen"), an organization's distinctive first word
/// ("Corvane" after "Corvane Systems Inc."), a programme's name without its head word
/// ("Halcyon" after "Project Halcyon", "Genesis" after "Genesis Mission"). Each gets the
/// full form as `canonical`.
struct MentionLinker: Linker {
    let lexicons: RuleLexicons
    let firstNameLength: @Sendable (Int, TextAnalysis) -> Int?
    var name: String { "mention" }

    func link(_ entities: [Candidate], in text: TextAnalysis) -> [Candidate] {
        // Token ids stand for keys: within a document, same id means same key.
        var short: [[Int32]: Candidate] = [:]  // token ids of a short form → what it refers to
        var firsts = Set<Int32>()
        var firstsFilter: UInt64 = 0  // a bit per id modulo 64, to skip most tokens without hashing
        for entity in entities where entity.type != .money {
            guard let tokens = text.tokenRange(covering: entity.range) else { continue }
            let full = entity.canonical ?? text.document.slice(entity.range)
            var forms: [Range<Int>] = []
            switch entity.type {
            case .person:
                if let surname = surname(tokens, text) {
                    forms.append(surname)
                    if let last = lastName(of: surname, text) { forms.append(last) }
                }
            case .org: forms += [organizationShortForm(tokens, text)].compactMap { $0 }
            case .program: forms += [programShortForm(tokens, text)].compactMap { $0 }
            case .money: break
            }
            for form in forms {
                let keys = text.tokens[form].map(\.id)
                firsts.insert(keys[0])
                firstsFilter |= 1 << UInt64(keys[0] & 63)
                if short[keys] == nil {
                    short[keys] = Candidate(type: entity.type, range: 0..<0, source: entity.type == .person ? "alias:surname" : "alias:short-form",
                                            score: 0.8, canonical: full, id: entity.id)
                }
            }
        }
        var heads: [Int32: Candidate] = [:]  // "commission" → the Commission named in full
        var headsFilter: UInt64 = 0
        for entity in entities where entity.type == .org {
            guard let tokens = text.tokenRange(covering: entity.range), tokens.count >= 2 else { continue }
            for t in tokens where text.tokens[t].shape == .capitalized && isHeadWord(t, text) {
                headsFilter |= 1 << UInt64(text.tokens[t].id & 63)
                if heads[text.tokens[t].id] == nil {
                    heads[text.tokens[t].id] = Candidate(type: .org, range: 0..<0, source: "alias:head", score: 0.75,
                                                          canonical: entity.canonical ?? text.document.slice(entity.range), id: entity.id)
                }
            }
        }
        guard !short.isEmpty || !heads.isEmpty else { return entities }
        let longest = short.keys.map(\.count).max() ?? 1
        var result = entities
        let named = Set(entities.lazy.filter { $0.type == .org || $0.type == .program }.map(\.range))
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            var matched = false
            let id = tokens[i].id
            if firstsFilter & (1 << UInt64(id & 63)) != 0, firsts.contains(id),
               text.isCapitalizedWord(i) || lexicons.particles.match(at: i, in: tokens, limit: min(tokens.count, i + 3)) > 0 {
                for n in stride(from: min(longest, tokens.count - i), through: 1, by: -1) {
                    let keys = tokens[i..<(i + n)].map(\.id)
                    guard var link = short[keys] else { continue }
                    // "Son président": a one-word short form that is also a function word is not a mention.
                    if n == 1, lexicons.functionWords.contains(id: tokens[i].id) { continue }
                    // The short form must stand alone, not be the start of a longer capitalized name.
                    if i + n < tokens.count, text.isCapitalizedWord(i + n), !tokens[i + n].lineBreakBefore { break }
                    link.range = text.range(i..<(i + n))
                    // The name itself, where a rule found it ("la start-up Nanolumen"), keeps its own reading.
                    if n == 1, named.contains(link.range) { break }
                    result.append(link)
                    i += n
                    matched = true
                    break
                }
            }
            // "the Commission", "la Commission", "the Department": a capitalized head word after an article.
            if !matched, headsFilter & (1 << UInt64(id & 63)) != 0, var link = heads[tokens[i].id], tokens[i].shape == .capitalized, i > 0,
               ["the", "la", "le", "l'"].contains(tokens[i - 1].key), tokens[i - 1].sentence == tokens[i].sentence,
               i + 1 >= tokens.count || !text.isCapitalizedWord(i + 1) || tokens[i + 1].lineBreakBefore {
                link.range = tokens[i].range
                result.append(link)
            }
            if !matched { i += 1 }
        }
        return result
    }

    private func isHeadWord(_ t: Int, _ text: TextAnalysis) -> Bool {
        return lexicons.orgSuffixHeads.contains(id: text.tokens[t].id)
            || lexicons.orgPrefixHeads.match(at: t, in: text.tokens, limit: t + 1) == 1
    }


    /// "Kevin Weil" → "Weil"; "Ursula von der Leyen" → "von der Leyen"; "John F. Kennedy" → "Kennedy".
    private func surname(_ tokens: Range<Int>, _ text: TextAnalysis) -> Range<Int>? {
        guard tokens.count >= 2, let first = firstNameLength(tokens.lowerBound, text) else { return nil }
        var s = tokens.lowerBound + first
        while s < tokens.upperBound, text.isInitial(s) || text.tokens[s].key == "." { s += text.isInitial(s) ? 2 : 1 }
        guard s < tokens.upperBound else { return nil }
        // A middle first name ("Mary Ann Smith") is not part of the surname.
        while s + 1 < tokens.upperBound, lexicons.firstNames.contains(id: text.tokens[s].id) { s += 1 }
        let form = s..<tokens.upperBound
        guard form.contains(where: { text.isCapitalizedWord($0) }) else { return nil }
        return form
    }

    /// "Abdi Warsame" → "Warsame": the last of two or three plain capitalized words (no
    /// particle, no hyphen), which news uses alone for people with two family names.
    private func lastName(of surname: Range<Int>, _ text: TextAnalysis) -> Range<Int>? {
        guard (2...3).contains(surname.count),
              surname.allSatisfy({ text.tokens[$0].shape == .capitalized && text.tokens[$0].kind == .word
                  && lexicons.particles.match(at: $0, in: text.tokens, limit: $0 + 1) == 0 }) else { return nil }
        let last = surname.upperBound - 1
        guard text.tokens[last].end - text.tokens[last].start >= 3, isDistinctive(last, text) else { return nil }
        return last..<surname.upperBound
    }

    /// "Corvane Systems Inc." → "Corvane", when that word is distinctive.
    private func organizationShortForm(_ tokens: Range<Int>, _ text: TextAnalysis) -> Range<Int>? {
        if tokens.count == 1 { return repeatable(tokens, text) }
        let first = tokens.lowerBound
        guard text.tokens[first].shape == .capitalized, text.tokens[first].key.count >= 4, isDistinctive(first, text),
              firstNameLength(first, text) == nil,
              lexicons.orgPrefixHeads.match(at: first, in: text.tokens, limit: tokens.upperBound) == 0 else { return nil }
        return first..<(first + 1)
    }

    /// "Project Halcyon" → "Halcyon"; "Genesis Mission" → "Genesis".
    private func programShortForm(_ tokens: Range<Int>, _ text: TextAnalysis) -> Range<Int>? {
        if tokens.count == 1 { return repeatable(tokens, text) }
        guard tokens.count == 2 else { return nil }
        let a = tokens.lowerBound, b = a + 1
        if lexicons.words.namingCues.contains(id: text.tokens[a].id), isDistinctive(b, text) { return b..<(b + 1) }
        if lexicons.programHeads.contains(id: text.tokens[b].id), isDistinctive(a, text) { return a..<(a + 1) }
        return nil
    }

    /// A one-word name a rule found once ("la start-up Nanolumen", "la mission « Atlas »"):
    /// later, the word alone names the same thing ("Nanolumen a levé…", "Avec Atlas, …").
    private func repeatable(_ tokens: Range<Int>, _ text: TextAnalysis) -> Range<Int>? {
        let t = tokens.lowerBound
        guard text.tokens[t].shape == .capitalized, text.tokens[t].end - text.tokens[t].start >= 4, isDistinctive(t, text),
              firstNameLength(t, text) == nil, !lexicons.functionWords.contains(id: text.tokens[t].id) else { return nil }
        return tokens
    }

    private func isDistinctive(_ t: Int, _ text: TextAnalysis) -> Bool {
        let id = text.tokens[t].id
        return !lexicons.notNames.contains(id: id) && !lexicons.genericModifiers.contains(id: id)
            && !lexicons.orgSuffixHeads.contains(id: id) && !lexicons.designatorWords.contains(id: id)
            && !lexicons.programHeads.contains(id: id) && !lexicons.connectors.contains(id: id)
    }
}
