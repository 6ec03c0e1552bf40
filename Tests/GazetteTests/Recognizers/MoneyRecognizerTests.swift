import CICU
import Foundation
import Testing
@testable import Gazette
import TestSupport

@Suite("MONEY recognizer")
struct MoneyRecognizerTests {
    func money(_ text: String, _ language: Language) throws -> [Entity] {
        try sharedGazette.analyze(Document(text: text), language: language).entities.filter { $0.type == .money }
    }

    @Test("The table has at least 250 hand-written cases, in French and in English")
    func tableSize() {
        #expect(MoneyTable.all.count >= 250)
        #expect(MoneyTable.all.contains { $0.language == .fr })
        #expect(MoneyTable.all.contains { $0.language == .en })
    }

    @Test("Span, value, max, currency and qualifier", arguments: MoneyTable.all)
    func amount(_ expected: MoneyCase) throws {
        let found = try money(expected.text, expected.language)
        let entity = try #require(found.first { $0.text == expected.span },
                                  "no MONEY \"\(expected.span)\" in \(found.map(\.text))")
        let money = try #require(entity.money)
        #expect(money.value == Decimal(string: expected.value)!, "value")
        #expect(money.max == expected.max.flatMap { Decimal(string: $0) }, "max")
        #expect(money.currency == expected.currency, "currency")
        #expect(money.qualifier == expected.qualifier, "qualifier")
        #expect(entity.source == "rule:money")
        #expect((0.0...1.0).contains(entity.score))
    }

    @Test("No MONEY in texts without an amount", arguments: NoMoneyTable.all)
    func noMoney(_ language: Language, _ text: String) throws {
        let found = try money(text, language)
        #expect(found.isEmpty, "found \(found.map(\.text))")
    }

    @Test("Every amount of a text and nothing else", arguments: ExactMoneyTable.all)
    func exact(_ language: Language, _ text: String, _ spans: [String]) throws {
        #expect(try money(text, language).map(\.text) == spans)
    }

    @Test("An entity's text is the original slice at its scalar offsets")
    func textIsTheSlice() throws {
        let text = "🚀 Le prix\u{00A0}: 1\u{202F}000,50\u{00A0}€ — soit près d’un milliard de dollars, ou US$4.7 billion 🎉."
        let entities = try money(text, .fr)
        #expect(entities.count == 3)
        let scalars = Array(text.unicodeScalars)
        for entity in entities {
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[entity.start..<entity.end])
            #expect(String(slice) == entity.text)
        }
    }

    @Test("Values are written in plain notation, exactly")
    func json() throws {
        let entities = try money("Un plan de 1,5 milliard d’euros et 0,1 € de frais.", .fr)
        var writer = JSONWriter()
        for entity in entities { EntityEncoder().write(entity, doc: "d", into: &writer) }
        let json = String(decoding: writer.bytes, as: UTF8.self)
        #expect(json.contains(#""value":1500000000,"currency":"EUR""#))
        #expect(json.contains(#""value":0.1,"currency":"EUR""#))
    }

    @Test("Asking for other types skips the money rules")
    func typesSelectRecognizers() throws {
        let gazette = try Gazette(configuration: Configuration(types: [.org]))
        #expect(!gazette.pipeline.recognizers.contains { $0 is MoneyRecognizer })
        #expect(sharedGazette.pipeline.recognizers.contains { $0 is MoneyRecognizer })
    }
}

@Suite("Digit formats")
struct DigitReaderTests {
    @Test("Decision rules", arguments: [
        ("1,5", true, "1.5"), ("1,5", false, "1.5"),
        ("1,500", false, "1500"), ("1,500", true, "1.500"),
        ("4.700", false, "4.700"), ("4.700", true, "4700"),
        ("1.000,50", true, "1000.50"), ("1,000.50", false, "1000.50"),
        ("1’000", true, "1000"), ("1'000'000", false, "1000000"),
        ("1,000,000", false, "1000000"), ("1.000.000", true, "1000000"),
        ("1234,567", false, "1234.567"), ("1 000,500", false, "1000.500"),
        ("29,99", true, "29.99"), ("0,50", true, "0.50"),
    ])
    func rules(_ text: String, _ french: Bool, _ normalized: String) {
        #expect(DigitReader.normalize(Array(text.utf16), french: french)?.0 == normalized)
    }

    @Test("Not numbers", arguments: ["1.2.3", "12.5.2020", "1,00,000", "1.000,000,5"])
    func invalid(_ text: String) {
        #expect(DigitReader.normalize(Array(text.utf16), french: false) == nil)
        #expect(DigitReader.normalize(Array(text.utf16), french: true) == nil)
    }
}

@Suite("ICU money data")
struct MoneyICUTests {
    @Test("Spell-out parsing reads whole numbers", arguments: [
        ("fr", "deux cent cinquante millions", 250_000_000.0), ("fr", "mille cent", 1100), ("fr", "vingt et un", 21),
        ("fr", "quatre-vingt-dix-neuf", 99), ("en", "twenty-five million", 25_000_000), ("en", "one billion", 1e9),
        ("en", "two hundred and fifty", 250),
    ])
    func spellOut(_ locale: String, _ text: String, _ value: Double) throws {
        let reading = try #require(try SpellOut(locale: locale).parse(Array(text.utf16)[...]))
        #expect(reading.value == value)
        #expect(reading.length == text.utf16.count)
    }

    @Test("Currency codes, names and symbols come from CLDR")
    func currencies() {
        let codes = MoneyLexicon.isoCodes()
        #expect(codes.contains("USD") && codes.contains("EUR") && codes.contains("JPY") && codes.count > 100)
        #expect(MoneyLexicon.currencyName("CAD", "fr", Int32(GZ_CURRENCY_PLURAL_OTHER)) == "dollars canadiens")
        #expect(MoneyLexicon.currencyName("CAD", "en", Int32(GZ_CURRENCY_SYMBOL)) == "CA$")
    }
}

@Suite("Tabular lexicons")
struct TabularLexiconTests {
    @Test("A line with the wrong number of columns names FILE:LINE")
    func malformed() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("money-\(UUID().uuidString).tsv")
        try "# comment\nmilliard\t1000000000\tfr\tword\n\nbroken line\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: GazetteerError.self) { try TabularLexicon(contentsOf: url, columns: 4...4) }
        do {
            _ = try TabularLexicon(contentsOf: url, columns: 4...4)
        } catch {
            #expect(error.line == 4)
            #expect(error.description.hasPrefix(url.path + ":4:"))
        }
        let lenient = try TabularLexicon(contentsOf: url, columns: 1...4)
        #expect(lenient.rows.map(\.line) == [2, 4])
        #expect(lenient.rows[0][1] == "1000000000" && lenient.rows[1][3] == "")
    }
}

@Suite("Money lexicon")
struct MoneyLexiconTests {
    /// The default lexicons copied aside, with `file` replaced by `contents`.
    func lexicons(replacing file: String, with contents: String) throws -> (Lexicons, URL) {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("lexicons-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: try DefaultLists.directory().appendingPathComponent("lexicons"), to: copy)
        let url = copy.appendingPathComponent(file)
        try FileManager.default.removeItem(at: url)
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return (try Lexicons(directory: copy), copy)
    }

    @Test("A currency code that is not three capitals is refused with FILE:LINE", arguments: [
        ("money-subunits.tsv", "cents\tUSD\ten\ncentimes\teur\tfr\n", 2),
        ("money-currency-words.tsv", "euros\tEUR\n\nbucks\tUSDX\n", 3),
    ])
    func badCode(_ file: String, _ contents: String, _ line: Int) throws {
        let (lexicons, copy) = try lexicons(replacing: file, with: contents)
        defer { try? FileManager.default.removeItem(at: copy) }
        do {
            let analyzer = try sharedGazette.analyzers.take()
            _ = try MoneyLexicon(lexicons: lexicons, tokenize: analyzer.tokenize)
            Issue.record("no error for \(file)")
        } catch let error as GazetteerError {
            #expect(error.description.contains("\(file):\(line):"), "\(error)")
            #expect(error.description.contains("not an ISO 4217 code"), "\(error)")
        }
    }

    @Test("Packed currency codes read back as written and refuse anything but three capitals")
    func currencyCode() {
        #expect(CurrencyCode("EUR")?.description == "EUR")
        #expect(CurrencyCode("XOF") == CurrencyCode("XOF") && CurrencyCode("XOF") != CurrencyCode("XAF"))
        for bad in ["eur", "EU", "EURO", "E1R", "ÉUR", ""] { #expect(CurrencyCode(bad) == nil, "\(bad)") }
    }
}
