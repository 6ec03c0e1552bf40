import Testing
import TestSupport
@testable import Gazette

/// Programme names here are invented, so only the rules (not the lists) can find them.
@Suite("PROGRAM rules")
struct ProgramRecognizerTests {
    func programs(_ text: String, _ language: Language) throws -> [String] {
        try texts(.program, in: text, language: language)
    }

    @Test("Quoted names after a cue word, quotes and cue outside", arguments: [
        ("Le programme « Cap Fusion 2035 » est lancé.", Language.fr, ["Cap Fusion 2035"]),
        ("Le programme «\u{202F}Soleil Froid\u{202F}» est lancé.", .fr, ["Soleil Froid"]),
        ("The agency's initiative \"Clean Compute\" starts now.", .en, ["Clean Compute"]),
        ("La « Mission Héliotrope » a été annoncée.", .fr, ["Mission Héliotrope"]),
        // Up to four lowercase words between the cue and the quotes; a hyphenated name found again.
        ("Il finance le projet national de satellite radar « VelSAR-Next ». Le devis de VelSAR-Next a doublé.", .fr,
         ["VelSAR-Next", "VelSAR-Next"]),
    ])
    func quoted(_ text: String, _ language: Language, _ expected: [String]) throws {
        #expect(try programs(text, language) == expected)
    }

    @Test("A one-word name found once is found again alone", arguments: [
        ("L’agence lance la mission « Orvane ». Avec Orvane, l’Europe aura son cargo.", Language.fr, ["Orvane", "Orvane"]),
        ("The Lodestar program enrolled patients. Lodestar will report in May.", .en, ["Lodestar", "Lodestar"]),
    ])
    func repeated(_ text: String, _ language: Language, _ expected: [String]) throws {
        #expect(try programs(text, language) == expected)
    }

    @Test("Head words in the name, and lowercase cues outside it", arguments: [
        ("The Frontier Grid Initiative funds six utilities.", Language.en, ["Frontier Grid Initiative"]),
        ("Project Halcyon will test robot hands.", .en, ["Project Halcyon"]),
        ("L’initiative Horizon Quantique sera financée.", .fr, ["Horizon Quantique"]),
        ("Le plan Innovation Santé 2030 est doté.", .fr, ["Innovation Santé 2030"]),
        ("The Lodestar program enrolled patients.", .en, ["Lodestar"]),
        ("It funds the Quiet Seas for Science program and the Orvane mission.", .en, ["Quiet Seas for Science", "Orvane"]),
        ("La Stratégie canadienne sur la capacité de calcul souverain avance.", .fr, ["Stratégie canadienne sur la capacité de calcul souverain"]),
        // Adjectives in -ier/-ière, like the others ("hospitalier", "financière").
        ("Le Programme littoral de suivi côtier finance dix bouées.", .fr, ["Programme littoral de suivi côtier"]),
        ("Les crédits du Programme hospitalier de recherche infirmière baissent.", .fr, ["Programme hospitalier de recherche infirmière"]),
        // A name dated by its target year, hyphenated words included; not a date or a place's year.
        ("Berlin funds Quellwerk-Medizin 2040 with grants.", .en, ["Quellwerk-Medizin 2040"]),
        ("Le fonds soutient Horizon Lunaire 2035 dès cette année.", .fr, ["Horizon Lunaire 2035"]),
        ("In March 2030 the budget ends, as in Paris 2030.", .en, []),
        // Head words in a row end the name together.
        ("Grants came under the Deep Tide Challenge Program this year.", .en, ["Deep Tide Challenge Program"]),
        // One adjective between cue and name; hyphenated parts; the beneficiary after "pour"/"for".
        ("Il s’appuie sur le projet européen Hexa-Y-III depuis mai.", .fr, ["Hexa-Y-III"]),
        ("Cela relève de l’initiative européenne Puces pour la Méditerranée et du reste.", .fr, ["Puces pour la Méditerranée"]),
        // A verb that names, after a cue noun.
        ("Firms get help under a program called K-Chipset 200, which aims high.", .en, ["K-Chipset 200"]),
        ("Le ministère lance un fonds baptisé Vague Bleue cette année.", .fr, ["Vague Bleue"]),
        // A quoted name before its cue; a name, a comma, an article and a cue noun.
        ("It got grants from Tarnvikslyftet, the \"Harbour Leap\" programme run by the agency.", .en, ["Tarnvikslyftet", "Harbour Leap"]),
        ("Le financement vient de Cap Orvalis, le programme national de recherche.", .fr, ["Cap Orvalis"]),
        // A place and what it aims at after a weak cue; a cue after the name only; a head and a number.
        ("La région agit dans le cadre de son plan Bretagne Hydrogène, et l’État suit.", .fr, ["Bretagne Hydrogène"]),
        ("Funds flow through the Rural Shared Masts competition this year.", .en, ["Rural Shared Masts"]),
        ("Lenders are backing Mission 450, which aims to wire 450 schools.", .en, ["Mission 450"]),
    ])
    func heads(_ text: String, _ language: Language, _ expected: [String]) throws {
        #expect(try programs(text, language) == expected)
    }

    @Test("A short form after the full name is PROGRAM too")
    func shortForm() throws {
        #expect(try programs("Project Halcyon starts in May. Halcyon has a budget.", .en) == ["Project Halcyon", "Halcyon"])
        // An acronym in another language's order names the programme too.
        #expect(try programs("The Brazilian Quantum Computing Plan (PBCQ) starts. PBCQ has a budget.", .en)
                == ["Brazilian Quantum Computing Plan", "PBCQ", "PBCQ"])
        // Its capitalized head word after an article, as "the Commission" is for a body.
        #expect(try programs("The Tarnwick Quantum Mission funds hubs. Orvalis got money under the Mission.", .en)
                == ["Tarnwick Quantum Mission", "Mission"])
        #expect(try programs("A mission to Mars was planned. The Mission failed.", .en) == [])
        // The whole name again where no cue stands; where its rule found it, it keeps the rule's source.
        let text = "Firms get help under a program called Chip-Tarn 300, which aims high. Orvalis will apply under Chip-Tarn 300."
        let found = try sharedGazette.analyze(Document(text: text), language: .en).entities.filter { $0.type == .program }
        #expect(found.map(\.text) == ["Chip-Tarn 300", "Chip-Tarn 300"])
        #expect(found.map(\.source) == ["rule:program-cue", "alias:repeat"])
    }

    @Test("Not programmes", arguments: [
        ("Le programme de la journée est chargé.", Language.fr),
        ("La stratégie nationale pour l’IA reste floue.", .fr),
        ("He called it \"a good day\" on Monday.", .en),
        ("The National Programmes were cut.", .en),
        ("A start-up called Korvel won the contract.", .en),
        ("Le plan Paris a été voté.", .fr),
        ("We met Tarnwick, the lab's programme, and Brekkmo, the programme director.", .en),
        ("Selon Orvalis, le projet avance.", .fr),
        ("Mission 3 failed, and the competition Halvane faces is stiff.", .en),
    ])
    func negatives(_ text: String, _ language: Language) throws {
        #expect(try programs(text, language) == [])
    }
}
