import Foundation
import Testing
import TestSupport

/// The README's first command runs on these samples; every ORG and PROGRAM mention the lists
/// cover must come out, at the right place. The expected lists were written from the texts by hand.
@Suite("Sample articles")
struct SampleArticleTests {
    static let french: [(String, String)] = [
        ("ORG", "Département américain de l’Énergie"), ("ORG", "Département américain de l’Énergie"), ("ORG", "DOE"),
        ("ORG", "Nvidia"), ("ORG", "Microsoft"), ("ORG", "Google"),
        ("ORG", "Laboratoire national d’Oak Ridge"), ("ORG", "Laboratoire national de Los Alamos"),
        ("PROGRAM", "Mission Genesis"), ("ORG", "Maison Blanche"), ("ORG", "OpenAI"), ("ORG", "DOE"),
        ("ORG", "Commission européenne"), ("PROGRAM", "Horizon Europe"), ("PROGRAM", "France 2030"),
        ("ORG", "CNRS"), ("ORG", "CEA"), ("ORG", "AMD"), ("ORG", "Intel"),
    ]
    static let english: [(String, String)] = [
        ("ORG", "Energy Department"), ("ORG", "U.S. Department of Energy"), ("ORG", "DOE"),
        ("ORG", "Nvidia"), ("ORG", "Microsoft"), ("ORG", "Google"),
        ("ORG", "Argonne National Laboratory"), ("ORG", "Lawrence Livermore National Laboratory"),
        ("PROGRAM", "Genesis Mission"), ("ORG", "White House"), ("ORG", "OpenAI"),
        ("ORG", "Los Alamos National Laboratory"), ("ORG", "National Science Foundation"), ("ORG", "NASA"),
        ("PROGRAM", "Exascale Computing Project"), ("ORG", "European Commission"), ("PROGRAM", "Horizon Europe"),
        ("ORG", "AMD"), ("ORG", "Intel"),
    ]

    @Test("Every listed ORG and PROGRAM of each sample, in order, at offsets that slice to its text",
          arguments: [("doe-partenariats.fr.txt", french), ("doe-partnerships.en.txt", english)])
    func sample(_ file: String, _ expected: [(String, String)]) throws {
        let path = repositoryRoot.appendingPathComponent("Fixtures/samples/\(file)").path
        let result = try runGazette(["--types", "ORG,PROGRAM", path])
        #expect(result.status == 0)
        let lines = try result.jsonLines()
        #expect(lines.map { "\($0["type"]!) \($0["text"]!)" } == expected.map { "\($0.0) \($0.1)" })
        let text = Array(try String(contentsOfFile: path, encoding: .utf8).unicodeScalars)
        for line in lines {
            let start = try #require(line["start"] as? Int), end = try #require(line["end"] as? Int)
            #expect(String(String.UnicodeScalarView(text[start..<end])) == line["text"] as? String)
        }
    }
}
