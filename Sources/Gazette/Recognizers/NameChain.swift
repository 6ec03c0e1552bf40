/// Runs of capitalized words that may form a name, joined by the small words names contain
/// ("of", "de la", "&", "d’"), with abbreviation periods and hyphens kept inside:
/// "U.S. Department of Energy", "Bureau de la politique … de la Maison Blanche".
struct NameChain {
    /// Token range of the run.
    var tokens: Range<Int>

    /// Every maximal run in a sentence. A run never crosses a line break, and ends before a
    /// connector that is not followed by a capitalized word.
    /// `dates`, when given: a connector followed by one of these words ends the run ("the
    /// Department of Energy on Monday").
    static func all(in sentence: Range<Int>, _ text: TextAnalysis, connectors: KeySet, dates: KeySet? = nil) -> [NameChain] {
        var chains: [NameChain] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard text.isCapitalizedWord(i) else { i += 1; continue }
            let start = i
            var end = i + 1
            var k = i + 1
            while k < sentence.upperBound, !text.tokens[k].lineBreakBefore {
                if text.isCapitalizedWord(k) || (text.tokens[k].kind == .number && text.isCapitalizedWord(k - 1) && text.tokens[k].key.count == 4) {
                    end = k + 1; k += 1; continue
                }
                // "U.S." and "Inc.": a period glued to an abbreviation.
                let key = text.tokens[k].key
                if key == ".", text.isGlued(k - 1), text.tokens[k - 1].kind == .word, k - 1 >= start,
                   (text.tokens[k - 1].shape == .upper || text.tokens[k - 1].end - text.tokens[k - 1].start <= 4),
                   k + 1 < sentence.upperBound, text.isCapitalizedWord(k + 1) {
                    k += 1; continue
                }
                // Hyphenated parts: "Paris-Saclay", "Auvergne-Rhône-Alpes".
                if key == "-", text.isGlued(k - 1), text.isGlued(k), text.isCapitalizedWord(k + 1) {
                    k += 1; continue
                }
                // A number of one or two digits after a hyphen: "Lyon-1", "Paris-8".
                if key == "-", text.isGlued(k - 1), text.isGlued(k), k + 1 < sentence.upperBound, text.tokens[k + 1].kind == .number,
                   text.tokens[k + 1].end - text.tokens[k + 1].start <= 2, text.isCapitalizedWord(k - 1) {
                    end = k + 2; k += 2; continue
                }
                // Connectors, possibly two ("de la", "of the"), then a capitalized word.
                var c = k
                while c < sentence.upperBound, c - k < 2, connectors.contains(id: text.tokens[c].id), text.tokens[c].shape != .capitalized || text.tokens[c].key == "&" {
                    c += 1
                }
                if c > k, c < sentence.upperBound, text.isCapitalizedWord(c), !text.tokens[c].lineBreakBefore,
                   !(dates?.contains(id: text.tokens[c].id) ?? false) {
                    k = c; continue
                }
                break
            }
            chains.append(NameChain(tokens: start..<end))
            i = max(end, start + 1)
        }
        return chains
    }
}
