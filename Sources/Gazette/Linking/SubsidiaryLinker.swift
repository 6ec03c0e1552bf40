/// A company's national arm: an organization's name followed by a place is that company's
/// subsidiary or branch there ("Orange France", "Thales Alenia Space Belgium"), one name.
/// The entity is no longer the listed one, so it loses its canonical name and id.
struct SubsidiaryLinker: Linker {
    let lexicons: RuleLexicons
    var name: String { "subsidiary" }

    func link(_ entities: inout [Candidate], in text: TextAnalysis) {
        let tokens = text.tokens
        for e in entities.indices where entities[e].type == .org {
            // The token after the name: a capitalized word a place can start with.
            let k = text.firstToken(atOrAfter: entities[e].range.upperBound)
            guard k > 0, k < tokens.count, tokens[k].shape == .capitalized, lexicons.places.canStart(tokens[k].id),
                  Int(tokens[k - 1].end) == entities[e].range.upperBound, text.isCapitalizedWord(k - 1) else { continue }
            let place = lexicons.places.match(at: k, in: tokens, limit: tokens.count)
            guard place > 0, tokens[k].spaceBefore, !tokens[k].lineBreakBefore, tokens[k].sentence == tokens[k - 1].sentence,
                  k + place >= tokens.count || !text.isCapitalizedWord(k + place) || tokens[k + place].lineBreakBefore,
                  // "Microsoft Paris, Texas": a town and its state are where something happens.
                  !(k + place + 1 < tokens.count && tokens[k + place].key == "," && lexicons.places.canStart(tokens[k + place + 1].id)) else {
                continue
            }
            entities[e] = Candidate(type: .org, range: entities[e].range.lowerBound..<Int(tokens[k + place - 1].end),
                                    source: "rule:org-subsidiary", score: entities[e].score)
        }
    }
}
