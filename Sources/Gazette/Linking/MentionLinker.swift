/// Short mentions of names given in full elsewhere in the document: a person's surname
/// ("Weil" after "Kevin Weil", "von der Leyen") or, when no one else has it, first name
/// ("Lisa" after "Lisa Su"), an organization's distinctive first word
/// ("Corvane" after "Corvane Systems Inc."), a programme's name without its head word
/// ("Halcyon" after "Project Halcyon", "Genesis" after "Genesis Mission"). Each gets the
/// full form as `canonical`.
struct MentionLinker: Linker {
    let lexicons: RuleLexicons
    let firstNameLength: @Sendable (Int, TextAnalysis) -> Int?
    var name: String { "mention" }

    func link(_ entities: inout [Candidate], in text: TextAnalysis) {
        // Token ids stand for keys: within a document, same id means same key. The tables give
        // the index of the entity a form refers to; its candidate is made only when the form is met.
        var short: [FormKey: (entity: Int, full: Bool)] = [:]  // token ids of a short form → the entity
        var longest: [Int32: Int] = [:]  // first token id of the forms → the longest form's length
        var ownStarts = Set<Int>()  // where the people named in full are, by token
        var firstsFilter: UInt64 = 0  // a bit per id modulo 64, to skip most tokens without hashing
        var heads: [Int32: Int] = [:]  // "commission" → the Commission named in full, "mission" → the Mission
        var headsFilter: UInt64 = 0
        var givenNames: [Int32: (entity: Int, name: FormKey)] = [:]  // a listed first name → the person named in full with it
        var sharedGivenNames = Set<Int32>()
        var givenNameForms = Set<FormKey>()
        for e in entities.indices where entities[e].type != .money {
            guard let tokens = text.tokenRange(covering: entities[e].range) else { continue }
            func register(_ form: Range<Int>?, full: Bool = false) {
                guard let form, let key = FormKey(text.tokens, form) else { return }
                let first = text.tokens[form.lowerBound].id
                firstsFilter |= 1 << UInt64(first & 63)
                longest[first] = max(longest[first] ?? 0, form.count)
                if short[key] == nil { short[key] = (e, full) }
            }
            switch entities[e].type {
            case .person:
                let given = firstNameLength(tokens.lowerBound, text)
                let surname = surname(tokens, given, text)
                // The whole name too, for where it comes again with no cue ("Les rapporteurs, Griet
                // Vandenbroucke"): otherwise its surname alone would be taken.
                if surname != nil {
                    register(tokens, full: true)
                    ownStarts.insert(tokens.lowerBound)
                }
                register(surname)
                register(surname.flatMap { lastName(of: $0, text) })
                // "Lisa" after "Lisa Su": a listed first name alone, when one person has it.
                if surname != nil, given == 1, let whole = FormKey(text.tokens, tokens) {
                    let id = text.tokens[tokens.lowerBound].id
                    if let other = givenNames[id] {
                        if other.name != whole { sharedGivenNames.insert(id) }
                    } else {
                        givenNames[id] = (e, whole)
                    }
                }
            case .org: register(organizationShortForm(tokens, text))
            case .program:
                register(programShortForm(tokens, text))
                // The whole name again where no cue stands: "a program called K-Fabless 100" …
                // "under K-Fabless 100".
                if tokens.count >= 2 {
                    register(tokens, full: true)
                    ownStarts.insert(tokens.lowerBound)
                }
            case .money: break
            }
            if entities[e].type == .org || entities[e].type == .program, tokens.count >= 2 {
                // "the Commission" after "European Commission"; "the Mission" after "National Quantum Mission".
                for t in tokens where text.tokens[t].shape == .capitalized && isHeadWord(t, of: entities[e].type, text) {
                    headsFilter |= 1 << UInt64(text.tokens[t].id & 63)
                    if heads[text.tokens[t].id] == nil { heads[text.tokens[t].id] = e }
                }
            }
        }
        for (id, (e, _)) in givenNames where !sharedGivenNames.contains(id) {
            guard let tokens = text.tokenRange(covering: entities[e].range) else { continue }
            let form = tokens.lowerBound..<(tokens.lowerBound + 1)
            guard let key = FormKey(text.tokens, form), short[key] == nil else { continue }
            short[key] = (e, false)
            firstsFilter |= 1 << UInt64(id & 63)
            longest[id] = max(longest[id] ?? 0, 1)
            givenNameForms.insert(key)
        }
        guard !short.isEmpty || !heads.isEmpty else { return }
        let given = entities.count
        func mention(of e: Int, _ range: Range<Int>, type: EntityType, source: String, score: Double) -> Candidate {
            Candidate(type: type, range: range, source: source, score: score,
                      canonical: entities[e].canonical ?? text.document.slice(entities[e].range), id: entities[e].id)
        }
        var named: Set<Range<Int>>?  // made on first need
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            var matched = false
            let id = tokens[i].id
            if firstsFilter & (1 << UInt64(id & 63)) != 0, let longest = longest[id],
               text.isCapitalizedWord(i) || lexicons.particles.match(at: i, in: tokens, limit: min(tokens.count, i + 3)) > 0 {
                for n in stride(from: min(longest, tokens.count - i), through: 1, by: -1) {
                    guard let key = FormKey(tokens, i..<(i + n)), let (e, full) = short[key] else { continue }
                    // "Son président": a one-word short form that is also a function word is not a mention.
                    if n == 1, lexicons.functionWords.contains(id: tokens[i].id) { continue }
                    // The short form must stand alone, not be the start of a longer capitalized name.
                    if i + n < tokens.count, text.isCapitalizedWord(i + n), !tokens[i + n].lineBreakBefore { break }
                    // Nor the name's own words in lowercase: "Critical minerals" is not "Critical Minerals Facility".
                    if !full, i + n < tokens.count, let span = text.tokenRange(covering: entities[e].range),
                       span.lowerBound + n < span.upperBound, tokens[i + n].id == tokens[span.lowerBound + n].id { break }
                    let range = text.range(i..<(i + n))
                    // The name itself, where a rule found it ("la start-up Nanolumen"), keeps its own reading.
                    if n == 1 {
                        if named == nil {
                            // By index: filtering the entities themselves would copy each one.
                            var ranges = Set<Range<Int>>()
                            for k in 0..<given where entities[k].type == .org || entities[k].type == .program {
                                ranges.insert(entities[k].range)
                            }
                            named = ranges
                        }
                        if named!.contains(range) { break }
                    }
                    // A full name where a rule found it is that finding, not a repeat of it.
                    if full, ownStarts.contains(i) { i += n; matched = true; break }
                    let type = entities[e].type
                    let source = full ? "alias:repeat" : type != .person ? "alias:short-form"
                        : givenNameForms.contains(key) ? "alias:given-name" : "alias:surname"
                    entities.append(mention(of: e, range, type: type, source: source, score: 0.8))
                    i += n
                    matched = true
                    break
                }
            }
            // "the Commission", "la Commission", "the Department": a capitalized head word after an article.
            if !matched, headsFilter & (1 << UInt64(id & 63)) != 0, let e = heads[tokens[i].id], tokens[i].shape == .capitalized, i > 0,
               ["the", "la", "le", "l'"].contains(tokens[i - 1].key), tokens[i - 1].sentence == tokens[i].sentence,
               i + 1 >= tokens.count || !text.isCapitalizedWord(i + 1) || tokens[i + 1].lineBreakBefore {
                entities.append(mention(of: e, tokens[i].range, type: entities[e].type, source: "alias:head", score: 0.75))
            }
            if !matched { i += 1 }
        }
    }

    private func isHeadWord(_ t: Int, of type: EntityType, _ text: TextAnalysis) -> Bool {
        let id = text.tokens[t].id
        if type == .program { return lexicons.programHeads.contains(id: id) || lexicons.words.namingCues.contains(id: id) }
        return lexicons.orgSuffixHeads.contains(id: id) || lexicons.orgPrefixHeads.match(at: t, in: text.tokens, limit: t + 1) == 1
    }


    /// "Kevin Weil" → "Weil"; "Ursula von der Leyen" → "von der Leyen"; "John F. Kennedy" → "Kennedy".
    private func surname(_ tokens: Range<Int>, _ given: Int?, _ text: TextAnalysis) -> Range<Int>? {
        guard tokens.count >= 2, let first = given ?? givenNameLength(tokens, text) else { return nil }
        var s = tokens.lowerBound + first
        while s < tokens.upperBound, text.isInitial(s) || text.tokens[s].key == "." { s += text.isInitial(s) ? 2 : 1 }
        guard s < tokens.upperBound else { return nil }
        // A middle first name ("Mary Ann Smith") is not part of the surname.
        while s + 1 < tokens.upperBound, lexicons.firstNames.contains(id: text.tokens[s].id) { s += 1 }
        let form = s..<tokens.upperBound
        guard form.contains(where: { text.isCapitalizedWord($0) }) else { return nil }
        return form
    }

    /// The first word of a name the lists do not know as a first name, found by a title or a
    /// speech verb ("Prof. Hannelore Grünwald", "Pieter-Jan Vos"): the given name, when a
    /// capitalized word (or words joined by hyphens) and more name follows.
    private func givenNameLength(_ tokens: Range<Int>, _ text: TextAnalysis) -> Int? {
        var k = tokens.lowerBound
        guard text.tokens[k].shape == .capitalized, !text.isInitial(k) else { return nil }
        k += 1
        while k + 1 < tokens.upperBound, text.tokens[k].key == "-", text.isGlued(k - 1), text.isGlued(k) { k += 2 }
        return k < tokens.upperBound ? k - tokens.lowerBound : nil
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
        if tokens.count == 1 || text.isHyphenated(tokens) { return repeatable(tokens, text) }
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

/// The token ids of a short form of up to six tokens: a dictionary key made without allocating.
private struct FormKey: Hashable {
    private var ids: (UInt64, UInt64, UInt64) = (0, 0, 0)
    private let count: Int

    init?(_ tokens: [Token], _ range: Range<Int>) {
        guard (1...6).contains(range.count) else { return nil }
        count = range.count
        for (k, t) in range.enumerated() {
            let bits = UInt64(UInt32(bitPattern: tokens[t].id)) << UInt64(32 * (k & 1))
            switch k / 2 {
            case 0: ids.0 |= bits
            case 1: ids.1 |= bits
            default: ids.2 |= bits
            }
        }
    }

    static func == (a: FormKey, b: FormKey) -> Bool { a.count == b.count && a.ids == b.ids }

    func hash(into hasher: inout Hasher) {
        hasher.combine(ids.0)
        hasher.combine(ids.1)
        hasher.combine(ids.2)
        hasher.combine(count)
    }
}
