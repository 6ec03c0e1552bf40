import Testing
import TestSupport
@testable import Gazette

/// Equal within rounding: the expected values are fractions worked out by hand.
func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-12 }

@Suite("Scorer")
struct ScorerTests {
    /// Scoring never looks at the text, except to quote mistakes.
    let text = String(repeating: "a", count: 100)

    func document(_ gold: [ScoredSpan], _ predicted: [ScoredSpan], types: Set<EntityType>? = nil, id: String = "d") -> ScoringDocument {
        ScoringDocument(id: id, text: text, types: types, gold: gold, predicted: predicted)
    }

    func counts(_ c: Counts) -> [Int] { [c.truePositives, c.falsePositives, c.falseNegatives] }

    @Test("Strict and partial, per type, micro and macro, on a hand-computed document")
    func handComputed() {
        // gold: ORG 0-10, ORG 20-30, PERSON 40-45, MONEY 60-70
        // pred: ORG 0-10 (exact), ORG 22-30 (inside 20-30), PERSON 40-45 (exact),
        //       PERSON 50-55 (touches nothing), MONEY 58-65 (overlaps 60-70)
        let scores = Scorer().score([document(
            [ScoredSpan(0, 10, .org), ScoredSpan(20, 30, .org), ScoredSpan(40, 45, .person), ScoredSpan(60, 70, .money)],
            [ScoredSpan(0, 10, .org), ScoredSpan(22, 30, .org), ScoredSpan(40, 45, .person),
             ScoredSpan(50, 55, .person), ScoredSpan(58, 65, .money)])])

        // strict
        //   ORG     TP 1 (0-10)  FP 1 (22-30)  FN 1 (20-30)   P 1/2  R 1/2  F1 1/2
        //   PERSON  TP 1         FP 1 (50-55)  FN 0           P 1/2  R 1    F1 2/3
        //   MONEY   TP 0         FP 1          FN 1           P 0    R 0    F1 0
        //   PROGRAM nothing: 0 0 0, left out of macro
        //   micro   TP 2 FP 3 FN 2   P 2/5  R 2/4  F1 2·2/(2·2+3+2) = 4/9
        //   macro   over ORG, PERSON, MONEY: P (1/2+1/2+0)/3 = 1/3, R (1/2+1+0)/3 = 1/2,
        //           F1 (1/2+2/3+0)/3 = 7/18
        let strict = scores.strict
        #expect(counts(strict[.org]) == [1, 1, 1])
        #expect(counts(strict[.person]) == [1, 1, 0])
        #expect(counts(strict[.money]) == [0, 1, 1])
        #expect(counts(strict[.program]) == [0, 0, 0])
        #expect(strict[.org].precision == 0.5 && strict[.org].recall == 0.5 && strict[.org].f1 == 0.5)
        #expect(strict[.person].precision == 0.5 && strict[.person].recall == 1 && close(strict[.person].f1, 2.0 / 3))
        #expect(strict[.money].precision == 0 && strict[.money].recall == 0 && strict[.money].f1 == 0)
        #expect(counts(strict.micro) == [2, 3, 2])
        #expect(close(strict.micro.precision, 0.4) && close(strict.micro.recall, 0.5) && close(strict.micro.f1, 4.0 / 9))
        #expect(strict.macro.types == [.org, .person, .money])
        #expect(close(strict.macro.precision, 1.0 / 3) && close(strict.macro.recall, 0.5) && close(strict.macro.f1, 7.0 / 18))

        // partial
        //   ORG     TP 2 (22-30 pairs with 20-30)  FP 0  FN 0   P 1    R 1  F1 1
        //   PERSON  TP 1                           FP 1  FN 0   P 1/2  R 1  F1 2/3
        //   MONEY   TP 1 (58-65 with 60-70)        FP 0  FN 0   P 1    R 1  F1 1
        //   micro   TP 4 FP 1 FN 0   P 4/5  R 1  F1 8/9
        //   macro   P (1+1/2+1)/3 = 5/6, R 1, F1 (1+2/3+1)/3 = 8/9
        let partial = scores.partial
        #expect(counts(partial[.org]) == [2, 0, 0])
        #expect(counts(partial[.person]) == [1, 1, 0])
        #expect(counts(partial[.money]) == [1, 0, 0])
        #expect(counts(partial.micro) == [4, 1, 0])
        #expect(close(partial.micro.precision, 0.8) && partial.micro.recall == 1 && close(partial.micro.f1, 8.0 / 9))
        #expect(close(partial.macro.precision, 5.0 / 6) && partial.macro.recall == 1 && close(partial.macro.f1, 8.0 / 9))
    }

    @Test("Counts add up over documents before scores are computed (micro is not a mean of documents)")
    func summedOverDocuments() {
        // d1: ORG TP 1; d2: ORG FP 1, FN 3  →  TP 1 FP 1 FN 3: P 1/2, R 1/4, F1 2/(2+1+3) = 1/3
        let scores = Scorer().score([
            document([ScoredSpan(0, 5, .org)], [ScoredSpan(0, 5, .org)], id: "d1"),
            document([ScoredSpan(0, 5, .org), ScoredSpan(10, 15, .org), ScoredSpan(20, 25, .org)],
                     [ScoredSpan(30, 35, .org)], id: "d2"),
        ])
        #expect(counts(scores.strict.micro) == [1, 1, 3])
        #expect(scores.strict.micro.precision == 0.5 && scores.strict.micro.recall == 0.25)
        #expect(close(scores.strict.micro.f1, 1.0 / 3))
        #expect(scores.documents == 2)
    }

    @Test("Partial matching is one-to-one, largest overlap first — not first come, first served")
    func partialGreedyByOverlap() {
        // gold g0 0-10, g1 10-20; pred p0 8-18 (2 with g0, 8 with g1), p1 0-4 (4 with g0).
        // By overlap: p0–g1 (8), then p1–g0 (4): 2 TP. Taking p0 first by position would pair
        // it with g0 and leave p1 unmatched.
        let gold = [ScoredSpan(0, 10, .org), ScoredSpan(10, 20, .org)]
        let predicted = [ScoredSpan(8, 18, .org), ScoredSpan(0, 4, .org)]
        let pairs = Scorer.partialMatches(gold: gold, predicted: predicted)
        #expect(pairs.map { [$0.gold, $0.predicted] } == [[1, 0], [0, 1]])
        #expect(counts(Scorer().score([document(gold, predicted)]).partial[.org]) == [2, 0, 0])
    }

    @Test("One long prediction over two gold spans earns one TP; ties go to the earlier gold start")
    func partialOneToOne() {
        // pred 0-10 overlaps gold 0-5 by 5 and 6-10 by 4: pairs with 0-5; 6-10 is a FN.
        let scores = Scorer().score([document([ScoredSpan(0, 5, .org), ScoredSpan(6, 10, .org)], [ScoredSpan(0, 10, .org)])])
        #expect(counts(scores.partial[.org]) == [1, 0, 1])
        #expect(counts(scores.strict[.org]) == [0, 1, 2])
        // pred 2-8 overlaps gold 0-4 and 6-10 by 2 each: the earlier gold wins the tie.
        let tie = Scorer.partialMatches(gold: [ScoredSpan(0, 4, .org), ScoredSpan(6, 10, .org)], predicted: [ScoredSpan(2, 8, .org)])
        #expect(tie.map { [$0.gold, $0.predicted] } == [[0, 0]])
    }

    @Test("Partial matching needs the same type; touching spans do not overlap")
    func partialSameTypeOnly() {
        // gold ORG 0-5; pred PERSON 0-5 (other type), ORG 5-9 (touches at 5, overlap 0)
        let scores = Scorer().score([document([ScoredSpan(0, 5, .org)], [ScoredSpan(0, 5, .person), ScoredSpan(5, 9, .org)])])
        #expect(counts(scores.partial[.org]) == [0, 1, 1])
        #expect(counts(scores.partial[.person]) == [0, 1, 0])
    }

    @Test("A duplicated prediction matches once; the copy is a false positive")
    func duplicates() {
        let scores = Scorer().score([document([ScoredSpan(0, 5, .org)], [ScoredSpan(0, 5, .org), ScoredSpan(0, 5, .org)])])
        #expect(counts(scores.strict[.org]) == [1, 1, 0])
        #expect(counts(scores.partial[.org]) == [1, 1, 0])
    }

    @Test("Empty gold: every prediction is a FP; P = 0/1 = 0, R = 0/0 := 0, F1 = 0")
    func emptyGold() {
        let scores = Scorer().score([document([], [ScoredSpan(0, 5, .org)])])
        #expect(counts(scores.strict[.org]) == [0, 1, 0])
        #expect(scores.strict.micro.precision == 0 && scores.strict.micro.recall == 0 && scores.strict.micro.f1 == 0)
        // ORG had a prediction, so it is in the macro average (with 0s); the others are not.
        #expect(scores.strict.macro.types == [.org])
        #expect(scores.strict.macro.f1 == 0)
    }

    @Test("Empty predictions: every gold span is a FN; P = 0/0 := 0, R = 0/2 = 0, F1 = 0")
    func emptyPredictions() {
        let scores = Scorer().score([document([ScoredSpan(0, 5, .org), ScoredSpan(6, 9, .person)], [])])
        #expect(counts(scores.strict.micro) == [0, 0, 2])
        #expect(counts(scores.partial.micro) == [0, 0, 2])
        #expect(scores.strict.micro.precision == 0 && scores.strict.micro.recall == 0 && scores.strict.micro.f1 == 0)
        #expect(scores.strict.macro.types == [.org, .person])
        #expect(scores.mistakes.map(\.kind) == [.falseNegative, .falseNegative])
    }

    @Test("Nothing at all: zeros everywhere and no type in the macro average")
    func nothing() {
        let scores = Scorer().score([document([], [])])
        #expect(counts(scores.strict.micro) == [0, 0, 0])
        #expect(scores.strict.macro.types.isEmpty)
        #expect(scores.strict.macro.precision == 0 && scores.strict.macro.recall == 0 && scores.strict.macro.f1 == 0)
        #expect(Scorer().score([]).documents == 0)
    }

    @Test("Types outside the scorer's set are ignored, gold and predicted alike")
    func typeFiltering() {
        // Only ORG is scored: the PERSON FP, the MONEY FN and the PROGRAM TP do not count.
        let scores = Scorer(types: [.org]).score([document(
            [ScoredSpan(0, 5, .org), ScoredSpan(10, 20, .money), ScoredSpan(30, 35, .program)],
            [ScoredSpan(0, 5, .org), ScoredSpan(40, 45, .person), ScoredSpan(30, 35, .program)])])
        #expect(scores.types == [.org])
        #expect(Array(scores.strict.perType.keys) == [.org])
        #expect(counts(scores.strict.micro) == [1, 0, 0])
        #expect(scores.mistakes.isEmpty)
    }

    @Test("A document's own types narrow what is scored for it, and only for it")
    func documentTypes() {
        // d1 is annotated for ORG only: its PERSON gold and PERSON/MONEY predictions are left out.
        // d2 has no types: its PERSON FP counts.
        // ORG: d1 TP 1; PERSON: d2 FP 1; MONEY: nothing.
        let scores = Scorer().score([
            document([ScoredSpan(0, 5, .org), ScoredSpan(10, 15, .person)],
                     [ScoredSpan(0, 5, .org), ScoredSpan(20, 25, .person), ScoredSpan(30, 40, .money)],
                     types: [.org], id: "d1"),
            document([], [ScoredSpan(0, 5, .person)], id: "d2"),
        ])
        #expect(counts(scores.strict[.org]) == [1, 0, 0])
        #expect(counts(scores.strict[.person]) == [0, 1, 0])
        #expect(counts(scores.strict[.money]) == [0, 0, 0])
        #expect(scores.mistakes.map(\.document) == ["d2"])
        // An empty types list scores nothing in that document.
        let none = Scorer().score([document([ScoredSpan(0, 5, .org)], [ScoredSpan(6, 9, .org)], types: [])])
        #expect(counts(none.strict.micro) == [0, 0, 0])
    }

    @Test("Mistakes are strict FPs and FNs in text order, with what the other side has nearby")
    func mistakes() {
        let text = "The U.S. Department of Energy met Chris Wright."
        // gold: ORG "U.S. Department of Energy" 4-29, PERSON "Chris Wright" 34-46
        // pred: ORG "Department of Energy" 9-29, ORG "Chris Wright" 34-46
        let scores = Scorer().score([ScoringDocument(id: "doe", text: text,
            gold: [ScoredSpan(4, 29, .org), ScoredSpan(34, 46, .person)],
            predicted: [ScoredSpan(9, 29, .org), ScoredSpan(34, 46, .org)])])
        #expect(scores.mistakes.map { "\($0.kind.rawValue) \($0.span) \($0.text) | \($0.near ?? "-")" } == [
            "false_negative ORG 4-29 U.S. Department of Energy | predicted ORG \"Department of Energy\"",
            "false_positive ORG 9-29 Department of Energy | gold ORG \"U.S. Department of Energy\"",
            "false_positive ORG 34-46 Chris Wright | gold PERSON \"Chris Wright\"",
            "false_negative PERSON 34-46 Chris Wright | predicted ORG \"Chris Wright\"",
        ])
        #expect(scores.mistakes[0].context == "The [[U.S. Department of Energy]] met Chris Wright.")
    }
}
