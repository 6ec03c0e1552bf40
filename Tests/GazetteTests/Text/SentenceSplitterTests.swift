import Testing
import TestSupport
@testable import Gazette

@Suite("Sentence segmentation")
struct SentenceSplitterTests {
    func sentences(_ text: String, _ language: Language) throws -> [String] {
        let analysis = try sharedGazette.textAnalysis(Document(text: text), language: language)
        return analysis.sentences.map { analysis.text($0) }
    }

    @Test("No split after a French abbreviation or title", arguments: [
        "M. Kevin Weil a parlé.", "MM. Dupont et Durand ont parlé.", "Mme Claire Roux a parlé.",
        "Le Dr. Alain Roux a parlé.", "Le Pr. Alain Roux a parlé.", "Le Dr Alain Roux a parlé.",
    ])
    func french(_ text: String) throws {
        #expect(try sentences(text + " Puis il est parti.", .fr) == [text, "Puis il est parti."])
    }

    @Test("No split after an English abbreviation, title or initial", arguments: [
        "Mr. Kevin Weil spoke.", "Mrs. Jane Smith spoke.", "Ms. Jane Smith spoke.", "Dr. Jane Smith spoke.",
        "Prof. Jane Smith spoke.", "St. Louis is big.", "The U.S. Department of Energy spoke.",
        "The U.K. government spoke.", "Acme Inc. signed a deal.", "Acme Corp. signed a deal.",
        "Acme Ltd. signed a deal.", "Acme Co. signed a deal.", "J. K. Rowling wrote.",
        "He moved to Washington D.C. last year.",
    ])
    func english(_ text: String) throws {
        #expect(try sentences(text + " Then it ended.", .en) == [text, "Then it ended."])
    }

    @Test("An abbreviation at the very end of a sentence still ends it")
    func abbreviationAtEnd() throws {
        #expect(try sentences("He works in the U.S. The company agreed.", .en).count == 2)
    }

    @Test("Guillemets, brackets and ’ never cause a split")
    func quotes() throws {
        #expect(try sentences("« C’est historique ! » a déclaré Jean Roux. Fin.", .fr).count == 2)
        #expect(try sentences("Il a signé (voir p. 3. ci-dessous) hier. Fin.", .fr).count == 2)
        #expect(try sentences("L’accord d’OpenAI est signé. Fin.", .fr).count == 2)
    }

    @Test("A line break inside a sentence does not split it; a blank line does")
    func lineBreaks() throws {
        #expect(try sentences("Le Département américain\nde l’Énergie a signé.", .fr).count == 1)
        #expect(try sentences("Titre de l’article\n\nLe texte commence.", .fr).count == 2)
        #expect(try sentences("Caroline Bishop\n03 jan 2026\nOpenAI a signé.", .fr).count == 3)
    }
}

@Suite("Tokenization")
struct TokenizerTests {
    func tokens(_ text: String) throws -> [String] {
        let analysis = try sharedGazette.textAnalysis(Document(text: text), language: .fr)
        return analysis.tokens.map { analysis.text(of: $0) }
    }

    @Test("Elisions are split, with ' or ’, in any case", arguments: [
        ("l’Agence", ["l’", "Agence"]), ("d'OpenAI", ["d'", "OpenAI"]), ("L’État", ["L’", "État"]),
        ("qu’Inria", ["qu’", "Inria"]), ("jusqu’à", ["jusqu’", "à"]), ("lorsqu’il", ["lorsqu’", "il"]),
        ("puisqu’elle", ["puisqu’", "elle"]), ("j’ai", ["j’", "ai"]), ("m’a", ["m’", "a"]),
        ("n’est", ["n’", "est"]), ("s’est", ["s’", "est"]), ("t’as", ["t’", "as"]), ("c’est", ["c’", "est"]),
        ("D’OPENAI", ["D’", "OPENAI"]),
    ])
    func elisions(_ text: String, _ expected: [String]) throws {
        #expect(try tokens(text) == expected)
    }

    @Test("Words that merely contain an apostrophe stay whole")
    func notElisions() throws {
        #expect(try tokens("aujourd’hui O’Neill") == ["aujourd’hui", "O’Neill"])
    }

    @Test("Token shapes")
    func shapes() throws {
        let analysis = try sharedGazette.textAnalysis(Document(text: "Énergie DOE iPhone énergie 2030 OpenAI ,"), language: .fr)
        #expect(analysis.tokens.map(\.shape) == [.capitalized, .upper, .mixed, .lower, .digits, .capitalized, .other])
        #expect(analysis.tokens.map(\.kind) == [.word, .word, .word, .word, .number, .word, .punctuation])
    }
}

@Suite("Language guess")
struct LanguageGuessTests {
    @Test("French and English are told apart from function words", arguments: [
        ("Le ministère a signé un accord avec les laboratoires nationaux pour la recherche.", Language.fr),
        ("The department signed an agreement with the national laboratories for research.", Language.en),
        ("OpenAI et le DOE ont signé.", Language.fr),
        ("OpenAI and the DOE have signed.", Language.en),
    ])
    func guess(_ text: String, _ expected: Language) throws {
        #expect(try sharedGazette.analyze(Document(text: text)).language == expected)
    }

    @Test("--lang overrides the guess")
    func override() throws {
        let gazette = try Gazette(configuration: Configuration(language: .fr))
        #expect(try gazette.analyze(Document(text: "The department signed.")).language == .fr)
    }
}

@Suite("Sentence segmentation regressions")
struct SentenceRegressionTests {
    @Test("An all-caps name before a period still ends the sentence (ICU's fr@ss=standard does not)")
    func capsBeforePeriod() throws {
        let analysis = try sharedGazette.textAnalysis(Document(text: "Coentreprise de TSMC. Le CEA signe."), language: .fr)
        #expect(analysis.sentences.count == 2)
    }
}
