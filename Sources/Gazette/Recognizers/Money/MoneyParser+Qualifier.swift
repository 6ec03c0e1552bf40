extension MoneyParser {
    /// The qualifier written just before piece `start`: the longest phrase of the lexicon
    /// ("pas plus de" rather than "plus de"), "d’" read as "de", on one line with the amount.
    func qualifier(before start: Int) -> Money.Qualifier? {
        guard start < n, !pieces[start].lineBreakBefore else { return nil }
        return lexicon.qualifiers.match(at: start, limits: 0..<start,
                                        key: { lexicon.phraseWord(pieces[$0]) },
                                        joins: { !pieces[$0].lineBreakBefore })?.value
    }
}
