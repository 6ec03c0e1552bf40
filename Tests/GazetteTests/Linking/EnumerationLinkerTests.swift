import Testing
import TestSupport
@testable import Gazette

/// Companies here are invented, except the listed ones that make a list a list of organizations.
@Suite("Names listed with organizations")
struct EnumerationLinkerTests {
    @Test("Capitalized items of a list with two organizations or more are organizations", arguments: [
        ("The coalition founded by Tarnwick, Alphabet, Orvalis, Meta and Brekkmo Partners has signed.", Language.en,
         ["Tarnwick", "Alphabet", "Orvalis", "Meta", "Brekkmo Partners"]),
        ("Les clients sont Google, Microsoft et Orvalis.", .fr, ["Google", "Microsoft", "Orvalis"]),
    ])
    func listed(_ text: String, _ language: Language, _ expected: [String]) throws {
        #expect(try texts(.org, in: text, language: language) == expected)
    }

    @Test("Not a list of organizations: one known, a place, a person, or no closing 'and'", arguments: [
        ("It sells to Google, Tarnwick and Orvalis.", Language.en, ["Google"]),
        ("It sells to Google, Microsoft and Paris.", .en, ["Google", "Microsoft"]),
        ("Google, Microsoft and Laura Tarnow spoke.", .en, ["Google", "Microsoft"]),
        ("It sells to Google, Microsoft, Orvalis.", .en, ["Google", "Microsoft"]),
        // The complement of a title before the list is not an item.
        ("Le ministre de l’Économie, Google et Microsoft ont signé.", .fr, ["Google", "Microsoft"]),
    ])
    func notListed(_ text: String, _ language: Language, _ expected: [String]) throws {
        #expect(try texts(.org, in: text, language: language) == expected)
    }

    @Test("Each sentence's list is read with the entities of that sentence")
    func listsInSeveralSentences() throws {
        let text = "Nvidia reported $5 billion in sales. It sells to Google, Microsoft and Laura Tarnow. "
            + "The coalition founded by Tarnwick, Alphabet, Orvalis and Meta has signed. Google, Meta and Brekkmo agreed."
        #expect(try texts(.org, in: text, language: .en)
            == ["Nvidia", "Google", "Microsoft", "Tarnwick", "Alphabet", "Orvalis", "Meta", "Google", "Meta", "Brekkmo"])
    }
}
