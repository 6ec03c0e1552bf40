import CICU
import Foundation

extension MoneyLexicon {
    /// Builds the currency table: the lexicon's informal forms first (they win), then ICU's
    /// CLDR data for fr and en — every current ISO code, its symbols, names and plural names.
    ///
    /// A name or symbol ICU gives to two currencies is left out (the narrow "$" of a dozen
    /// dollars, "£" of several pounds); symbols made of letters only ("FCFA", "JPY") are left
    /// to the lexicon and the ISO codes, since letters alone read as words.
    /// `tokenizeAll` tokenizes ICU's forms in one pass (thousands of them), as `tokenize` would one by one.
    mutating func loadCurrencies(_ lexicons: Lexicons, _ tokenize: (String) -> [Token],
                                 _ tokenizeAll: ([String]) -> [[Token]]) throws {
        let table = try lexicons.table("money-currency-words", columns: 2...4)
        for row in table.rows {
            guard let code = CurrencyCode(row[1]) else {
                throw table.error(row, "not an ISO 4217 code: \"\(row[1])\"")
            }
            let power = row[2].isEmpty ? nil : try Self.power(row[2], row, table)
            let flags = Set(row[3].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            if let unknown = flags.subtracting(["prefix", "weak", "bare"]).first {
                throw table.error(row, "unknown flag \"\(unknown)\" (prefix, weak, bare)")
            }
            guard let phrase = currencyPhrase(row[0], code: code, power: power,
                                              prefix: flags.contains("prefix"), weak: flags.contains("weak"),
                                              bare: flags.contains("bare"), tokenize: tokenize) else {
                throw table.error(row, "empty currency form")
            }
            currencies.insert(phrase)
        }

        let stop = Set(try lexicons("money-code-stop").entries)
        var found: [String: (phrase: MoneyPhrase<Currency>, codes: Set<CurrencyCode>)] = [:]
        var narrow: [String: Set<String>] = [:]
        // The forms are gathered first and tokenized together, then compiled in the same order.
        var pending: [(form: String, code: String)] = []
        func add(_ form: String, _ code: String) { pending.append((form, code)) }
        for code in Self.isoCodes() {
            // A stopped code ("TRY", "ALL") is never read as such; its names and symbols still are.
            if !stop.contains(code) { add(code, code) }
            for locale in ["fr", "en"] {
                for kind in [GZ_CURRENCY_SYMBOL, GZ_CURRENCY_NAME, GZ_CURRENCY_PLURAL_ONE, GZ_CURRENCY_PLURAL_OTHER] {
                    // (Byte tests first: no character is canonically "(", and ASCII digits are the
                    // only ASCII numbers; the `Character` tests decide the rest.)
                    guard let form = Self.currencyName(code, locale, Int32(kind)), form != code,
                          !form.utf8.contains(0x28) || !form.contains("("),
                          form.utf8.allSatisfy({ $0 < 0x80 }) ? !form.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
                                                             : !form.contains(where: \.isNumber) else { continue }
                    if kind == GZ_CURRENCY_SYMBOL, !Self.hasSymbolCharacter(form) { continue }
                    add(form, code)
                }
                if let symbol = Self.currencyName(code, locale, Int32(GZ_CURRENCY_NARROW_SYMBOL)),
                   Self.hasSymbolCharacter(symbol) {
                    narrow[symbol, default: []].insert(code)
                }
            }
        }
        for (symbol, codes) in narrow where codes.count == 1 { add(symbol, codes.first!) }
        let forms = Array(Set(pending.map(\.form)))
        let tokens = Dictionary(uniqueKeysWithValues: zip(forms, tokenizeAll(forms)))
        for (form, code) in pending {
            guard let code = CurrencyCode(code), let phrase = currencyPhrase(form, code: code, power: nil, prefix: false, weak: false,
                                              bare: false, tokenize: { tokens[$0] ?? tokenize($0) }) else { continue }
            found[phrase.signature, default: (phrase, [])].codes.insert(code)
        }
        for (_, entry) in found.sorted(by: { $0.key < $1.key }) where entry.codes.count == 1 {
            currencies.insert(entry.phrase)
        }
    }

    /// A currency form compiled; its kind (symbol, code, word) decides where it may stand.
    private mutating func currencyPhrase(_ form: String, code: CurrencyCode, power: Int?, prefix: Bool, weak: Bool,
                                         bare: Bool, tokenize: (String) -> [Token]) -> MoneyPhrase<Currency>? {
        let isWord = form.contains { $0.isLowercase }
        guard var phrase = MoneyPhrase(form, value: Currency(code: code, power: power, canPrefix: prefix || !isWord, weak: weak,
                                                             isWord: isWord), tokenize: tokenize, words: &words) else { return nil }
        let keys = phrase.keys.map { words.key($0) }
        let family: Family? = if keys.contains(where: { $0 == "$" || $0.hasPrefix("dollar") }) {
            .dollar
        } else if keys.contains(where: { $0.hasPrefix("franc") }) || Self.francs.contains(code) {
            .franc
        } else {
            nil
        }
        if bare { phrase.value.bare = family } else { phrase.value.explicit = family }
        return phrase
    }

    /// The francs of today's news, named by code or symbol ("CHF 5", "FCFA"): bare "francs"
    /// after them are theirs.
    static let francs: Set<CurrencyCode> = [CurrencyCode("CHF")!, CurrencyCode("XOF")!, CurrencyCode("XAF")!]

    /// Whether a symbol has a character that is not a letter ("$", "CA$", "₹"; not "FCFA").
    static func hasSymbolCharacter(_ form: String) -> Bool {
        form.unicodeScalars.contains { !$0.properties.isAlphabetic && !$0.properties.isWhitespace }
    }

    /// The current ISO 4217 codes ICU knows.
    static func isoCodes() -> [String] {
        var buffer = [CChar](repeating: 0, count: 4 * 512)
        var status: Int32 = 0
        let n = gz_currency_codes(&buffer, 512, &status)
        guard n > 0 else { return [] }
        return (0..<Int(n)).map { i in
            String(decoding: buffer[(4 * i)..<(4 * i + 3)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    /// One display form of a currency in a locale, or nil.
    static func currencyName(_ code: String, _ locale: String, _ kind: Int32) -> String? {
        var buffer = [UInt16](repeating: 0, count: 128)
        var status: Int32 = 0
        let n = gz_currency_name(code, locale, kind, &buffer, Int32(buffer.count), &status)
        guard n > 0, n <= buffer.count else { return nil }
        let form = String(utf16Units: buffer.prefix(Int(n)))
        return form.isEmpty ? nil : form
    }
}
