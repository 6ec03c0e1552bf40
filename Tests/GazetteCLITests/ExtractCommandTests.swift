import Foundation
import Testing
import TestSupport

@Suite("gazette extract (end to end)")
struct ExtractCommandTests {
    @Test("--version prints the version and exits 0")
    func version() throws {
        let result = try runGazette(["--version"])
        #expect(result.status == 0)
        #expect(!result.stdout.isEmpty)
    }

    @Test("stdin is one document; each entity is one JSON line with the contract's keys in order")
    func stdin() throws {
        let result = try runGazette([], input: "Le partenariat d’OpenAI avec Microsoft.")
        #expect(result.status == 0)
        let lines = try result.jsonLines()
        #expect(lines.map { $0["text"] as? String } == ["OpenAI", "Microsoft"])
        #expect(lines.first?["doc"] as? String == "-")
        #expect(lines.first?["start"] as? Int == 17)
        #expect(lines.first?["end"] as? Int == 23)
        let first = try #require(result.stdout.split(separator: "\n").first)
        #expect(first.hasPrefix(#"{"doc":"-","type":"ORG","text":"OpenAI","start":17,"end":23,"sentence":0,"canonical":"#))
        #expect(first.hasSuffix(#""source":"gazetteer","score":0.95}"#))
    }

    @Test("--id names the stdin document; files are named by their path")
    func documentIDs() throws {
        #expect(try runGazette(["--id", "article-1"], input: "OpenAI").jsonLines().first?["doc"] as? String == "article-1")
        // An id with characters JSON escapes, on every line of the document.
        let odd = "dossier \"A\"\\2026\t—\u{2028}"
        let oddLines = try runGazette(["--id", odd], input: "Microsoft et Google.").jsonLines()
        #expect(oddLines.count == 2 && oddLines.allSatisfy { $0["doc"] as? String == odd })
        let file = try temporaryFile("doe.txt", "Microsoft et Google.")
        let lines = try runGazette([file.path]).jsonLines()
        #expect(lines.map { $0["doc"] as? String } == [file.path, file.path])
    }

    @Test("--input jsonl reads one document per line with custom fields")
    func jsonl() throws {
        let input = #"{"key": 7, "body": "OpenAI"}"# + "\n" + #"{"key": "b", "body": "Google et Microsoft"}"# + "\n"
        let result = try runGazette(["--input", "jsonl", "--id-field", "key", "--text-field", "body"], input: input)
        #expect(result.status == 0)
        #expect(try result.jsonLines().map { $0["doc"] as? String } == ["7", "b", "b"])
    }

    @Test("A malformed JSONL line is reported with its line number; the others are still written; exit 1")
    func jsonlMalformed() throws {
        let input = #"{"id": "a", "text": "OpenAI"}"# + "\nnot json\n" + #"{"id": "c", "text": "Google"}"# + "\n"
        let result = try runGazette(["--input", "jsonl"], input: input)
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:2:"))
        #expect(try result.jsonLines().map { $0["doc"] as? String } == ["a", "c"])
    }

    @Test("--format documents writes one line per document, with its language")
    func documents() throws {
        let result = try runGazette(["--format", "documents", "--id", "x"], input: "Le DOE et OpenAI ont signé un accord.")
        let lines = try result.jsonLines()
        #expect(lines.count == 1)
        #expect(lines[0]["lang"] as? String == "fr")
        #expect((lines[0]["entities"] as? [[String: Any]])?.count == 2)
        #expect(result.stdout.hasPrefix(#"{"doc":"x","lang":"fr","entities":[{"type":"ORG""#))
    }

    @Test("--offsets utf16 and utf8 change the unit")
    func offsetUnits() throws {
        let text = "😀 é OpenAI"
        #expect(try runGazette([], input: text).jsonLines().first?["start"] as? Int == 4)
        #expect(try runGazette(["--offsets", "utf16"], input: text).jsonLines().first?["start"] as? Int == 5)
        #expect(try runGazette(["--offsets", "utf8"], input: text).jsonLines().first?["start"] as? Int == 8)
    }

    @Test("--types keeps only the requested types")
    func types() throws {
        let lines = try runGazette(["--types", "PROGRAM"], input: "OpenAI et la « Mission Genesis ».").jsonLines()
        #expect(lines.map { $0["type"] as? String } == ["PROGRAM"])
    }

    @Test("Invalid UTF-8 is replaced with a warning naming the byte; --strict-utf8 makes it an error")
    func invalidUTF8() throws {
        let bytes: [UInt8] = Array("OpenAI ".utf8) + [0xFF] + Array(" Google".utf8)
        let lenient = try runGazette(["--id", "bad"], stdin: bytes)
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("<stdin>: invalid UTF-8 at byte 7"))
        #expect(try lenient.jsonLines().map { $0["text"] as? String } == ["OpenAI", "Google"])
        #expect(try lenient.jsonLines().last?["start"] as? Int == 9)
        let strict = try runGazette(["--strict-utf8"], stdin: bytes)
        #expect(strict.status == 1)
        #expect(strict.stdout.isEmpty)
    }

    @Test("A BOM is dropped and offsets start after it")
    func bom() throws {
        let result = try runGazette([], stdin: [0xEF, 0xBB, 0xBF] + Array("OpenAI".utf8))
        #expect(try result.jsonLines().first?["start"] as? Int == 0)
    }

    @Test("Empty and whitespace-only input give no output and exit 0", arguments: ["", "  \n\t\r\n "])
    func empty(_ input: String) throws {
        let result = try runGazette([], input: input)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test("A missing file exits 66; with another good file, the good one is written and the exit is 1")
    func missingFile() throws {
        let missing = try runGazette(["/nonexistent/file.txt"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("/nonexistent/file.txt"))
        let good = try temporaryFile("ok.txt", "OpenAI")
        let mixed = try runGazette(["/nonexistent/file.txt", good.path])
        #expect(mixed.status == 1)
        #expect(try mixed.jsonLines().count == 1)
    }

    @Test("A malformed --gazetteer file is reported as FILE:LINE and exits 65")
    func malformedGazetteer() throws {
        let list = try temporaryFile("bad.tsv", "id\ttype\tname\taliases\tlang\tmatch\nx\tCOMPANY\tAcme\n")
        let result = try runGazette(["--gazetteer", list.path], input: "Acme")
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(list.path):2: unknown type \"COMPANY\""))
    }

    @Test("--gazetteer adds entries; --no-default-gazetteers drops the shipped lists")
    func userGazetteer() throws {
        let list = try temporaryFile("user.tsv", "id\ttype\tname\taliases\tlang\tmatch\nacme\tORG\tAcme Widgets\t\t*\t\n")
        let both = try runGazette(["--gazetteer", list.path], input: "Acme Widgets et OpenAI").jsonLines()
        #expect(both.map { $0["text"] as? String } == ["Acme Widgets", "OpenAI"])
        #expect(both.first?["id"] as? String == "acme")
        let onlyUser = try runGazette(["--gazetteer", list.path, "--no-default-gazetteers", "--types", "ORG"],
                                      input: "Acme Widgets et OpenAI").jsonLines()
        #expect(onlyUser.map { $0["text"] as? String } == ["Acme Widgets"])
    }

    @Test("Bad option values are usage errors (exit 64)", arguments: [["--types", "CITY"], ["--lang", "de"], ["--offsets", "bytes"]])
    func usage(_ arguments: [String]) throws {
        #expect(try runGazette(arguments, input: "x").status == 64)
    }

    @Test("-o writes the file and nothing to stdout")
    func outputFile() throws {
        let out = try temporaryDirectory().appendingPathComponent("out.jsonl")
        let result = try runGazette(["-o", out.path], input: "OpenAI")
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(try String(contentsOf: out, encoding: .utf8).contains(#""text":"OpenAI""#))
    }

    @Test("A closed stdout ends the run quietly")
    func closedStdout() throws {
        let text = String(repeating: "OpenAI et Microsoft. ", count: 20_000)
        let file = try temporaryFile("big.txt", text)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "'\(gazetteExecutable.path)' '\(file.path)' | head -n 1 >/dev/null; echo ${PIPESTATUS:-}"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(stderr.isEmpty)
    }
}

@Suite("Installation")
struct InstallationTests {
    @Test("A binary copied without its resource bundle says where the lists were expected, and does not crash")
    func missingBundle() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("gazette")
        try FileManager.default.copyItem(at: gazetteExecutable, to: copy)
        let process = Process()
        process.executableURL = copy
        let input = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 66)
        #expect(stderr.contains("Gazette_GazetteerData.resources"))
        #expect(stderr.contains(dir.path))
    }
}
