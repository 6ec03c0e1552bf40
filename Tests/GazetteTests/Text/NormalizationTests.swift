import Testing
import TestSupport
@testable import Gazette

@Suite("Matching normalization")
struct NormalizationTests {
    static let list = try! gazette(withList: [
        "doe\tORG\tUnited States Department of Energy\tDépartement américain de l’Énergie|DOE\t*\t",
        "anr\tORG\tAgence nationale de la recherche\tANR\t*\t",
        "openai\tORG\tOpenAI\t\t*\t",
        "psaclay\tORG\tUniversité Paris-Saclay\t\t*\t",
        "apple\tORG\tApple\t\t*\t",
    ])

    @Test("Accent, case, apostrophe, space and line-break variants find the entry", arguments: [
        "Departement americain de l'energie",
        "DÉPARTEMENT AMÉRICAIN DE L’ÉNERGIE",
        "Département américain de l‘Énergie",
        "Département\u{00A0}américain de\u{202F}l’Énergie",
        "Département  américain\nde l’Énergie",
        "Département americain de lʼEnergie",
    ])
    func variants(_ variant: String) throws {
        let found = try texts(.org, in: "Hier, le \(variant) a signé.", gazette: Self.list)
        #expect(found == [variant])
    }

    @Test("Hyphens and spaces are interchangeable")
    func hyphens() throws {
        #expect(try texts(.org, in: "à l’Université Paris Saclay et l’Université Paris‑Saclay", gazette: Self.list)
                == ["Université Paris Saclay", "Université Paris‑Saclay"])
    }

    @Test("A capitalized alias never matches lowercase prose")
    func capitalizationGuard() throws {
        #expect(try texts(.org, in: "Il mange une apple. Apple a signé.", gazette: Self.list) == ["Apple"])
    }

    @Test("French elision d’ is split from the name")
    func elision() throws {
        #expect(try texts(.org, in: "Le partenariat d’OpenAI et qu’OpenAI annonce", gazette: Self.list) == ["OpenAI", "OpenAI"])
    }

    @Test("A leading article and elided preposition stay outside the span")
    func leadingArticle() throws {
        #expect(try texts(.org, in: "Les fonds de l’Agence nationale de la recherche.", gazette: Self.list)
                == ["Agence nationale de la recherche"])
    }

    @Test("English possessive is split from the name")
    func possessive() throws {
        #expect(try texts(.org, in: "OpenAI's models and OpenAI’s chips", gazette: Self.list) == ["OpenAI", "OpenAI"])
    }

    @Test("Short acronyms match case-sensitively")
    func acronymsExact() throws {
        #expect(try texts(.org, in: "The DOE said. The doe ran. The Doe family.", gazette: Self.list) == ["DOE"])
    }

    @Test("Folding removes accents and case, keeps letters")
    func folding() {
        #expect(Folding.fold("ÉNERGIE Straße l’É") == "energie strasse l'e")
    }
}

@Suite("Narrow no-break spaces")
struct NarrowSpaceTests {
    @Test("U+202F inside guillemets and before punctuation separates words (ICU joins it)")
    func guillemets() throws {
        let found = try texts(.program, in: "La «\u{202F}Mission Genesis\u{202F}» avance\u{202F}!", language: .fr)
        #expect(found == ["Mission Genesis"])
    }
}
