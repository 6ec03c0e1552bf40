extension MoneyParser {
    /// The qualifier written just before piece `start`: the longest phrase of the lexicon
    /// ("pas plus de" rather than "plus de"), "d’" read as "de", on one line with the amount.
    func qualifier(before start: Int) -> Money.Qualifier? {
        // (Most amounts have none: the role of the piece before says so without a lookup.)
        guard start < n, start > 0, pieces[start - 1].roles.contains(.qualifierEnd), !pieces[start].lineBreakBefore else {
            return nil
        }
        return lexicon.qualifiers.match(at: start, limits: 0..<start,
                                        key: { lexicon.phraseWord(pieces[$0]) },
                                        joins: { !pieces[$0].lineBreakBefore })?.value
    }
}
