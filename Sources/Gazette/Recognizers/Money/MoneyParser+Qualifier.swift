extension MoneyParser {
    /// The qualifier written just before piece `start`: the longest phrase of the lexicon
    /// ("pas plus de" rather than "plus de"), "d’" read as "de".
    func qualifier(before start: Int) -> Money.Qualifier? {
        let longest = min(lexicon.maxQualifierPieces, start)
        guard longest > 0 else { return nil }
        for count in stride(from: longest, through: 1, by: -1) {
            let slice = pieces[(start - count)..<start]
            if slice.dropFirst().contains(where: \.lineBreakBefore) || pieces[start].lineBreakBefore { continue }
            let key = slice.map { MoneyLexicon.normalizedKey($0.key) }.joined(separator: " ")
            if let qualifier = lexicon.qualifiers[key] { return qualifier }
        }
        return nil
    }
}
