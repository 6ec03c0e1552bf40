import Foundation
import Testing
import TestSupport
@testable import Gazette

@Suite("Evaluation report")
struct EvaluationReportTests {
    /// gold ORG 0-6, ORG 11-17, PERSON 22-27; pred ORG 0-6, ORG 12-17, MONEY 18-21.
    var scores: Scores {
        Scorer().score([ScoringDocument(id: "doc", text: "OpenAI and Nvidia for Jensen",
            gold: [ScoredSpan(0, 6, .org), ScoredSpan(11, 17, .org), ScoredSpan(22, 28, .person)],
            predicted: [ScoredSpan(0, 6, .org), ScoredSpan(12, 17, .org), ScoredSpan(18, 21, .money)])])
    }

    @Test("The table: a row per type, micro and macro, fixed width, types outside the macro average starred")
    func table() {
        // strict  ORG TP 1 FP 1 FN 1 (.5 .5 .5); PERSON FN 1 (0 0 0); MONEY FP 1 (0 0 0)
        //         micro TP 1 FP 2 FN 2: P 1/3, R 1/3, F1 1/3; macro over 3 types: P 1/6, R 1/6, F1 1/6
        // partial ORG TP 2 (1 1 1); micro TP 2 FP 1 FN 1: P 2/3, R 2/3, F1 2/3; macro 1/3 1/3 1/3
        let expected = """
                     ---------------- strict -----------------   ---------------- partial ----------------
            type         TP     FP     FN      P      R     F1       TP     FP     FN      P      R     F1
            ORG           1      1      1  0.500  0.500  0.500        2      0      0  1.000  1.000  1.000
            PERSON        0      0      1  0.000  0.000  0.000        0      0      1  0.000  0.000  0.000
            MONEY         0      1      0  0.000  0.000  0.000        0      1      0  0.000  0.000  0.000
            PROGRAM*      0      0      0  0.000  0.000  0.000        0      0      0  0.000  0.000  0.000
            micro         1      2      2  0.333  0.333  0.333        2      1      1  0.667  0.667  0.667
            macro                          0.167  0.167  0.167                         0.333  0.333  0.333
            * no gold or predicted span of this type: left out of the macro average
            """
        #expect(EvaluationReport(scores: scores).table() == expected)
    }

    @Test("The text report has a heading, the table, the definitions and, on request, the errors")
    func text() {
        let report = EvaluationReport(scores: scores, source: "pred.jsonl")
        let plain = report.text()
        #expect(plain.hasPrefix("Gazette evaluation: 1 document, 3 gold spans, 3 predicted (pred.jsonl)\n"))
        #expect(plain.contains(EvaluationReport.definitions))
        #expect(!plain.contains("Errors"))
        let withErrors = report.text(errors: 5)
        #expect(withErrors.contains("""
            ORG false positives (1)
              doc 12-17 "vidia"  [gold ORG "Nvidia"]
                  OpenAI and N[[vidia]] for Jensen
            """))
        #expect(withErrors.contains("PERSON false negatives (1)"))
    }

    @Test("--errors N keeps up to N false positives and N false negatives per type")
    func errorLimit() {
        let many = Scorer().score([ScoringDocument(id: "d", text: String(repeating: "x", count: 50),
            gold: (0..<5).map { ScoredSpan($0 * 10, $0 * 10 + 2, .org) },
            predicted: (0..<4).map { ScoredSpan($0 * 10 + 5, $0 * 10 + 7, .org) } + [ScoredSpan(0, 2, .person)])])
        let report = EvaluationReport(scores: many)
        let selected = report.selectedMistakes(limit: 2)
        #expect(selected.filter { $0.span.type == .org && $0.kind == .falsePositive }.count == 2)
        #expect(selected.filter { $0.span.type == .org && $0.kind == .falseNegative }.count == 2)
        #expect(selected.filter { $0.span.type == .person }.count == 1)
        #expect(report.text(errors: 2).contains("ORG false negatives (5, showing 2)"))
        #expect(report.selectedMistakes(limit: 0).isEmpty)
    }

    @Test("--json: one object with the same numbers, errors only when asked")
    func json() throws {
        let report = EvaluationReport(scores: scores)
        let bytes = report.json()
        #expect(bytes.last == 0x0A && bytes.dropLast().firstIndex(of: 0x0A) == nil)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["documents"] as? Int == 1)
        #expect(object["gold"] as? Int == 3 && object["predicted"] as? Int == 3)
        #expect(object["types"] as? [String] == ["ORG", "PERSON", "MONEY", "PROGRAM"])
        #expect(object["errors"] == nil)
        let strict = try #require(object["strict"] as? [String: Any])
        let org = try #require(strict["ORG"] as? [String: Any])
        #expect(org["tp"] as? Int == 1 && org["fp"] as? Int == 1 && org["fn"] as? Int == 1)
        #expect(org["f1"] as? Double == 0.5)
        let micro = try #require(strict["micro"] as? [String: Any])
        #expect(close(try #require(micro["f1"] as? Double), 1.0 / 3))
        let macro = try #require((object["partial"] as? [String: Any])?["macro"] as? [String: Any])
        #expect(macro["types"] as? [String] == ["ORG", "PERSON", "MONEY"])
        #expect(close(try #require(macro["f1"] as? Double), 1.0 / 3))

        let withErrors = try #require(try JSONSerialization.jsonObject(with: Data(report.json(errors: 1))) as? [String: Any])
        let errors = try #require(withErrors["errors"] as? [[String: Any]])
        #expect(errors.count == 4)
        #expect(errors[0]["kind"] as? String == "false_negative")
        #expect(errors[0]["text"] as? String == "Nvidia")
        #expect(errors[0]["context"] as? String == "OpenAI and [[Nvidia]] for Jensen")
    }
}
