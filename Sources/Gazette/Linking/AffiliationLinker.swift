/// A person's affiliation: the capitalized name right after a person and "of", "at", "from"
/// or "chez" is an organization ("Declan McGowan of Bernstein", "Emiko Sato-Lindgren of
/// Mizuho Securities", "analyste chez Kepler Cheuvreux" after a named analyst).
struct AffiliationLinker: Linker {
    let lexicons: RuleLexicons
    var name: String { "affiliation" }

    static let links: Set<String> = ["of", "at", "from", "chez"]

    func link(_ entities: inout [Candidate], in text: TextAnalysis) {
        let tokens = text.tokens
        let given = entities.count
        // Made when first needed: most people have no affiliation after them.
        lazy var taken = Set(entities[..<given].map(\.range.lowerBound))
        // (By index: a loop over the entities themselves would copy each one, strings and all.)
        for p in 0..<given where entities[p].type == .person {
            let person = entities[p]
            var k = text.firstToken(atOrAfter: person.range.upperBound)
            guard k < tokens.count, tokens[k].sentence == tokenSentence(person, text) else { continue }
            // "Wojciech Nowak, an analyst at Enders Analysis": a role in apposition, then "at".
            if let link = roleLink(after: k, text) { k = link }
            guard k < tokens.count, Self.links.contains(tokens[k].key), tokens[k].sentence == tokenSentence(person, text) else { continue }
            k += 1
            if k < tokens.count, ["the", "la", "le", "l'"].contains(tokens[k].key) { k += 1 }
            guard var name = OrganizationRecognizer.capitalizedName(from: k, text, lexicons),
                  !taken.contains(Int(tokens[name.lowerBound].start)) else { continue }
            // "the Union of Concerned Scientists", "the Institute for Grid Studies".
            while name.upperBound + 1 < tokens.count, ["of", "for"].contains(tokens[name.upperBound].key),
                  tokens[name.upperBound].sentence == tokens[name.lowerBound].sentence,
                  let more = OrganizationRecognizer.capitalizedName(from: name.upperBound + 1, text, lexicons) {
                name = name.lowerBound..<more.upperBound
            }
            entities.append(Candidate(type: .org, range: text.range(name), source: "rule:org-affiliation", score: 0.7))
        }
    }

    /// The index of "at", "with" or "chez" after ", an analyst", ", a senior fellow", ",
    /// analyste" (a comma, an article maybe, up to four lowercase words), or nil.
    private func roleLink(after comma: Int, _ text: TextAnalysis) -> Int? {
        let tokens = text.tokens
        guard tokens[comma].key == "," else { return nil }
        var k = comma + 1
        if k < tokens.count, OrganizationRecognizer.articles(text.language).contains(tokens[k].key) { k += 1 }
        let first = k
        while k < tokens.count, k - first < 4, tokens[k].sentence == tokens[comma].sentence,
              tokens[k].shape == .lower || tokens[k].key == "-" {
            if Self.roleLinks.contains(tokens[k].key), k > first { return k }
            k += 1
        }
        return nil
    }

    static let roleLinks: Set<String> = ["at", "with", "chez"]

    private func tokenSentence(_ entity: Candidate, _ text: TextAnalysis) -> Int32 {
        text.tokens[min(text.firstToken(atOrAfter: entity.range.lowerBound), text.tokens.count - 1)].sentence
    }
}
