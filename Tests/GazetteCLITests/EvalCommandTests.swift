import Foundation
import Testing
import TestSupport

@Suite("gazette eval (end to end)")
struct EvalCommandTests {
    /// "OpenAI et Microsoft financent Sam Altman.": ORG 0-6, ORG 10-19, PERSON 30-40.
    let goldLine = #"{"id":"a","lang":"fr","text":"OpenAI et Microsoft financent Sam Altman.","entities":[{"start":0,"end":6,"type":"ORG","text":"OpenAI"},{"start":10,"end":19,"type":"ORG","text":"Microsoft"},{"start":30,"end":40,"type":"PERSON","text":"Sam Altman"}]}"#
    /// ORG 0-6 exact, ORG 10-18 one short ("Microsof"), no PERSON:
    /// strict TP 1 FP 1 FN 2 → P 1/2, R 1/3, F1 2/(2+1+2) = 0.4;
    /// partial TP 2 FP 0 FN 1 → P 1, R 2/3, F1 4/5 = 0.8.
    let predLines = #"""
        {"doc":"a","type":"ORG","text":"OpenAI","start":0,"end":6}
        {"doc":"a","type":"ORG","start":10,"end":18}
        """#

    func files() throws -> (gold: String, pred: String) {
        let dir = try temporaryDirectory()
        let gold = dir.appendingPathComponent("gold.jsonl"), pred = dir.appendingPathComponent("pred.jsonl")
        try Data((goldLine + "\n").utf8).write(to: gold)
        try Data((predLines + "\n").utf8).write(to: pred)
        return (gold.path, pred.path)
    }

    func object(_ result: ProcessResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("`gazette eval --gold Fixtures/gold` runs the pipeline and prints the table and its definitions")
    func fixtures() throws {
        let result = try runGazette(["eval", "--gold", "Fixtures/gold"], currentDirectory: repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Gazette evaluation: "))
        for row in ["ORG", "PERSON", "MONEY", "PROGRAM", "micro", "macro", "strict   a prediction is right"] {
            #expect(result.stdout.contains("\n" + row), "no \(row) row")
        }
    }

    @Test("--pred scores a prediction file; --json prints one object with the same numbers")
    func predJSON() throws {
        let (gold, pred) = try files()
        let result = try runGazette(["eval", "--gold", gold, "--pred", pred, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 1)
        let report = try object(result)
        #expect(report["documents"] as? Int == 1 && report["gold"] as? Int == 3 && report["predicted"] as? Int == 2)
        let strict = try #require(report["strict"] as? [String: Any])
        let micro = try #require(strict["micro"] as? [String: Any])
        #expect(micro["tp"] as? Int == 1 && micro["fp"] as? Int == 1 && micro["fn"] as? Int == 2)
        #expect(micro["precision"] as? Double == 0.5)
        #expect(micro["f1"] as? Double == 0.4)
        let partial = try #require((report["partial"] as? [String: Any])?["micro"] as? [String: Any])
        #expect(partial["tp"] as? Int == 2 && partial["f1"] as? Double == 0.8)
        #expect(report["errors"] == nil)
    }

    @Test("--pred - reads predictions from stdin; document lines work as entity lines do")
    func predStdin() throws {
        let (gold, _) = try files()
        let documentLine = #"{"doc":"a","lang":"fr","entities":[{"type":"ORG","start":0,"end":6},{"type":"ORG","start":10,"end":18}]}"#
        let result = try runGazette(["eval", "--gold", gold, "--pred", "-", "--json"], input: documentLine + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let micro = try #require((try object(result)["strict"] as? [String: Any])?["micro"] as? [String: Any])
        #expect(micro["f1"] as? Double == 0.4)
    }

    @Test("--errors N lists false positives and false negatives with marked context, in the table and in --json")
    func errors() throws {
        let (gold, pred) = try files()
        let text = try runGazette(["eval", "--gold", gold, "--pred", pred, "--errors", "5"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("""
            ORG false positives (1)
              a 10-18 "Microsof"  [gold ORG "Microsoft"]
                  OpenAI et [[Microsof]]t financent Sam Altman.
            """))
        #expect(text.stdout.contains("PERSON false negatives (1)"))
        let json = try object(try runGazette(["eval", "--gold", gold, "--pred", pred, "--errors", "1", "--json"]))
        let errors = try #require(json["errors"] as? [[String: Any]])
        #expect(errors.map { $0["kind"] as? String } == ["false_positive", "false_negative", "false_negative"])
        #expect(errors[2]["context"] as? String == "OpenAI et Microsoft financent [[Sam Altman]].")
    }

    @Test("--min-f1 exits 1 below the strict micro F1 (0.4 here), 0 at or above it; the report is printed either way")
    func minF1() throws {
        let (gold, pred) = try files()
        let failing = try runGazette(["eval", "--gold", gold, "--pred", pred, "--min-f1", "0.5"])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("micro"))
        #expect(failing.stderr.contains("strict micro F1 0.4000 is below --min-f1 0.5"))
        #expect(try runGazette(["eval", "--gold", gold, "--pred", pred, "--min-f1", "0.4"]).status == 0)
        #expect(try runGazette(["eval", "--gold", gold, "--pred", pred, "--min-f1", "2"]).status == 64)
    }

    @Test("--map renames gold labels; --types narrows the scored types")
    func mapAndTypes() throws {
        let conll = try temporaryFile("gold.conll", "Sam B-PER\nAltman I-PER\nof O\nOpenAI B-ORGANIZATION\n")
        let pred = try temporaryFile("pred.jsonl", #"{"doc":"gold","type":"PERSON","start":0,"end":10}"# + "\n")
        let mapped = try object(try runGazette(["eval", "--gold", conll.path, "--pred", pred.path, "--json",
                                                 "--map", "PER=PERSON,ORGANIZATION=ORG"]))
        #expect(mapped["gold"] as? Int == 2 && mapped["predicted"] as? Int == 1)
        let unmapped = try object(try runGazette(["eval", "--gold", conll.path, "--pred", pred.path, "--json"]))
        #expect(unmapped["gold"] as? Int == 0)
        let personOnly = try object(try runGazette(["eval", "--gold", conll.path, "--pred", pred.path, "--json",
                                                     "--map", "PER=PERSON,ORGANIZATION=ORG", "--types", "PERSON"]))
        #expect(personOnly["gold"] as? Int == 1 && personOnly["types"] as? [String] == ["PERSON"])
        #expect(try runGazette(["eval", "--gold", conll.path, "--map", "PER"]).status == 64)
    }

    @Test("Predictions for documents not in the gold are a warning, not an error")
    func unknownDocuments() throws {
        let (gold, _) = try files()
        let result = try runGazette(["eval", "--gold", gold, "--pred", "-"], input: #"{"doc":"zz","type":"ORG","start":0,"end":1}"# + "\n")
        #expect(result.status == 0)
        #expect(result.stderr.contains(#"<stdin>:1: predictions for documents not in the gold, ignored: "zz""#))
    }

    @Test("Malformed gold or predictions exit 65 with FILE:LINE: message; a missing path exits 66")
    func failures() throws {
        let (gold, pred) = try files()
        let badGold = try temporaryFile("bad.jsonl", goldLine + "\n" + #"{"id":"b","text":"xyz","entities":[{"start":0,"end":9,"type":"ORG"}]}"# + "\n")
        let result = try runGazette(["eval", "--gold", badGold.path, "--pred", pred])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(badGold.path):2: ORG span 0-9 is out of bounds"))
        #expect(result.stdout.isEmpty)

        let badPred = try temporaryFile("pred.jsonl", predLines + "\n" + #"{"doc":"a","type":"ORG","text":"Sam","start":29,"end":32}"# + "\n")
        let predResult = try runGazette(["eval", "--gold", gold, "--pred", badPred.path])
        #expect(predResult.status == 65)
        #expect(predResult.stderr.contains(#"\#(badPred.path):3: ORG span 29-32 is " Sa" in the text, but its text says "Sam""#))

        #expect(try runGazette(["eval", "--gold", "/nonexistent/gold"]).status == 66)
        #expect(try runGazette(["eval", "--gold", gold, "--pred", "/nonexistent/pred.jsonl"]).status == 66)
        #expect(try runGazette(["eval"]).status == 64)
    }
}
