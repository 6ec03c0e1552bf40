import Foundation
import Testing
import TestSupport

/// The hostile-input catalogue of issue 9 at test sizes (Benchmarks/hostile.py builds the same
/// inputs at the issue's sizes, and Benchmarks/hostile.sh times them at n and 10n). Each input
/// goes through the built binary, whose debug build checks every result's invariants: it must
/// exit with the expected code and write JSON Lines whose every entity is the slice its offsets
/// name. No timing here.
enum HostileInputs {
    static let greek = "Alpha Beta Gamma Delta Epsilon Zeta Theta Kappa Lambda Sigma Omega Tau".split(separator: " ").map(String.init)
    static let capitalized = ("Energy Department National Research Laboratory Agency Institute Alpha Beta Jean Marie "
        + "Mission Programme Initiative University Inc Group Capital Partners Fund Commission "
        + "Los Alamos Quantum Systems Holdings Board Council Trust").split(separator: " ").map(String.init)
    static let prose = "Le DOE a signé avec OpenAI un accord de 1,5 milliard d’euros, a déclaré M. Jean Dupont. "
        + "The U.S. Department of Energy (DOE) said Argonne National Laboratory will get $320m. "

    static func repeated(_ unit: String, toBytes size: Int) -> [UInt8] {
        let bytes = Array(unit.utf8)
        return Array((0..<(size / bytes.count + 1)).lazy.flatMap { _ in bytes }.prefix(size))
    }

    static func text(_ s: String) -> [UInt8] { Array(s.utf8) }

    /// Name → document bytes, at test sizes (a tenth to a five-hundredth of the issue's: the
    /// debug binary reads about 100 KB a second).
    static let documents: [(name: String, bytes: [UInt8])] = [
        ("empty", []),
        ("whitespace", repeated(" \t\n\r\n\u{A0}\u{2028}  \u{202F}\n", toBytes: 100_000)),
        ("long-line", repeated(prose, toBytes: 100_000)),
        ("one-word-lines", text((0..<20_000).map { ["OpenAI", "Paris", "euros", "1", "DOE", "de", "Mission", "$", "«", "Jean"][$0 % 10] + "\n" }.joined())),
        ("nul-bytes", Array(repeating: Array("OpenAI\0Le DOE\0\0\0 1,5 milliard\0d'euros \0".utf8), count: 1_000).flatMap { $0 }
            + [UInt8](repeating: 0, count: 10_000)),
        ("bad-utf8", (0..<2_000).flatMap { i -> [UInt8] in
            let bad: [[UInt8]] = [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
                                  [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFF], [0x80]]
            return Array("OpenAI ".utf8) + bad[i % bad.count] + Array(" DOE ".utf8)
        }),
        ("truncated-eof", repeated("Prix : 10 € ", toBytes: 20_000) + [0xE2, 0x82]),
        ("bidi", text(String(repeating: "\u{202E}OpenAI \u{5E9}\u{5DC}\u{5D5}\u{5DD} \u{2067}\u{645}\u{631}\u{62D}\u{628}\u{627} 1,5 milliard d’euros\u{2069}"
            + " \u{200F}\u{202B}\u{627}\u{644}\u{633}\u{644}\u{627}\u{645} DOE\u{202C}\u{200E} \u{2066}$10\u{2069}. ", count: 200))),
        ("combining", text("Z" + String(repeating: "\u{301}", count: 10_000) + " "
            + String(repeating: "e\u{301}\u{302}\u{303}\u{308}\u{327} Caf\u{301}e\u{301} ", count: 1_000) + "OpenAI\u{301}\u{301} DOE")),
        ("emoji-zwj", text(Array(repeating: "\u{1F468}", count: 10_000).joined(separator: "\u{200D}") + " "
            + String(repeating: "\u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466} OpenAI ", count: 1_000)
            + "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308} 10 €")),
        ("nested-guillemets", text(String(repeating: "«\u{202F}", count: 10_000) + "Mission Genesis"
            + String(repeating: "\u{202F}»", count: 10_000) + " le programme « Cap » ")),
        ("nested-parentheses", text(String(repeating: "(", count: 10_000) + "Advanced Research Projects Agency (ARPA)"
            + String(repeating: ")", count: 10_000))),
        ("capitalized-run", text((0..<10_000).map { greek[$0 % greek.count] }.joined(separator: " "))),
        ("capitalized-names", text((0..<10_000).map { capitalized[($0 * 7 + $0 / 3) % capitalized.count] }.joined(separator: " "))),
        ("de-la", text("Agence nationale " + String(repeating: "de la ", count: 10_000) + "Recherche " + String(repeating: "de la ", count: 10_000))),
        ("dollars", text(String(repeating: "$", count: 10_000) + " " + String(repeating: "$ ", count: 1_000) + String(repeating: "1$", count: 1_000))),
        ("ones", text(String(repeating: "1 ", count: 10_000) + "$ " + String(repeating: "1,1 ", count: 1_000) + "milliards d’euros")),
        ("paren-acronym", text(String(repeating: "(ACR ", count: 10_000) + String(repeating: "(ACR) ", count: 5_000))),
        ("acronym-definitions", text(Array(repeating: "Alpha Beta Corporation (ABC) and Gamma Delta Institute (GDI)", count: 1_000).joined(separator: " "))),
    ]

    /// A list with `aliases` aliases (four per entry) and a document that names some of them.
    static func gazetteer(aliases: Int) -> (list: String, document: String) {
        var rows = ["id\ttype\tname\taliases\tlang\tmatch"]
        // Letters for digits: ICU reads "Alias12" as a number, and the capitalization guard wants words.
        func spelled(_ i: Int) -> String { String(String(i).unicodeScalars.map { Character(Unicode.Scalar($0.value + 49)!) }) }
        for i in 0..<(aliases / 4) {
            rows.append("e\(i)\tORG\tEntry Number \(i)\t" + (1...3).map { "Alias\(spelled(i)) Word\(spelled($0))" }.joined(separator: "|") + "\t*\t")
        }
        let document = stride(from: 0, to: aliases / 4, by: 7).map { "Alias\(spelled($0)) Wordb and Entry Number \($0)." }.joined(separator: " ")
        return (rows.joined(separator: "\n") + "\n", document)
    }
}

/// Checks that `stdout` is JSON Lines of entities whose text is the slice of `input` (decoded
/// with U+FFFD for invalid bytes) their scalar offsets name, sorted and non-overlapping.
func checkEntityLines(_ result: ProcessResult, input: [UInt8], name: String) throws {
    let scalars = Array(String(decoding: input, as: UTF8.self).unicodeScalars)
    var previousEnd = 0
    for line in try result.jsonLines() {
        let start = try #require(line["start"] as? Int, "\(name): no start in \(line)")
        let end = try #require(line["end"] as? Int, "\(name): no end in \(line)")
        let text = try #require(line["text"] as? String, "\(name): no text in \(line)")
        #expect(["ORG", "PERSON", "MONEY", "PROGRAM"].contains(line["type"] as? String), "\(name): \(line)")
        #expect(0 <= start && start < end && end <= scalars.count, "\(name): \(start)..<\(end) of \(scalars.count)")
        #expect(start >= previousEnd, "\(name): \(line) overlaps the previous entity or is out of order")
        previousEnd = end
        if 0 <= start, start < end, end <= scalars.count {
            #expect(text.unicodeScalars.elementsEqual(scalars[start..<end]), "\(name): \"\(text)\" is not the slice at \(start)..<\(end)")
        }
    }
}

@Suite("Hostile inputs (issue 9 catalogue, test sizes)")
struct HostileInputTests {
    @Test("Each catalogue document ends with exit 0 and JSON Lines whose spans are exact slices",
          arguments: HostileInputs.documents.map(\.name))
    func document(name: String) throws {
        let bytes = try #require(HostileInputs.documents.first { $0.name == name }).bytes
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(name + ".txt")
        try Data(bytes).write(to: file)
        let result = try runGazette([file.path])
        #expect(result.status == 0, "\(name): exit \(result.status), stderr \(result.stderr.prefix(500))")
        try checkEntityLines(result, input: bytes, name: name)
        // Invalid UTF-8 is a warning naming the input and the byte; anything else is silent.
        if ["bad-utf8", "truncated-eof"].contains(name) {
            #expect(result.stderr.contains("warning: \(file.path): invalid UTF-8 at byte"), "\(result.stderr)")
        } else {
            #expect(result.stderr.isEmpty, "\(name): \(result.stderr.prefix(500))")
        }
        // The same document from stdin, as one --format documents line (byte offsets: the
        // debug binary checks all three units on every result anyway).
        let documents = try runGazette(["--format", "documents", "--offsets", "utf8"], stdin: bytes)
        #expect(documents.status == 0)
        #expect(try documents.jsonLines().count == 1, "\(name) --format documents")
    }

    @Test("Invalid or truncated UTF-8 under --strict-utf8 fails that input with exit 1, naming the byte")
    func strictUTF8() throws {
        for name in ["bad-utf8", "truncated-eof"] {
            let bytes = try #require(HostileInputs.documents.first { $0.name == name }).bytes
            let result = try runGazette(["--strict-utf8"], stdin: bytes)
            #expect(result.status == 1, "\(name): \(result.status)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("<stdin>: invalid UTF-8 at byte"), "\(result.stderr)")
        }
        let truncated = try runGazette(["--strict-utf8"], stdin: Array("10 €".utf8) + [0xE2, 0x82])
        #expect(truncated.stderr.contains("invalid UTF-8 at byte 6"), "\(truncated.stderr)")
    }

    @Test("A gazetteer with 20,000 aliases loads and matches (200,000 in Benchmarks/hostile.sh)")
    func bigGazetteer() throws {
        let (list, document) = HostileInputs.gazetteer(aliases: 20_000)
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let listFile = directory.appendingPathComponent("big.tsv")
        try Data(list.utf8).write(to: listFile)
        let result = try runGazette(["--no-default-gazetteers", "--gazetteer", listFile.path, "--types", "ORG"], input: document)
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
        let lines = try result.jsonLines()
        try checkEntityLines(result, input: Array(document.utf8), name: "gazetteer")
        let named: Int = (20_000 / 4 + 6) / 7  // documents name every seventh entry, by an alias and by its name
        #expect(lines.count == 2 * named)
        #expect(lines.first?["id"] as? String == "e0")
    }

    @Test("A gold file whose last span is out of bounds: exit 65 and FILE:LINE naming it")
    func goldOutOfBounds() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let gold = directory.appendingPathComponent("gold.jsonl")
        var lines = (0..<1_000).map { #"{"id": "d\#($0)", "lang": "en", "text": "OpenAI hired Jane Smith.", "entities": [{"start": 0, "end": 6, "type": "ORG"}]}"# }
        lines.append(#"{"id": "bad", "lang": "en", "text": "OpenAI", "entities": [{"start": 2, "end": 60, "type": "ORG"}]}"#)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: gold)
        let result = try runGazette(["eval", "--gold", gold.path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(gold.path):1001: ORG span 2-60 is out of bounds"), "\(result.stderr)")
        // A negative start and an end before the start too.
        for span in [#"{"start": -1, "end": 3, "type": "ORG"}"#, #"{"start": 4, "end": 2, "type": "ORG"}"#, #"[9223372036854775807, 1, "ORG"]"#] {
            try Data(#"{"id": "x", "text": "OpenAI", "entities": [\#(span)]}"#.utf8).write(to: gold)
            let bad = try runGazette(["eval", "--gold", gold.path])
            #expect(bad.status == 65, "\(span): \(bad.status) \(bad.stderr)")
            #expect(bad.stderr.contains("\(gold.path):1:"), "\(span): \(bad.stderr)")
        }
    }
}
