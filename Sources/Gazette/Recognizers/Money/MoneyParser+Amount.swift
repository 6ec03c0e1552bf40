import Foundation

extension MoneyParser {
    /// A number read at a position: digits, spelled-out words, or an article read as one.
    struct NumberReading {
        var value: Decimal
        var end: Int
        var plainDigits: Int?
        var hasFraction = false
        /// The power of ten of the largest magnitude word inside spelled-out words ("millions" in
        /// "deux cent cinquante millions": 6).
        var magnitude: Int?
        var isDigits = false
    }

    /// One amount at piece `i`, with or without currency (a range end, or a candidate for a
    /// carried currency); nil when no number starts there.
    ///
    /// A number with nothing money-like after it (no magnitude, currency, subunit or range
    /// word) is no amount, and is not even read, unless `bare` asks for it ("20" in "$10-20").
    func amount(at i: Int, bare: Bool = false) -> Amount? {
        var j = i
        var prefix: (currency: MoneyLexicon.Currency, end: Int)?
        if pieces[i].roles.contains(.prefixCurrency),
           let match = lexicon.currencies.match(pieces, at: i, utf16: utf16, where: { $0.canPrefix }),
           match.end < n, pieces[match.end].isNumber, !pieces[match.end].lineBreakBefore {
            prefix = (match.value, match.end)
            j = match.end
        }
        var digitsEnd: Int?
        if prefix == nil, !bare, j < n, pieces[j].isNumber {
            let end = DigitReader.end(pieces, at: j, utf16: utf16)
            guard end < n, !pieces[end].roles.isDisjoint(with: MoneyPiece.Roles.afterNumber) else { return nil }
            digitsEnd = end
        }
        guard let number = number(at: j, digitsEnd: digitsEnd) else { return nil }
        j = number.end
        var amount = Amount(start: i, end: j, value: number.value, currency: prefix?.currency,
                            currencyBefore: prefix != nil, magnitude: number.magnitude,
                            plainDigits: number.plainDigits, hasFraction: number.hasFraction)

        // "$100+ billion"
        if number.isDigits, j + 1 < n, pieces[j].word == lexicon.plus, pieces[j].glued,
           magnitude(at: j + 1, prefixed: prefix != nil) != nil || suffixCurrency(at: j + 1, magnitude: false) != nil {
            amount.plus = true
            j += 1
        }
        var lastMagnitude = number.magnitude
        if let (magnitude, end) = magnitude(at: j, prefixed: prefix != nil) {
            var power = magnitude.power
            j = end
            // "₹1.6 lakh crore": a larger magnitude word after a smaller one multiplies it.
            if let (next, nextEnd) = self.magnitude(at: j, prefixed: prefix != nil), nextEnd == j + 1, next.power > power,
               tables.magnitudeWords.contains(pieces[j].word) {
                power += next.power
                j = nextEnd
            }
            amount.value = amount.value.scaled(byPowerOfTen: power)
            amount.magnitude = max(amount.magnitude ?? 0, power)
            lastMagnitude = power
        }
        if let lastMagnitude, let (fraction, end) = fraction(at: j) {
            amount.value += fraction.scaled(byPowerOfTen: lastMagnitude)
            j = end
        }
        amount.plainDigits = amount.magnitude == nil ? amount.plainDigits : nil

        if let (currency, end) = suffixCurrency(at: j, magnitude: amount.magnitude != nil) {
            if let prefix {
                // "$5 million dollars": the same currency twice is one amount.
                if prefix.currency.code == currency.code, currency.power == nil { j = end }
            } else {
                amount.currency = currency
                if let power = currency.power {
                    amount.value = amount.value.scaled(byPowerOfTen: power)
                    amount.magnitude = max(amount.magnitude ?? 0, power)
                }
                j = end
            }
        }
        amount.end = j

        if amount.currency != nil {
            if amount.magnitude == nil, !amount.hasFraction, number.isDigits || !amount.currencyBefore {
                addCents(to: &amount)
            }
        } else if let (subunit, end) = subunit(at: j, afterDigits: number.isDigits), number.isDigits || language == .en {
            // "64 cents", "10¢": a dollar subunit alone is a bare dollar amount.
            amount.value /= 100
            amount.currency = MoneyLexicon.Currency(code: subunit.code, power: nil, canPrefix: false, weak: false,
                                                    bare: subunit.code == .usd ? .dollar : nil, isWord: true)
            amount.plainDigits = nil
            amount.end = end
        }
        return amount
    }

    /// The number at piece `j`; `digitsEnd` is where its digits end, when the caller knows.
    func number(at j: Int, digitsEnd: Int? = nil) -> NumberReading? {
        guard j < n else { return nil }
        let piece = pieces[j]
        if piece.isNumber {
            guard let reading = DigitReader.read(pieces, at: j, end: digitsEnd, utf16: utf16, french: language == .fr) else {
                return nil
            }
            return NumberReading(value: reading.value, end: reading.end, plainDigits: reading.plainDigits,
                                 hasFraction: reading.hasFraction, isDigits: true)
        }
        guard piece.kind == .word, piece.roles.contains(.startsNumber) else { return nil }
        if tables.articles.contains(piece.word) {
            // "a billion dollars", "a dollar"
            let next = j + 1
            guard next < n, !pieces[next].glued, !pieces[next].lineBreakBefore,
                  !pieces[next].roles.isDisjoint(with: [.magnitude, .currency]) else { return nil }
            if tables.magnitudeWords.contains(pieces[next].word)
                || lexicon.currencies.match(pieces, at: next, utf16: utf16, where: { $0.isWord && !$0.weak }) != nil {
                return NumberReading(value: 1, end: next)
            }
            return nil
        }
        return spelledNumber(at: j)
    }

    /// More pieces than any spelled-out amount has ("quatre-vingt-dix-neuf millions neuf cent
    /// quatre-vingt-dix-neuf mille…"): a bound that keeps pathological text linear.
    static let longestSpelledNumber = 32

    /// A spelled-out number read by ICU: "deux cent cinquante millions", "twenty-five million".
    private func spelledNumber(at j: Int) -> NumberReading? {
        guard let single = tables.standaloneNumbers[pieces[j].word] else { return nil }
        var end = j + 1
        while end < n, end - j < Self.longestSpelledNumber, !pieces[end].lineBreakBefore {
            let piece = pieces[end]
            if piece.kind == .word, piece.roles.contains(.numberWord) {
                end += 1
            } else if piece.word == lexicon.dash, piece.glued, end + 1 < n, pieces[end + 1].glued,
                      pieces[end + 1].kind == .word, pieces[end + 1].roles.contains(.numberWord) {
                end += 2
            } else {
                break
            }
        }
        if end == j + 1 {
            return NumberReading(value: single, end: end, magnitude: tables.magnitudeWords[pieces[j].word]?.power)
        }
        guard let spellOut = lexicon.spellOut[language] else { return nil }
        let start = pieces[j].start
        guard let (value, length) = spellOut.parse(utf16[start..<pieces[end - 1].end]) else { return nil }
        let consumed = start + length
        // The pieces ICU read entirely, without a dangling "et", "and" or hyphen.
        var last = j - 1
        for k in j..<end {
            if pieces[k].end <= consumed { last = k } else { break }
        }
        guard last >= j else { return nil }
        let read = last
        while last > j, pieces[last].word == lexicon.dash || tables.rangeWords[pieces[last].word] == .and { last -= 1 }
        var result = value
        let exact = last == read && (last + 1 == end || consumed <= pieces[last + 1].start)
        if !exact {
            // ICU stopped inside a word ("septante" read as "sept") or past a trimmed connector.
            guard let (again, length) = spellOut.parse(utf16[start..<pieces[last].end]),
                  start + length >= pieces[last].end else { return nil }
            result = again
        }
        guard let decimal = SpellOut.decimal(result) else { return nil }
        let magnitude = pieces[j...last].compactMap { tables.magnitudeWords[$0.word]?.power }.max()
        return NumberReading(value: decimal, end: last + 1, magnitude: magnitude)
    }

    /// A magnitude word or abbreviation at `j`: "milliard", "billion", "bn", "M" in "500 M€".
    func magnitude(at j: Int, prefixed: Bool) -> (MoneyLexicon.Magnitude, Int)? {
        guard j < n, !pieces[j].lineBreakBefore else { return nil }
        var k = j
        // "$5-billion"
        if pieces[j].word == lexicon.dash, pieces[j].glued, j + 1 < n, pieces[j + 1].glued,
           tables.magnitudeWords.contains(pieces[j + 1].word) {
            k = j + 1
        }
        let piece = pieces[k]
        guard piece.kind == .word, piece.roles.contains(.magnitude) else { return nil }
        if var magnitude = tables.magnitudeWords[piece.word] {
            // French "billion" is 10^12 ("un billion d’euros"); without "de" after it, the
            // amount is written the English way ("US$4.7 billion" in a French article).
            if language == .fr, let english = lexicon.english.magnitudeWords[piece.word],
               english.power != magnitude.power,
               k + 1 >= n || (pieces[k + 1].word != lexicon.de && pieces[k + 1].word != lexicon.elidedDe) {
                magnitude = english
            }
            return (magnitude, k + 1)
        }
        guard k == j, let magnitude = tables.magnitudeAbbreviations[text(piece)] else { return nil }
        // One letter alone is too common: "$5m", "500 M€", "10 k€", "5 M USD", "£5 m".
        if magnitude.isOneLetter, !piece.glued, !prefixed,
           lexicon.currencies.match(pieces, at: k + 1, utf16: utf16, where: { !$0.isWord }) == nil {
            return nil
        }
        return (magnitude, k + 1)
    }

    /// "et demi" after a magnitude: the fraction of it.
    private func fraction(at j: Int) -> (Decimal, Int)? {
        guard let (fraction, range) = tables.fractions.match(at: j, limits: j..<n,
                                                             key: { lexicon.phraseWord(pieces[$0]) },
                                                             joins: { !pieces[$0].lineBreakBefore }) else { return nil }
        return (fraction, range.upperBound)
    }

    /// The currency after a number: "$", "euros", "d’euros" after a magnitude, "$ US", "MUSD".
    func suffixCurrency(at j: Int, magnitude: Bool) -> (MoneyLexicon.Currency, Int)? {
        guard j < n else { return nil }
        var k = j
        if magnitude, pieces[j].word == lexicon.de || pieces[j].word == lexicon.elidedDe, !pieces[j].lineBreakBefore {
            k = j + 1
        } else if pieces[j].word == lexicon.dash, pieces[j].glued, j + 1 < n, pieces[j + 1].glued, pieces[j + 1].kind == .word {
            // A compound: "a 5-million-dollar grant", "a five-dollar bill", "a 10-euro note".
            k = j + 1
        }
        guard k < n, !pieces[k].lineBreakBefore, pieces[k].roles.contains(.currency),
              let (currency, end) = lexicon.currencies.match(pieces, at: k, utf16: utf16) else { return nil }
        if currency.weak, !magnitude { return nil }
        if k == j + 1, pieces[j].word == lexicon.dash, !currency.isWord { return nil }
        // A currency word ending a compound: "dollar-denominated", "euro-zone".
        if currency.isWord, end < n, pieces[end].word == lexicon.dash, pieces[end].glued { return nil }
        // A glued word after a number must really be a unit: "42MYR", "5euros", not "5eur…".
        if k == j, pieces[k].glued, pieces[k].kind == .word, end < n, pieces[end].glued, pieces[end].kind == .word {
            return nil
        }
        return (currency, end)
    }

    /// A subunit at `j`: "cents", "centimes", "¢", "c" glued ("43c"), "p" glued ("50p").
    private func subunit(at j: Int, afterDigits: Bool) -> (MoneyLexicon.Subunit, Int)? {
        guard j < n, !pieces[j].lineBreakBefore else { return nil }
        let piece = pieces[j]
        guard piece.roles.contains(.subunit), piece.kind == .word || piece.kind == .symbol else { return nil }
        if piece.glued, piece.kind == .word, afterDigits, let subunit = tables.subunitLetters[text(piece)] {
            return (subunit, j + 1)
        }
        guard let subunit = tables.subunitWords[piece.word] else { return nil }
        // Not the start of a longer word glued on: "cents" must end there.
        if j + 1 < n, pieces[j + 1].glued, pieces[j + 1].kind == .word { return nil }
        return (subunit, j + 1)
    }

    /// "20 dollars 43 cents", "$20 and 43c", "20 dollars et 43 cents", "3€50".
    private func addCents(to amount: inout Amount) {
        var k = amount.end
        if k < n, tables.rangeWords[pieces[k].word] == .and { k += 1 }
        if k < n, pieces[k].isNumber, !pieces[k].lineBreakBefore, k > amount.end || !pieces[k].glued,
           let cents = twoDigits(pieces[k]), let (_, end) = subunit(at: k + 1, afterDigits: true) {
            amount.value += Decimal(cents) / 100
            amount.end = end
            return
        }
        // "3€50": cents glued after a glued symbol, French style.
        let symbol = amount.end - 1
        if !amount.currencyBefore, amount.end < n, symbol > amount.start, pieces[symbol].kind == .symbol,
           pieces[symbol].glued, pieces[amount.end].glued, pieces[amount.end].isNumber,
           let cents = twoDigits(pieces[amount.end]), pieces[amount.end].end - pieces[amount.end].start == 2,
           amount.end + 1 >= n || !pieces[amount.end + 1].glued || pieces[amount.end + 1].kind == .punctuation {
            amount.value += Decimal(cents) / 100
            amount.end += 1
        }
    }

    /// The value of a piece of one or two digits.
    private func twoDigits(_ piece: MoneyPiece) -> Int? {
        let units = utf16[piece.range]
        guard (1...2).contains(units.count), units.allSatisfy(MoneyPiece.isDigit) else { return nil }
        return units.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
