import Testing
import TestSupport
@testable import Gazette

@Suite("Gazetteer TSV")
struct GazetteerParserTests {
    let header = "id\ttype\tname\taliases\tlang\tmatch\n"

    @Test("Entries, aliases, lang and match are read; comments and blank lines skipped")
    func parses() throws {
        let entries = try GazetteerParser.parse(header + """
            # a comment

            us-doe\tORG\tUnited States Department of Energy\tDOE|Department of Energy\t*\t
            senat\tORG\tSénat\t\tfr\texact
            genesis\tPROGRAM\tGenesis Mission
            """, file: "x.tsv")
        #expect(entries.count == 3)
        #expect(entries[0].aliases == ["United States Department of Energy", "DOE", "Department of Energy"])
        #expect(entries[1].language == .fr)
        #expect(entries[1].matching == .exact)
        #expect(entries[2].type == .program)
    }

    @Test("Malformed lines are errors naming FILE:LINE", arguments: [
        ("us-doe\tORG\n", "x.tsv:2: expected 3 to 6 tab-separated fields"),
        ("us-doe\tCOMPANY\tDOE\n", "x.tsv:2: unknown type \"COMPANY\""),
        ("a\tORG\tA\n\na\tORG\tB\n", "x.tsv:4: duplicate id \"a\" (first on line 2)"),
        ("a\tORG\tA\t\tde\n", "x.tsv:2: unknown lang \"de\""),
        ("a\tORG\tA\t\t*\tfuzzy\n", "x.tsv:2: unknown match \"fuzzy\""),
        ("a\tMONEY\tA\n", "x.tsv:2: unknown type \"MONEY\""),
        ("\tORG\tA\n", "x.tsv:2: empty id"),
    ])
    func malformed(_ body: String, _ message: String) {
        #expect {
            _ = try GazetteerParser.parse(header + body, file: "x.tsv")
        } throws: { error in
            (error as? GazetteerError)?.description.hasPrefix(message) ?? false
        }
    }

    @Test("A file without the header line is rejected")
    func missingHeader() {
        #expect(throws: GazetteerError.self) {
            _ = try GazetteerParser.parse("us-doe\tORG\tDOE\n", file: "x.tsv")
        }
    }

    @Test("The shipped lists load and are large enough")
    func shippedLists() throws {
        let resources = try Resources.load(Configuration())
        let counts = Dictionary(grouping: resources.entries, by: \.type).mapValues(\.count)
        #expect(counts[.org, default: 0] >= 400)
        #expect(counts[.program, default: 0] >= 40)
        #expect(counts[.person, default: 0] >= 50)
    }
}

@Suite("Gazetteer matching")
struct GazetteerMatcherTests {
    @Test("The longest alias wins over one it contains")
    func longest() throws {
        let g = try gazette(withList: [
            "doe\tORG\tU.S. Department of Energy\tDepartment of Energy\t*\t",
        ])
        #expect(try g.extract("The U.S. Department of Energy and the Department of Energy.").map(\.text)
                == ["U.S. Department of Energy", "Department of Energy"])
    }

    @Test("No match across a sentence boundary")
    func sentences() throws {
        let g = try gazette(withList: ["lanl\tORG\tLos Alamos National Laboratory\t\t*\t"])
        #expect(try g.extract("He went to Los Alamos. National Laboratory staff agreed.").isEmpty)
    }

    @Test("A language-restricted entry applies only to documents in that language")
    func language() throws {
        let g = try gazette(withList: ["senat\tORG\tSénat\tSenate\tfr\t"])
        #expect(try g.analyze(Document(text: "Le Sénat a voté la loi hier."), language: .fr).entities.count == 1)
        #expect(try g.analyze(Document(text: "The Senate voted."), language: .en).entities.isEmpty)
    }

    @Test("A user list entry with the same id replaces the default one")
    func override() throws {
        let url = try temporaryFile("user.tsv", "id\ttype\tname\taliases\tlang\tmatch\nopenai\tORG\tOpenAI Global LLC\tOpenAI\t*\t\n")
        let g = try Gazette(configuration: Configuration(gazetteers: [url]))
        #expect(try g.extract("OpenAI signed.").first?.canonical == "OpenAI Global LLC")
    }
}
