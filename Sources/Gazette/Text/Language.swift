/// A document language Gazette has rules for.
public enum Language: String, Sendable, CaseIterable {
    case fr, en
}

/// Guesses French or English from function words: cheap, and reliable on a sentence or more.
struct LanguageGuesser {
    var french: KeySet
    var english: KeySet

    init(french: Set<String>, english: Set<String>, vocabulary: inout Vocabulary) {
        self.french = KeySet(french, &vocabulary)
        self.english = KeySet(english, &vocabulary)
    }

    func guess(_ tokens: [Token]) -> Language {
        var fr = 0, en = 0
        for i in 0..<min(tokens.count, 3000) where tokens[i].kind == .word {
            if french.contains(id: tokens[i].id) { fr += 1 }
            if english.contains(id: tokens[i].id) { en += 1 }
        }
        return fr > en ? .fr : .en
    }
}
