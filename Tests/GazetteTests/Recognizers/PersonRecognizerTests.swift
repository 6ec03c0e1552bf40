import Testing
import TestSupport
@testable import Gazette

/// Names here are invented, so only the rules (not the lists) can find them.
@Suite("PERSON rules")
struct PersonRecognizerTests {
    func people(_ text: String, _ language: Language) throws -> [String] {
        try texts(.person, in: text, language: language)
    }

    @Test("A title or role before a name stays outside the span", arguments: [
        ("M. Aurélien Tessier a signé l’accord.", Language.fr, ["Aurélien Tessier"]),
        ("Selon Mme Odile Varenne, le projet avance.", .fr, ["Odile Varenne"]),
        ("Le Dr Kwabena Asante-Mills a expliqué la méthode.", .fr, ["Kwabena Asante-Mills"]),
        ("La présidente Hortense Lebrun-Ferrat a tranché.", .fr, ["Hortense Lebrun-Ferrat"]),
        ("Dr. Miriam Okwuosa presented the results.", .en, ["Miriam Okwuosa"]),
        ("Sen. Halvard Brekke asked for a delay.", .en, ["Halvard Brekke"]),
        ("Ms. Priyamvada Raghunathan leads the team.", .en, ["Priyamvada Raghunathan"]),
        // Words that qualify the title read like a name's start; the name begins after the title.
        ("\"It works,\" said Parliamentary State Secretary Wiebke Harmsen-Loth at the launch.", .en, ["Wiebke Harmsen-Loth"]),
        ("Then Former Secretary Tobiah Quandt spoke.", .en, ["Tobiah Quandt"]),
        // A profession no list has, told by its ending; not a word that only looks like one.
        ("La start-up a été fondée par l’hydrologue Olumide Adebarin en 2021.", .fr, ["Olumide Adebarin"]),
        ("The readings came from oceanographer Ines Varga-Lund at the station.", .en, ["Ines Varga-Lund"]),
        ("Le catalogue Orvane Maritime est paru.", .fr, []),
        // A nationality after the title, then a name of two words or more; an elision after an honorific.
        ("La rapporteure néerlandaise Griet van Oosterwijk-Pauwels défend un plancher.", .fr, ["Griet van Oosterwijk-Pauwels"]),
        ("Le projet intéresse le chimiste belge Corvanex.", .fr, []),
        ("Selon Mme d’Aubervalle, l’initiative avance.", .fr, ["d’Aubervalle"]),
        // A particle opens a name after an honorific, not after a role in capitals.
        ("Mme de Vaulserre a signé, comme M. de La Tourvel.", .fr, ["de Vaulserre", "de La Tourvel"]),
        ("Selon Maëlle Quiroz, PDG de Tallwick, le projet avance.", .fr, ["Maëlle Quiroz"]),
    ])
    func title(_ text: String, _ language: Language, _ expected: [String]) throws {
        #expect(try people(text, language) == expected)
    }

    @Test("A known first name with surnames, particles, initials and hyphens", arguments: [
        ("Kevin Brackwell a rejoint l’équipe.", Language.fr, ["Kevin Brackwell"]),
        ("Jean-Baptiste de La Motte-Vérel dirige le projet.", .fr, ["Jean-Baptiste de La Motte-Vérel"]),
        ("Laura J. Whitcombe runs the archive.", .en, ["Laura J. Whitcombe"]),
        ("Ursula van der Hoeven spoke first.", .en, ["Ursula van der Hoeven"]),
        ("Emily O’Dwyer chairs the panel.", .en, ["Emily O’Dwyer"]),
        // Two known first names joined make a compound one, listed or not.
        ("Selon elle, Claire-Agathe Verlhac-Dumas a tranché.", .fr, ["Claire-Agathe Verlhac-Dumas"]),
        ("Marie-Hélène d’Ormesson-Plaut dirige le service.", .fr, ["Marie-Hélène d’Ormesson-Plaut"]),
        ("Le PDG d’Orvalis a présenté le plan.", .fr, []),
        ("Kevin Varnier d’Orvalis a présenté le plan.", .fr, ["Kevin Varnier"]),
    ])
    func firstName(_ text: String, _ language: Language, _ expected: [String]) throws {
        #expect(try people(text, language) == expected)
    }

    @Test("Speech verbs and appositions mark names the lists do not know", arguments: [
        ("« Nous sommes prêts », a déclaré Tadeusz Wronski.", Language.fr, ["Tadeusz Wronski"]),
        ("\"We are ready,\" said Obinna Achebe-Lowe.", .en, ["Obinna Achebe-Lowe"]),
        ("Its chief executive, Folake Adeyemi-Stone, said demand was strong.", .en, ["Folake Adeyemi-Stone"]),
        ("Torvald Eikrem, a policy researcher, disagreed.", .en, ["Torvald Eikrem"]),
        ("The programme manager, Adaeze Okoro-Lind, came from industry.", .en, ["Adaeze Okoro-Lind"]),
        // Name, "of", the organization, a speech verb: how analysts are introduced.
        ("Not everyone agreed. Oisin Threlkeld of Harwick Partners noted that margins fell.", .en, ["Oisin Threlkeld"]),
        ("Ysolde Marrack-Penn of the Institute for Grid Studies said the plan was late.", .en, ["Ysolde Marrack-Penn"]),
        ("M. J.-C. Varnier. — Et le budget ?", .fr, ["J.-C. Varnier"]),
        // A title and its complement, a comma, the name between commas.
        ("Le ministre tunisien de l’Enseignement supérieur, Moncef Boukhtari, a inauguré le pôle.", .fr, ["Moncef Boukhtari"]),
        ("The agency's deputy director for space, Amaru Quispe Lindqvar, said so.", .en, ["Amaru Quispe Lindqvar"]),
        ("Le ministre de l’Économie, Orvalis Capital et Tarnwick Partners ont signé.", .fr, []),
        // Words after "said" and before a verb are what was said about, not who said it.
        ("Its chief executive, Folake Adeyemi-Stone, said Orbital Tarnforge had won on price.", .en, ["Folake Adeyemi-Stone"]),
    ])
    func speechAndApposition(_ text: String, _ language: Language, _ expected: [String]) throws {
        #expect(try people(text, language) == expected)
    }

    @Test("Capitalized words before “of” and a speech verb are not always a person", arguments: [
        ("The Bank of Lisbon said rates would rise.", Language.en),
        ("Shares of Harwick Partners rose after the results.", .en),
        ("Rates of Return said nothing new.", .en),
        ("New York of the Future said the city must plan.", .en),
    ])
    func notAffiliatedSpeakers(_ text: String, _ language: Language) throws {
        #expect(try people(text, language) == [])
    }

    @Test("A surname alone after the full name is PERSON with the full name as canonical")
    func surname() throws {
        let entities = try sharedGazette.analyze(Document(text: "Kevin Brackwell a parlé. Plus tard, Brackwell a conclu."), language: .fr).entities
        let people = entities.filter { $0.type == .person }
        #expect(people.map(\.text) == ["Kevin Brackwell", "Brackwell"])
        #expect(people.last?.canonical == "Kevin Brackwell")
        #expect(people.last?.source == "alias:surname")
    }

    @Test("A listed first name alone after the full name is that person, unless two people share it")
    func givenName() throws {
        let text = "Laura Brackwell and Kevin Tarnow met. Later, Laura said yes and Kevin left."
        let found = try sharedGazette.analyze(Document(text: text), language: .en).entities.filter { $0.type == .person }
        #expect(found.map(\.text) == ["Laura Brackwell", "Kevin Tarnow", "Laura", "Kevin"])
        #expect(found[2].canonical == "Laura Brackwell")
        #expect(found[2].source == "alias:given-name")
        let shared = "Laura Brackwell and Laura Tarnow met. Later, Laura left."
        #expect(try people(shared, .en) == ["Laura Brackwell", "Laura Tarnow"])
    }

    @Test("The surname of a name whose first name no list knows, after a title", arguments: [
        ("Prof. Wiebke Harmsen-Loth a parlé. Plus tard, Harmsen-Loth a conclu.", Language.fr, ["Wiebke Harmsen-Loth", "Harmsen-Loth"]),
        ("Dr. Oyelaran Bakare spoke first. Critics of Bakare were quiet.", .en, ["Oyelaran Bakare", "Bakare"]),
    ])
    func surnameOfUnknownFirstName(_ text: String, _ language: Language, _ expected: [String]) throws {
        #expect(try people(text, language) == expected)
    }

    @Test("A full name that comes again with no cue is the same person, not its surname alone")
    func repeatedName() throws {
        let text = "Mme Wiebke Harmsen a présenté le rapport. Les rapporteurs, Wiebke Harmsen et Jean Moreau, ont signé."
        let people = try sharedGazette.analyze(Document(text: text), language: .fr).entities.filter { $0.type == .person }
        #expect(people.map(\.text) == ["Wiebke Harmsen", "Wiebke Harmsen", "Jean Moreau"])
        #expect(people[0].source == "rule:person-title")
        #expect(people[1].source == "alias:repeat")
        #expect(people[1].canonical == "Wiebke Harmsen")
    }

    @Test("A byline at the top of an article")
    func byline() throws {
        #expect(try people("Margaux Delacroix\n12 mars 2026\nLe ministère a publié son rapport.", .fr) == ["Margaux Delacroix"])
    }

    @Test("A line of “By” or “Par” and a name is a byline, the first name known or not", arguments: [
        ("Grid costs fall\n\nBy Aoibheann Stravinsky-Roe\n\nThe report was published.", Language.en, ["Aoibheann Stravinsky-Roe"]),
        ("Le réseau se densifie\nPar Oumarou Kessely\nLe rapport a été publié.", .fr, ["Oumarou Kessely"]),
        ("Grid costs fall\n\nBy Tuesday\n\nThe report was published.", .en, []),
        ("Grid costs fall\n\nBy Varnholt Energy Partners Ltd\n\nThe report was published.", .en, []),
        // A role after a comma stays out.
        ("Grid costs fall\n\nBy Aoibheann Stravinsky-Roe, Energy Correspondent\n\nThe report was published.", .en,
         ["Aoibheann Stravinsky-Roe"]),
    ])
    func byLines(_ text: String, _ language: Language, _ expected: [String]) throws {
        #expect(try people(text, language) == expected)
    }

    @Test("A romanized Korean given name keeps its lowercase second syllable", arguments: [
        ("President Lee Dong-hwan met Kim Soo-yeon in Seoul.", Language.en, ["Lee Dong-hwan", "Kim Soo-yeon"]),
        // English compounds on a name are not syllables; the surname inside a modifier is a mention.
        ("Dr. Halvard Brekke-led teams and the Brekke-era rules stayed.", .en, ["Halvard Brekke", "Brekke"]),
    ])
    func koreanNames(_ text: String, _ language: Language, _ expected: [String]) throws {
        #expect(try people(text, language) == expected)
    }

    @Test("Catalan “i” joins two surnames, in the full name and when it comes back", arguments: [
        ("Its chief engineer, Montserrat Vilaró i Puig, said. Vilaró i Puig added more.", Language.en,
         ["Montserrat Vilaró i Puig", "Vilaró i Puig"]),
        ("Jordi Casademunt i Ferrer a parlé.", .fr, ["Jordi Casademunt i Ferrer"]),
        // Never before a first name: that "i" joins two people.
        ("Jordi Casademunt i Maria Ferrer parlaven.", .fr, ["Jordi Casademunt", "Maria Ferrer"]),
    ])
    func catalanSurnames(_ text: String, _ language: Language, _ expected: [String]) throws {
        #expect(try people(text, language) == expected)
    }

    @Test("A first name that is also a month, inside a name", arguments: [
        ("Le directeur Pieter-Jan Verhoeckx a parlé.", Language.fr, ["Pieter-Jan Verhoeckx"]),
        ("La chercheuse Thi Mai Nguyen-Perrault a parlé.", .fr, ["Thi Mai Nguyen-Perrault"]),
    ])
    func monthsInNames(_ text: String, _ language: Language, _ expected: [String]) throws {
        #expect(try people(text, language) == expected)
    }

    @Test("The last of two family names is used alone")
    func lastFamilyName() throws {
        let entities = try sharedGazette.analyze(Document(text: "Ibrahim Kessely Warsanto a parlé. Warsanto a conclu."), language: .fr).entities
        #expect(entities.filter { $0.type == .person }.map(\.text) == ["Ibrahim Kessely Warsanto", "Warsanto"])
    }

    @Test("Names in an administration: the Trump administration, Biden-Harris Administration")
    func administration() throws {
        #expect(try people("The Trump administration sent its budget.", .en) == ["Trump"])
        #expect(try people("It was drafted under the Biden-Harris Administration in 2024.", .en) == ["Biden", "Harris"])
        // A state's or a region's government is not a person's (default places: states of
        // the US, Canada, Australia, Germany and India).
        #expect(try people("The cost is split with the Queensland government and the Bavaria government.", .en) == [])
    }

    @Test("Capitalized words that are not people", arguments: [
        ("Le gouvernement a publié lundi le rapport.", Language.fr),
        ("Paris et Lyon accueillent la conférence.", .fr),
        ("Les États membres ont voté.", .fr),
        ("Son président a parlé hier.", .fr),
        ("The Department of Energy released the report on Monday.", .en),
        ("Grace and Hope are common words here.", .en),
        ("Will the committee meet in May?", .en),
        // A group or a capital before a speech verb.
        ("The report was late. Others noted that the labs had warned.", .en),
        ("Republicans said the cuts went too far.", .en),
        ("Le calendrier glisse. Ottawa assure que la priorité reste la même.", .fr),
        // A participle is not a speech verb after its subject; "à" is not the English "a".
        ("Le chantier commence. Coût estimé de la première phase : 15 milliards.", .fr),
        ("Le premier campus de Solvane, à Abilene, accueille des serveurs.", .fr),
    ])
    func negatives(_ text: String, _ language: Language) throws {
        #expect(try people(text, language) == [])
    }
}
