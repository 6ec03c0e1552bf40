/// Names listed with organizations are organizations: in "founded by Stripe, Alphabet,
/// Shopify, Meta and McKinsey Sustainability", Alphabet and Meta are known, so the other
/// capitalized items of the list are companies too.
///
/// A list here is three items or more, separated by commas and closed by "and"/"et", in one
/// sentence; at least two items are organizations already, none is of another type, and each
/// new item is one to four capitalized words that are not a person's first name or a place.
struct EnumerationLinker: Linker {
    let lexicons: RuleLexicons
    var name: String { "enumeration" }

    func link(_ entities: [Candidate], in text: TextAnalysis) -> [Candidate] {
        guard entities.count(where: { $0.type == .org }) >= 2 else { return entities }
        var spans: [Range<Int>?] = []
        var startingAt: [Int: Int] = [:]  // first token → entity
        var endingAt: [Int: Int] = [:]  // token after the last → entity
        for e in entities.indices {
            let span = text.tokenRange(covering: entities[e].range)
            spans.append(span)
            if let span, !span.isEmpty {
                startingAt[span.lowerBound] = e
                endingAt[span.upperBound] = e
            }
        }
        var result = entities
        var listed = Set<Int>()  // entities already read as part of a list
        for e in entities.indices where entities[e].type == .org && !listed.contains(e) {
            guard let span = spans[e], !span.isEmpty else { continue }
            var items: [(tokens: Range<Int>, entity: Int?)] = [(span, e)]
            // Leftwards, past commas only: "Stripe, Alphabet, …".
            var k = span.lowerBound
            while k >= 2, text.tokens[k - 1].key == ",", let item = item(endingAt: k - 1, text, spans, endingAt) {
                items.insert(item, at: 0)
                k = item.tokens.lowerBound
            }
            // Rightwards, to the closing "and".
            var closed = false
            k = span.upperBound
            while k < text.tokens.count, !closed {
                var next = k
                if text.tokens[next].key == "," { next += 1 }
                guard next < text.tokens.count else { break }
                closed = ["and", "et"].contains(text.tokens[next].key) && text.tokens[next].shape == .lower
                if closed { next += 1 }
                guard next > k, next < text.tokens.count, !text.tokens[next].lineBreakBefore else { break }
                if let f = startingAt[next], let found = spans[f] {
                    items.append((found, f))
                    k = found.upperBound
                } else if let run = OrganizationRecognizer.capitalizedName(from: next, text, lexicons), isItem(run, text) {
                    items.append((run, nil))
                    k = run.upperBound
                } else {
                    closed = false
                    break
                }
            }
            let known = items.compactMap(\.entity)
            listed.formUnion(known)
            guard closed, items.count >= 3, known.count >= 2, known.count < items.count,
                  known.allSatisfy({ entities[$0].type == .org }),
                  items.allSatisfy({ text.tokens[$0.tokens.lowerBound].sentence == text.tokens[span.lowerBound].sentence }) else { continue }
            for item in items where item.entity == nil {
                result.append(Candidate(type: .org, range: text.range(item.tokens), source: "rule:org-enumeration", score: 0.65))
            }
        }
        return result
    }

    /// The list item that ends right before token `end` (a comma): an entity, or capitalized words.
    private func item(endingAt end: Int, _ text: TextAnalysis, _ spans: [Range<Int>?],
                      _ endingAt: [Int: Int]) -> (tokens: Range<Int>, entity: Int?)? {
        if let e = endingAt[end], let span = spans[e] { return (span, e) }
        guard let run = OrganizationRecognizer.capitalizedName(endingAt: end, floor: 0, text, lexicons), isItem(run, text) else { return nil }
        return (run, nil)
    }

    /// Capitalized words that can be a listed company: not a sentence's opening word, and
    /// standing alone (no capitalized word glued on after them).
    private func isItem(_ run: Range<Int>, _ text: TextAnalysis) -> Bool {
        let first = run.lowerBound
        guard !lexicons.sentenceStarters.contains(id: text.tokens[first].id),
              !lexicons.functionWords.contains(id: text.tokens[first].id) else { return false }
        return run.upperBound >= text.tokens.count || !text.isCapitalizedWord(run.upperBound)
    }
}
