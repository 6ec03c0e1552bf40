import Foundation

/// Reads the amounts of one sentence, left to right, over its `MoneyPiece`s.
///
/// An amount is `[currency] number [+] [magnitude [fraction]] [de|d’] [currency] [cents]`:
/// "US$4.7 billion", "1,5 milliard d’euros", "500 M€", "$100+ billion", "20 dollars 43
/// cents", "10¢", "deux cent cinquante millions d’euros", "a billion dollars". A range joins
/// two amounts ("$1-2 billion", "entre 12 euros et 15 euros"; see `+Range`). A qualifier
/// written before the amount ("plus de", "up to") stays outside the span (see `+Qualifier`).
///
/// Rules that decide what is *not* money:
/// - an amount needs a currency: its own, or — when it has a magnitude of a million or more
///   and is followed by nothing that reads as a counted noun — the currency of the amount
///   before it in the same sentence ("100 milliards de dollars, visant 500 milliards");
///   "5 millions d’utilisateurs", "500 million users", "des milliards de dollars" (no number),
///   "8 %", "8 pour cent", years and phone numbers (no currency) are not money;
/// - "<year> dollars" after "in"/"en"/"constant" is a price base, not an amount: "$5 billion
///   in 2020 dollars" has one amount, "$5 billion";
/// - a number glued to a word ("GPT-5", "A380") never starts an amount;
/// - weak currency words need a magnitude: "2 milliards de livres" is money, "10 livres" not;
/// - "un euro fort", "un euro numérique" name the currency, not an amount of one euro.
struct MoneyParser {
    /// What one document has said so far that later amounts depend on.
    struct DocumentContext {
        /// The currency of each family last named explicitly ("C$", "US$", "dollars canadiens",
        /// "CHF"): bare dollars written the Quebec way ("10$", "2 milliards $", "dollars" in
        /// French) and bare francs that follow are in it, as a careful reader takes them.
        /// (Two fields, not a dictionary: every amount reads or writes one.)
        private var dollar: CurrencyCode?
        private var franc: CurrencyCode?

        subscript(named family: MoneyLexicon.Family) -> CurrencyCode? {
            get { family == .dollar ? dollar : franc }
            set { if family == .dollar { dollar = newValue } else { franc = newValue } }
        }
    }

    /// A parsed amount, before its currency is resolved and its qualifier read.
    struct Amount {
        /// First piece and the index after the last one.
        var start: Int
        var end: Int
        var value: Decimal
        var max: Decimal?
        var currency: MoneyLexicon.Currency?
        /// The currency stands before the number ("$5", "CHF 5").
        var currencyBefore = false
        /// The power of ten of the largest magnitude applied: a word, an abbreviation or a unit ("MUSD").
        var magnitude: Int?
        /// "$100+ billion": at least that much.
        var plus = false
        /// Digit count of a number written as a bare integer ("2020" → 4).
        var plainDigits: Int?
        var hasFraction = false
        /// The currency comes from an earlier amount of the sentence.
        var carried = false
    }

    /// The lexicon and one language's tables, made once per language and shared by the
    /// parsers of every document, which read the tables in place through it: a copy of the
    /// lexicon in each parser counted some 180 references (each an atomic operation) a document.
    final class Shared: Sendable {
        let lexicon: MoneyLexicon
        let language: Language
        let tables: MoneyLexicon.LanguageTables

        init(_ lexicon: MoneyLexicon, _ language: Language) {
            self.lexicon = lexicon
            self.language = language
            self.tables = lexicon[language]
        }
    }

    private let shared: Shared
    var lexicon: MoneyLexicon { _read { yield shared.lexicon } }
    var tables: MoneyLexicon.LanguageTables { _read { yield shared.tables } }
    var language: Language { shared.language }
    /// The pieces of the sentence being read.
    private(set) var pieces: [MoneyPiece]
    let utf16: [UInt16]
    var n: Int { pieces.count }

    /// A parser for the sentences of one document (`read(_:entries:)` loads each), with room
    /// for `capacity` pieces.
    init(_ shared: Shared, utf16: [UInt16], capacity: Int) {
        self.shared = shared
        self.pieces = []
        self.pieces.reserveCapacity(capacity)
        self.utf16 = utf16
    }

    /// Cuts the tokens of a sentence into pieces, reusing the buffer of the last sentence;
    /// `entries` are the tokens' money words and roles.
    mutating func read(_ tokens: UnsafeBufferPointer<Token>, entries: UnsafeBufferPointer<MoneyTokenIndex.Entry>) {
        pieces.removeAll(keepingCapacity: true)
        // The tables reached through one local reference, read only for parts of cut tokens:
        // handing over `lexicon.words` and `tables.roles` retained three references a sentence.
        let shared = shared
        MoneyPiece.append(tokens, entries: entries, in: utf16, to: &pieces) { key in
            let word = shared.lexicon.words.id(key)
            return (word, shared.tables.roles[word] ?? [])
        }
    }

    /// Appends the money candidates of the sentence.
    func amounts(context: inout DocumentContext, into candidates: inout [Candidate]) {
        var previous: MoneyLexicon.Currency?
        var read: ReadAhead?
        var i = 0
        while true {
            i = nextPossibleStart(from: i)
            guard i < n else { break }
            guard var found = amountOrRange(at: i, previous: previous, read: &read) else {
                i += 1
                continue
            }
            guard var currency = found.currency else { i += 1; continue }
            if let family = currency.bare {
                // Quebec style ("10$", "2 milliards $", "dollars" in French) follows the dollar the
                // document named; a "$" before the number in English is USD ("C$2 billion ($1.45 billion)").
                // Bare francs always follow the franc named.
                if family == .franc || language == .fr || (!found.currencyBefore && !currency.isWord) {
                    currency.code = context[named: family] ?? currency.code
                }
            } else if let family = currency.explicit {
                context[named: family] = currency.code
            }
            currency.bare = nil
            found.currency = currency
            let qualifier = qualifier(before: found.start) ?? (found.plus ? .atLeast : nil)
            let money = Money(value: found.value, max: found.max, currency: currency.code.description, qualifier: qualifier)
            candidates.append(Candidate(type: .money, range: pieces[found.start].start..<pieces[found.end - 1].end,
                                        source: "rule:money", score: found.carried ? 0.9 : 0.95, money: money))
            previous = currency
            i = found.end
        }
    }

    /// The first piece from `i` that may start an amount or a range: a number, or a word with
    /// one of the starting roles. Most pieces are ordinary words, skipped in this tight loop.
    @inline(never)
    private func nextPossibleStart(from i: Int) -> Int {
        pieces.withUnsafeBufferPointer { pieces in
            var i = i
            while i < pieces.count, pieces[i].kind != .number,
                  pieces[i].roles.isDisjoint(with: [.startsNumber, .prefixCurrency, .rangeWord]) {
                i += 1
            }
            return i
        }
    }

    /// The amount read at the piece after an opener ("de", "between") that led to no range:
    /// the same amount, read again from that piece, is this one.
    private struct ReadAhead {
        var index: Int
        var amount: Amount?
    }

    /// A range or a single amount starting at piece `i`.
    @inline(__always)
    private func amountOrRange(at i: Int, previous: MoneyLexicon.Currency?, read: inout ReadAhead?) -> Amount? {
        let roles = pieces[i].roles
        guard pieces[i].isNumber || !roles.isDisjoint(with: [.startsNumber, .prefixCurrency, .rangeWord]) else { return nil }
        if roles.contains(.rangeWord), let role = tables.rangeWords[pieces[i].word], role == .between || role == .from,
           i + 1 < n, canStart(i + 1) {
            let first = amount(at: i + 1)
            if let first, let range = range(from: first, opener: (i, role), previous: previous) { return range }
            read = ReadAhead(index: i + 1, amount: first)
        }
        // A range word alone ("de", "to") starts no amount of its own.
        guard pieces[i].isNumber || !roles.isDisjoint(with: [.startsNumber, .prefixCurrency]), canStart(i) else { return nil }
        let reread: Amount?
        if let read, read.index == i { reread = read.amount } else { reread = amount(at: i) }
        guard let first = reread else { return nil }
        if let range = range(from: first, opener: nil, previous: previous) { return range }
        return single(first, previous: previous)
    }

    /// A lone amount, checked: it needs a currency, and a price base is not an amount.
    private func single(_ amount: Amount, previous: MoneyLexicon.Currency?) -> Amount? {
        var amount = amount
        if amount.currency == nil {
            guard let previous, let magnitude = amount.magnitude, magnitude >= 6,
                  carryAllowed(after: amount.end) else { return nil }
            amount.currency = previous
            amount.carried = true
        }
        if isPriceBase(amount) || namesTheCurrency(amount) { return nil }
        return amount
    }

    /// "un euro fort", "un euro numérique", "a dollar shortage": one unit in words, then a
    /// word that describes the currency itself.
    private func namesTheCurrency(_ amount: Amount) -> Bool {
        // (The Decimal comparison, the costly test, last.)
        guard amount.magnitude == nil, amount.plainDigits == nil, !amount.hasFraction,
              !pieces[amount.start].isNumber, let currency = amount.currency, currency.isWord,
              amount.end < n, pieces[amount.end].kind == .word, amount.value == 1 else { return false }
        return lexicon.currencyAdjectives.contains(pieces[amount.end].word)
    }

    /// Whether what follows an amount without currency lets it take the sentence's currency:
    /// not "5 millions d’utilisateurs", not "500 million users".
    func carryAllowed(after end: Int) -> Bool {
        guard end < n else { return true }
        let next = pieces[end]
        switch next.kind {
        case .punctuation: return next.word != lexicon.percent
        case .symbol: return true
        case .number: return false
        case .word:
            if language == .fr {
                guard next.word == lexicon.de || next.word == lexicon.elidedDe else { return true }
                // "4 milliards de plus" is more money, "4 milliards d’habitants" is people.
                return end + 1 < n && lexicon.carryAfterDe.contains(pieces[end + 1].word)
            }
            return lexicon.carryFollowers.contains(next.word)
        }
    }

    /// "in 2020 dollars", "en 2015 euros": a year names the price base.
    private func isPriceBase(_ amount: Amount) -> Bool {
        guard amount.plainDigits == 4, amount.magnitude == nil, !amount.currencyBefore,
              let currency = amount.currency, currency.isWord, amount.start > 0,
              lexicon.baseYearCues.contains(pieces[amount.start - 1].word) else { return false }
        return amount.value >= 1800 && amount.value <= 2100
    }

    /// Whether an amount may start at piece `i`: not inside a number or a word.
    func canStart(_ i: Int) -> Bool {
        let piece = pieces[i]
        let previous = i > 0 ? pieces[i - 1] : nil
        switch piece.kind {
        case .punctuation:
            return false
        case .symbol:
            return true
        case .number:
            guard let previous else { return true }
            if piece.glued, previous.kind == .word || previous.kind == .number { return false }
            // "GPT-5", "COVID-19"
            if piece.glued, previous.kind == .punctuation, i >= 2, previous.glued, pieces[i - 2].kind == .word {
                return false
            }
            // The second group of "1 000 000".
            if previous.isNumber, piece.start == previous.end + 1, DigitReader.isGroupSpace(utf16[previous.end]),
               previous.end - previous.start <= 3, utf16[previous.range].allSatisfy(MoneyPiece.isDigit) {
                return false
            }
            return true
        case .word:
            if piece.glued, let previous, previous.isNumber { return false }
            return !continuesSpelledNumber(i)
        }
    }

    /// Whether piece `i` is inside a spelled-out number that starts before it ("cent" in
    /// "deux cent", "un" in "vingt et un", not "un" in "4.7 billion et un billion").
    private func continuesSpelledNumber(_ i: Int) -> Bool {
        guard pieces[i].roles.contains(.numberWord) else { return false }
        var start = i
        while start > 0, i - start < Self.longestSpelledNumber, !pieces[start].lineBreakBefore {
            let previous = pieces[start - 1]
            if previous.kind == .word, previous.roles.contains(.numberWord) {
                start -= 1
            } else if previous.word == lexicon.dash, previous.glued, pieces[start].glued {
                start -= 1
            } else {
                break
            }
        }
        guard let first = (start..<i).first(where: { tables.standaloneNumbers.contains(pieces[$0].word) }) else {
            return false
        }
        return (number(at: first)?.end ?? first) > i
    }

    /// The original text of a piece.
    func text(_ piece: MoneyPiece) -> String {
        String(utf16Units: utf16[piece.range])
    }
}
