/// A company's national arm: an organization's name followed by a place is that company's
/// subsidiary or branch there ("Orange France", "Thales Alenia Space Belgium"), one name.
/// The entity is no longer the listed one, so it loses its canonical name and id.
struct SubsidiaryLinker: Linker {
    let lexicons: RuleLexicons
    var name: String { "subsidiary" }

    func link(_ entities: [Candidate], in text: TextAnalysis) -> [Candidate] {
        let tokens = text.tokens
        return entities.map { entity in
            guard entity.type == .org, let name = text.tokenRange(covering: entity.range), name.upperBound < tokens.count else {
                return entity
            }
            let k = name.upperBound
            let place = lexicons.places.match(at: k, in: tokens, limit: tokens.count)
            guard place > 0, tokens[k].spaceBefore, !tokens[k].lineBreakBefore, tokens[k].sentence == tokens[k - 1].sentence,
                  text.isCapitalizedWord(name.upperBound - 1), tokens[k].shape == .capitalized,
                  k + place >= tokens.count || !text.isCapitalizedWord(k + place) || tokens[k + place].lineBreakBefore,
                  // "Microsoft Paris, Texas": a town and its state are where something happens.
                  !(k + place + 1 < tokens.count && tokens[k + place].key == "," && lexicons.places.canStart(tokens[k + place + 1].id)) else {
                return entity
            }
            return Candidate(type: .org, range: entity.range.lowerBound..<Int(tokens[k + place - 1].end),
                             source: "rule:org-subsidiary", score: entity.score)
        }
    }
}
