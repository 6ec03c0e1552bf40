import Foundation

extension MoneyParser {
    /// A range that starts with `first`: "$1-2 billion", "$1 billion to $2 billion",
    /// "10 - 20 euros", "3 à 5 millions d’euros", and with an opener (kept in the span)
    /// "entre 1 et 2 milliards de dollars", "between $5 million and $7 million",
    /// "de 3 à 5 millions d’euros".
    ///
    /// - "entre"/"between" need "et"/"and"; "de"/"from" need "à"/"to"; without an opener,
    ///   a dash or "à"/"to" joins the ends.
    /// - The ends share one currency (written on either end, or both, or carried from the
    ///   amount before in the sentence like a single amount's); two different currencies are
    ///   two amounts.
    /// - The second end needs its own currency or magnitude ("$10-20" with a prefix
    ///   currency and a dash is the exception), so "$3 billion to 5 companies" is no range.
    /// - "de 1,1 milliard d’euros à 2,5 milliards d’euros" (each end a full amount after
    ///   "de"/"from") is a change from one amount to another: two amounts.
    /// - A magnitude written once applies to both ends when that keeps them in order:
    ///   "$1-2 billion" is 1–2 billion, "entre 400 000 et 5 millions d’euros" is 400 000–5 000 000.
    func range(from first: Amount, opener: (index: Int, role: MoneyLexicon.RangeRole)?,
               previous: MoneyLexicon.Currency?) -> Amount? {
        let s = first.end
        guard s + 1 < n, !pieces[s].lineBreakBefore, !pieces[s + 1].lineBreakBefore else { return nil }
        let separator = pieces[s]
        let isDash = separator.kind == .punctuation && separator.word == lexicon.dash
        // Only pieces with the rangeWord role are in `rangeWords` (numbers, which have no roles, never are).
        let role = separator.roles.contains(.rangeWord) ? tables.rangeWords[separator.word] : nil
        switch opener?.role {
        case .between?: guard role == .and else { return nil }
        case .from?: guard role == .to else { return nil }
        default: guard isDash || role == .to else { return nil }
        }
        guard canStart(s + 1) || pieces[s + 1].isNumber, var second = amount(at: s + 1, bare: true) else { return nil }
        var first = first
        if let a = first.currency, let b = second.currency, a.code != b.code { return nil }
        var carried = false
        var currency: MoneyLexicon.Currency
        if let own = first.currency ?? second.currency {
            currency = own
        } else {
            // "100 milliards de dollars, puis 5 à 6 milliards": the sentence's currency, as for one amount.
            guard let previous, let magnitude = second.magnitude, magnitude >= 6,
                  carryAllowed(after: second.end) else { return nil }
            currency = previous
            carried = true
        }
        if second.currency == nil, second.magnitude == nil {
            guard isDash, first.currencyBefore, first.magnitude == nil else { return nil }
        }
        if first.currency != nil, second.currency != nil,
           opener?.role == .from || (opener == nil && first.start > 0 && tables.rangeWords[pieces[first.start - 1].word] == .from) {
            return nil
        }

        if first.magnitude == nil, let magnitude = second.magnitude,
           case let scaled = first.value.scaled(byPowerOfTen: magnitude), scaled.isAtMost(second.value) {
            first.value = scaled
        } else if second.magnitude == nil, let magnitude = first.magnitude,
                  case let scaled = second.value.scaled(byPowerOfTen: magnitude), first.value.isAtMost(scaled) {
            second.value = scaled
        }
        guard first.value.isAtMost(second.value) else { return nil }
        return Amount(start: opener?.index ?? first.start, end: second.end, value: first.value, max: second.value,
                      currency: currency, currencyBefore: first.currencyBefore,
                      magnitude: first.magnitude ?? second.magnitude, plus: first.plus || second.plus, carried: carried)
    }
}
