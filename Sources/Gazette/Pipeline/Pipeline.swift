/// The ordered recognizers and linkers for one configuration, and the pass that turns their
/// candidates into entities: resolve overlaps, link mentions, resolve again, convert offsets.
struct Pipeline: Sendable {
    private(set) var recognizers: [any Recognizer] = []
    private(set) var linkers: [any Linker] = []
    let types: Set<EntityType>

    /// Compiles the lists and lexicons, numbering every word they hold in `vocabulary`.
    /// `moneyLexicon` hands over the money lexicon, compiled elsewhere meanwhile (it waits for it).
    init(configuration: Configuration, resources: Resources, analyzer: TextAnalyzer, vocabulary: inout Vocabulary,
         moneyLexicon: () throws -> MoneyLexicon) throws {
        types = configuration.types
        // The rules' words are numbered first, so that their sets (bit per id) stay small and
        // in cache however large the gazetteer, whose words come after.
        let lexicons = try RuleLexicons(resources.lexicons, tokenizeAll: analyzer.tokenize(all:), vocabulary: &vocabulary)
        let money = MoneyRecognizer(lexicon: try moneyLexicon(), vocabulary: &vocabulary)
        let matcher = GazetteerMatcher(entries: resources.entries, tokenizeAll: analyzer.tokenize(allFlat:), vocabulary: &vocabulary)
        let person = PersonRecognizer(lexicons: lexicons)
        let all: [any Recognizer] = [
            GazetteerRecognizer(matcher: matcher),
            person,
            OrganizationRecognizer(lexicons: lexicons),
            ProgramRecognizer(lexicons: lexicons),
            money,
        ]
        recognizers = all.filter { !$0.types.isDisjoint(with: configuration.types) }
        linkers = [
            AffiliationLinker(lexicons: lexicons),
            SubsidiaryLinker(lexicons: lexicons),
            AcronymLinker(connectors: lexicons.connectors, notNames: lexicons.notNames),
            MentionLinker(lexicons: lexicons, firstNameLength: { person.firstNameLength(at: $0, $1) }),
            EnumerationLinker(lexicons: lexicons),
        ]
    }

    func run(_ text: TextAnalysis) -> Extraction {
        // Room for the candidates at once: grown by doubling, the array was copied, candidates and
        // all, several times a document. News gives one every 12 to 16 tokens, text dense in
        // names and amounts (the benchmark corpus) one every 6, and never more than one every 4.5.
        var candidates: [Candidate] = []
        candidates.reserveCapacity(16 + text.tokens.count / 4)
        for recognizer in recognizers {
            recognizer.recognize(text, into: &candidates)
        }
        let room = Self.linkerRoom(candidates.count)
        var resolved = OverlapResolver.resolve(consume candidates, room: room)
        for linker in linkers { linker.link(&resolved, in: text) }
        return finish(consume resolved, text, linked: !linkers.isEmpty)
    }

    /// Room to leave, after resolving `count` candidates, for what the linkers add: a tenth to
    /// a half again as many (mentions of names given in full).
    static func linkerRoom(_ count: Int) -> Int { count / 2 + 8 }

    /// After linking: resolve again, keep the requested types, convert offsets.
    func finish(_ candidates: consuming [Candidate], _ text: TextAnalysis, linked: Bool) -> Extraction {
        var resolved = linked ? OverlapResolver.resolve(consume candidates) : candidates
        if types.count < EntityType.allCases.count { resolved.removeAll { !types.contains($0.type) } }
        return Extraction(document: text.document, language: text.language, entities: entities(resolved, text))
    }

    private func entities(_ candidates: [Candidate], _ text: TextAnalysis) -> [Entity] {
        let spans = text.document.spans(for: candidates.map(\.range))
        var tokenIndex = 0
        // Entity texts are copied from the document's UTF-8 at their UTF-8 spans: a copy, where
        // making them from the UTF-16 units would transcode every one.
        var document = text.document.text
        return document.withUTF8 { utf8 in
            // By index: pairing the candidates with their spans would copy each one, strings and all.
            candidates.indices.map { i in
                let span = spans[i]
                while tokenIndex + 1 < text.tokens.count, text.tokens[tokenIndex + 1].start <= candidates[i].range.lowerBound {
                    tokenIndex += 1
                }
                return Entity(type: candidates[i].type, text: String(decoding: UnsafeBufferPointer(rebasing: utf8[span.utf8]), as: UTF8.self),
                              span: span, sentence: text.tokens.isEmpty ? 0 : Int(text.tokens[tokenIndex].sentence),
                              canonical: candidates[i].canonical, id: candidates[i].id, source: candidates[i].source,
                              score: candidates[i].score, money: candidates[i].money)
            }
        }
    }
}
