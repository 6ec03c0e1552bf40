import Foundation
import Testing
import TestSupport
@testable import Gazette

@Suite("Evaluation")
struct EvaluationTests {
    @Test("--map renames gold and predicted labels; unmapped and unknown labels are not scored")
    func labels() throws {
        let corpus = GoldCorpus(documents: [GoldDocument(
            id: "a", text: "Sam Altman of OpenAI in Paris",
            types: ["PER", "ORGANIZATION", "LOC"],
            spans: [GoldSpan(start: 0, end: 10, label: "PER"), GoldSpan(start: 14, end: 20, label: "ORGANIZATION"),
                    GoldSpan(start: 24, end: 29, label: "LOC")])])
        let predictions = PredictionSet(spans: ["a": [GoldSpan(start: 0, end: 10, label: "PER"), GoldSpan(start: 24, end: 29, label: "LOC")]])
        let evaluation = Evaluation(labels: try LabelMap(parsing: "PER=PERSON,ORGANIZATION=ORG"))
        let scores = evaluation.score(corpus, predictions: predictions)
        // PERSON TP 1; ORG FN 1; LOC never counted. The document's types become {PERSON, ORG}.
        #expect(scores.strict[.person].truePositives == 1)
        #expect(scores.strict[.org].falseNegatives == 1)
        #expect(scores.strict.micro.gold == 2 && scores.strict.micro.predicted == 1)
        // Without the map, PER and ORGANIZATION are unknown labels, and the document's types
        // name none of the four types: nothing is scored.
        #expect(Evaluation().score(corpus, predictions: predictions).strict.micro.isEmpty)
    }

    @Test("--types narrows the scored types")
    func types() {
        let corpus = GoldCorpus(documents: [GoldDocument(id: "a", text: "OpenAI pays $5", spans: [
            GoldSpan(start: 0, end: 6, label: "ORG"), GoldSpan(start: 12, end: 14, label: "MONEY")])])
        let scores = Evaluation(types: [.money]).score(corpus, predictions: PredictionSet(spans: ["a": []]))
        #expect(scores.types == [.money])
        #expect(scores.strict.micro.falseNegatives == 1)
    }

    @Test("The pipeline runs on every gold document, in the gold's language")
    func pipeline() throws {
        let gazette = try gazette(withList: ["openai\tORG\tOpenAI", "ms\tORG\tMicrosoft"])
        let corpus = GoldCorpus(documents: [
            GoldDocument(id: "a", language: .fr, text: "Le partenariat d’OpenAI avec Microsoft.",
                         spans: [GoldSpan(start: 17, end: 23, label: "ORG"), GoldSpan(start: 29, end: 38, label: "ORG")]),
            GoldDocument(id: "b", text: "Google and OpenAI.", spans: [GoldSpan(start: 0, end: 6, label: "ORG")]),
        ])
        let scores = try Evaluation().score(corpus, gazette: gazette)
        // a: both found (TP 2); b: Google is not in the list (FN 1), OpenAI is not in the gold (FP 1).
        let micro = scores.strict.micro
        #expect(micro.truePositives == 2 && micro.falsePositives == 1 && micro.falseNegatives == 1)
        #expect(scores.mistakes.map { "\($0.document) \($0.kind.rawValue) \($0.text)" } == [
            "b false_negative Google", "b false_positive OpenAI"])
    }
}
