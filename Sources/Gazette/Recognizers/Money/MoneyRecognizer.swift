/// Finds amounts of money in French and English: "$1.2bn", "1,5 milliard d’euros",
/// "entre 1 et 2 milliards de dollars", "deux cent cinquante millions d’euros", "C$2 billion",
/// with an exact value, an ISO 4217 currency and the qualifier written before the amount.
///
/// Work happens only in sentences with something an amount can start with (a digit, a
/// symbol, a spelled-out number before another number word, a currency or a magnitude);
/// other sentences cost one pass over their tokens. See `MoneyParser` for the grammar and
/// `DigitReader` for number formats.
struct MoneyRecognizer: Recognizer {
    let lexicon: MoneyLexicon
    /// Each language's piece roles by token id (the keys of `LanguageTables.roles` interned in
    /// the shared vocabulary): one array read per token instead of a string hash.
    private let rolesByID: [Language: [MoneyPiece.Roles]]

    var name: String { "money" }
    var types: Set<EntityType> { [.money] }

    init(lexicons: Lexicons, tokenize: (String) -> [Token]) throws {
        var vocabulary = Vocabulary()
        try self.init(lexicons: lexicons, tokenize: tokenize, vocabulary: &vocabulary)
    }

    init(lexicons: Lexicons, tokenize: (String) -> [Token], tokenizeAll: (([String]) -> [[Token]])? = nil,
         vocabulary: inout Vocabulary) throws {
        lexicon = try MoneyLexicon(lexicons: lexicons, tokenize: tokenize, tokenizeAll: tokenizeAll)
        var rolesByID: [Language: [MoneyPiece.Roles]] = [:]
        for language in [Language.fr, .en] {
            var table: [MoneyPiece.Roles] = []
            for (key, roles) in lexicon[language].roles {
                let id = Int(vocabulary.intern(key))
                if id >= table.count { table += [MoneyPiece.Roles](repeating: [], count: id - table.count + 1) }
                table[id] = roles
            }
            rolesByID[language] = table
        }
        self.rolesByID = rolesByID
    }

    func recognize(_ text: TextAnalysis) -> [Candidate] {
        let tables = lexicon[text.language]
        let rolesByID = self.rolesByID[text.language] ?? []
        var context = MoneyParser.DocumentContext()
        var candidates: [Candidate] = []
        var parser: MoneyParser?
        for sentence in text.sentences where hasTrigger(text.tokens[sentence], tables, rolesByID) {
            if parser == nil { parser = MoneyParser(lexicon: lexicon, language: text.language, utf16: text.utf16) }
            parser!.read(text.tokens[sentence], rolesByID: rolesByID)
            candidates += parser!.amounts(context: &context)
        }
        return candidates
    }

    /// Whether a sentence may hold an amount: a cheap look at its tokens before any parsing.
    func hasTrigger(_ tokens: ArraySlice<Token>, _ tables: MoneyLexicon.LanguageTables,
                    _ rolesByID: [MoneyPiece.Roles] = []) -> Bool {
        // Digits and symbols first: no lookup needed, and most amounts have them.
        // (Token fields are read in place: binding whole tokens would retain their keys.)
        for index in tokens.indices where tokens[index].kind == .number || tokens[index].kind == .symbol { return true }
        var index = tokens.startIndex
        while index < tokens.endIndex {
            if tokens[index].kind == .word {
                if let first = tokens[index].key.utf8.first, let last = tokens[index].key.utf8.last,
                   (0x30...0x39).contains(first) || (0x30...0x39).contains(last) {
                    return true
                }
                // "un", "a", "deux" are everywhere: only before a number word, a magnitude or a currency.
                // (Triggers are exactly the words with the startsNumber role.)
                let id = Int(tokens[index].id)
                let trigger = id >= 0 && !rolesByID.isEmpty
                    ? id < rolesByID.count && rolesByID[id].contains(.startsNumber)
                    : tables.triggers.contains(tokens[index].key)
                if trigger, index + 1 < tokens.endIndex,
                   tables.triggerFollowers.contains(tokens[index + 1].key) {
                    return true
                }
            }
            index += 1
        }
        return false
    }
}
