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

    func link(_ entities: inout [Candidate], in text: TextAnalysis) {
        // Most documents have no organization followed by a list separator: they cost one
        // token lookup per organization.
        var listed: [(entity: Int, tokens: Range<Int>)] = []
        for e in entities.indices where entities[e].type == .org {
            guard let span = text.tokenRange(covering: entities[e].range), !span.isEmpty,
                  isSeparator(span.upperBound, text) || isSeparator(span.lowerBound - 1, text) else { continue }
            listed.append((e, span))
        }
        guard listed.count >= 2 else { return }
        // Every entity of the sentences with a listed organization (a list's items are in one
        // sentence) by the token it starts or ends at, for the items around them. Finding an
        // entity's tokens is a binary search, and most entities are in other sentences.
        let sentences = listSentences(listed.map(\.tokens), text)
        var startsAt = [Int32](repeating: -1, count: text.tokens.count + 1)
        var endsAt = [Int32](repeating: -1, count: text.tokens.count + 1)
        var spans = [Range<Int>?](repeating: nil, count: entities.count)
        for e in entities.indices {
            guard Self.contains(sentences, entities[e].range.lowerBound),
                  let span = text.tokenRange(covering: entities[e].range), !span.isEmpty else { continue }
            spans[e] = span
            startsAt[span.lowerBound] = Int32(e)
            endsAt[span.upperBound] = Int32(e)
        }
        var seen = Set<Int>()  // entities already read as part of a list
        for (e, span) in listed where !seen.contains(e) {
            var items: [(tokens: Range<Int>, entity: Int?)] = [(span, e)]
            // Leftwards, past commas only: "Stripe, Alphabet, …".
            var k = span.lowerBound
            while k >= 2, text.tokens[k - 1].kind == .punctuation, text.tokens[k - 1].key == "," {
                let end = k - 1
                if endsAt[end] >= 0, let found = spans[Int(endsAt[end])] {
                    items.insert((found, Int(endsAt[end])), at: 0)
                } else if let run = OrganizationRecognizer.capitalizedName(endingAt: end, floor: 0, text, lexicons), isItem(run, text),
                          // Not the complement of what comes before: "le ministre de l’Économie, …".
                          run.lowerBound == 0 || !lexicons.connectors.contains(id: text.tokens[run.lowerBound - 1].id) {
                    items.insert((run, nil), at: 0)
                } else {
                    break
                }
                k = items[0].tokens.lowerBound
            }
            // Rightwards, to the closing "and".
            var closed = false
            k = span.upperBound
            while k < text.tokens.count, !closed {
                var next = k
                if text.tokens[next].kind == .punctuation, text.tokens[next].key == "," { next += 1 }
                guard next < text.tokens.count else { break }
                closed = isConjunction(next, text)
                if closed { next += 1 }
                guard next > k, next < text.tokens.count, !text.tokens[next].lineBreakBefore else { break }
                if startsAt[next] >= 0, let found = spans[Int(startsAt[next])] {
                    items.append((found, Int(startsAt[next])))
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
            seen.formUnion(known)
            let sentence = text.tokens[span.lowerBound].sentence
            guard closed, items.count >= 3, known.count >= 2, known.count < items.count,
                  known.allSatisfy({ entities[$0].type == .org }),
                  items.allSatisfy({ text.tokens[$0.tokens.lowerBound].sentence == sentence }) else { continue }
            for item in items where item.entity == nil {
                entities.append(Candidate(type: .org, range: text.range(item.tokens), source: "rule:org-enumeration", score: 0.65))
            }
        }
    }

    /// The UTF-16 ranges of the sentences holding `spans`, in order, without repeats.
    private func listSentences(_ spans: [Range<Int>], _ text: TextAnalysis) -> [Range<Int>] {
        let sentences = Set(spans.map { Int(text.tokens[$0.lowerBound].sentence) }).sorted()
        return sentences.map { text.range(text.sentences[$0]) }
    }

    /// Whether one of `ranges` (in order, disjoint) holds `offset`.
    private static func contains(_ ranges: [Range<Int>], _ offset: Int) -> Bool {
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count && ranges[lo].contains(offset)
    }

    /// A comma, "and" or "et" at token `i`.
    private func isSeparator(_ i: Int, _ text: TextAnalysis) -> Bool {
        guard i >= 0, i < text.tokens.count else { return false }
        return (text.tokens[i].kind == .punctuation && text.tokens[i].key == ",") || isConjunction(i, text)
    }

    private func isConjunction(_ i: Int, _ text: TextAnalysis) -> Bool {
        text.tokens[i].kind == .word && text.tokens[i].shape == .lower && (text.tokens[i].key == "and" || text.tokens[i].key == "et")
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
