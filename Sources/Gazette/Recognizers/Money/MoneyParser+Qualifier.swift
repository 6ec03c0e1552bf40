extension MoneyParser {
    /// The qualifier written just before piece `start`: the longest phrase of the lexicon
    /// ("pas plus de" rather than "plus de"), "d’" read as "de".
    func qualifier(before start: Int) -> Money.Qualifier? {
        let longest = min(lexicon.maxQualifierPieces, start)
        guard longest > 0 else { return nil }
        // Every phrase tried ends with the piece before the amount: when no qualifier ends with
        // that word (a key without spaces is one last word), none can match.
        let last = MoneyLexicon.normalizedKey(pieces[start - 1].key)
        if !last.utf8.contains(0x20), !lexicon.qualifierLastKeys.contains(last) { return nil }
        for count in stride(from: longest, through: 1, by: -1) {
            let slice = pieces[(start - count)..<start]
            if slice.dropFirst().contains(where: \.lineBreakBefore) || pieces[start].lineBreakBefore { continue }
            let key = slice.map { MoneyLexicon.normalizedKey($0.key) }.joined(separator: " ")
            if let qualifier = lexicon.qualifiers[key] { return qualifier }
        }
        return nil
    }
}
