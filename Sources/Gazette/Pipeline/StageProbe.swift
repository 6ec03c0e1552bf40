/// The pipeline's stages one at a time, for the in-process benchmark
/// (`Benchmarks/GazetteBench`, built only by `Benchmarks/run.sh`).
///
/// `package` access: visible to the targets of this package, never part of the public API.
/// Each entry point runs exactly the code `Gazette.analyze` runs for that stage, so the
/// benchmark can time stages apart and check that their sum gives the same entities.
/// Stage outputs cross the boundary as opaque values (`Analysis`, `Candidates`).
package final class StageProbe {
    package struct Analysis { var text: TextAnalysis; var normalized: NormalizedText? }
    package struct Candidates {
        var items: [Candidate]
        package var count: Int { items.count }
        package static func concatenating(_ parts: [Candidates]) -> Candidates { Candidates(items: parts.flatMap(\.items)) }
        /// The items, left to the caller alone (so that they are not copied when changed).
        mutating func take() -> [Candidate] {
            defer { items = [] }
            return items
        }
    }

    let gazette: Gazette
    private let analyzer: TextAnalyzer
    private var sentenceBreakers: [Language: BreakIterator] = [:]
    private var floorBreakers: [String: BreakIterator] = [:]

    package init(_ gazette: Gazette) throws {
        self.gazette = gazette
        analyzer = try gazette.analyzers.take()
    }

    deinit { gazette.analyzers.give(analyzer) }

    package var recognizerNames: [String] { gazette.pipeline.recognizers.map(\.name) }
    package var linkerNames: [String] { gazette.pipeline.linkers.map(\.name) }

    /// Bytes to a document: BOM, UTF-8 validation (or repair), UTF-16 buffer.
    package func decode(_ bytes: [UInt8], id: String) -> Document {
        Document(id: id, text: UTF8Decoder.decode(bytes).text)
    }

    /// ICU break iteration alone, boundaries and rule statuses, nothing else: the floor.
    /// Returns the number of boundaries.
    package func breakFloor(_ document: Document, sentence: Bool, locale: String) throws -> Int {
        let key = "\(sentence ? "s" : "w")/\(locale)"
        let breaker: BreakIterator
        if let b = floorBreakers[key] { breaker = b } else {
            breaker = try BreakIterator(sentence ? .sentence : .word, locale: locale)
            floorBreakers[key] = breaker
        }
        return breaker.segments(document.utf16).ends.count
    }

    /// Folding into the flat buffer with its offset map.
    package func normalize(_ document: Document) -> Analysis {
        let normalized = analyzer.normalize(document.utf16)
        return Analysis(text: TextAnalysis(document: document, language: .en, tokens: [], sentences: []),
                        normalized: normalized)
    }

    /// Word break, the tokenizer's corrections (elisions, possessives, narrow spaces) and token
    /// keys and ids, on a normalized text.
    package func tokenize(_ analysis: inout Analysis) {
        analysis.text.tokens = analyzer.tokenize(analysis.text.document.utf16, normalized: analysis.normalized!)
        analysis.normalized = nil
    }

    package func guessLanguage(_ analysis: inout Analysis) {
        analysis.text.language = gazette.configuration.language ?? analyzer.guessLanguage(analysis.text.tokens)
    }

    /// ICU sentence break and the correction pass.
    package func splitSentences(_ analysis: inout Analysis) throws {
        analysis.text.sentences = try analyzer.splitSentences(analysis.text.document.utf16, tokens: &analysis.text.tokens,
                                                              language: analysis.text.language)
    }

    package var tokenCount: (Analysis) -> Int { { $0.text.tokens.count } }

    /// One recognizer, by its index in `recognizerNames`.
    package func recognize(_ index: Int, _ analysis: Analysis) -> Candidates {
        Candidates(items: gazette.pipeline.recognizers[index].recognize(analysis.text))
    }

    // The stages below take their candidates over, as the pipeline hands them on: an array
    // still referenced elsewhere would be copied whole where the pipeline moves it.

    package func resolve(_ candidates: consuming Candidates) -> Candidates {
        let room = Pipeline.linkerRoom(candidates.count)
        return Candidates(items: OverlapResolver.resolve(candidates.take(), room: room))
    }

    /// One linker, by its index in `linkerNames`.
    package func link(_ index: Int, _ candidates: consuming Candidates, _ analysis: Analysis) -> Candidates {
        var items = candidates.take()
        gazette.pipeline.linkers[index].link(&items, in: analysis.text)
        return Candidates(items: items)
    }

    /// The second resolution after linking, the type filter, and offsets in all units with the entity texts.
    package func finish(_ candidates: consuming Candidates, _ analysis: Analysis) -> Extraction {
        gazette.pipeline.finish(candidates.take(), analysis.text, linked: !gazette.pipeline.linkers.isEmpty)
    }

    /// Start-up in two parts: reading and parsing the lists and lexicons, then compiling the
    /// recognizers (tokenizing every alias into the trie, the rule lexicons into phrase sets).
    package static func construct(_ configuration: Configuration, clock: () -> UInt64) throws -> (load: UInt64, compile: UInt64) {
        let t0 = clock()
        let resources = try Resources.load(configuration)
        let t1 = clock()
        let compiled = try Gazette.compile(configuration, resources)
        let t2 = clock()
        // Freed after the clock is read: tearing down is not part of starting up.
        withExtendedLifetime((resources, compiled)) {}
        return (t1 - t0, t2 - t1)
    }

    /// The whole pipeline, as `Gazette.analyze` runs it.
    package func analyze(_ document: Document) throws -> Extraction {
        try gazette.analyze(document)
    }
}
