/// Finds every alias of the loaded lists: organizations, people and programmes Gazette knows by name.
struct GazetteerRecognizer: Recognizer {
    let matcher: GazetteerMatcher
    var name: String { "gazetteer" }
    var types: Set<EntityType> { [.org, .person, .program] }

    func recognize(_ text: TextAnalysis) -> [Candidate] {
        matcher.matches(in: text).map { match in
            let entry = matcher.entries[match.entry]
            return Candidate(type: entry.type, range: text.range(match.tokens), source: "gazetteer",
                             score: match.tokens.count > 1 ? 0.98 : 0.95,
                             canonical: entry.name, id: entry.id)
        }
    }
}
