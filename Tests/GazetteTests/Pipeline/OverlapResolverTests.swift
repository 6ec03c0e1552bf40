import Testing
@testable import Gazette

@Suite("Overlap resolution")
struct OverlapResolverTests {
    func candidate(_ type: EntityType, _ range: Range<Int>, score: Double = 0.9, source: String = "x") -> Candidate {
        Candidate(type: type, range: range, source: source, score: score)
    }

    @Test("The longest span wins")
    func longest() {
        let kept = OverlapResolver.resolve([candidate(.org, 0..<5), candidate(.person, 0..<12), candidate(.org, 8..<15)])
        #expect(kept.map(\.range) == [0..<12])
    }

    @Test("At equal length, the higher score wins: a list entry outranks a rule")
    func scoreFirst() {
        let kept = OverlapResolver.resolve([candidate(.org, 0..<5, score: 0.8, source: "rule"),
                                            candidate(.program, 0..<5, score: 0.95, source: "gazetteer")])
        #expect(kept.map(\.source) == ["gazetteer"])
    }

    @Test("At equal length and score, type priority: ORG, PROGRAM, PERSON, MONEY")
    func priority() {
        let kept = OverlapResolver.resolve([candidate(.person, 0..<5), candidate(.program, 0..<5), candidate(.org, 2..<7)])
        #expect(kept.map(\.type) == [.org])
        #expect(OverlapResolver.resolve([candidate(.person, 0..<5), candidate(.program, 0..<5)]).map(\.type) == [.program])
    }

    @Test("Then the earlier start")
    func earlierStart() {
        #expect(OverlapResolver.resolve([candidate(.org, 3..<8), candidate(.org, 0..<5)]).map(\.range) == [0..<5])
    }

    @Test("Non-overlapping candidates are all kept, sorted by start; touching spans do not overlap")
    func disjoint() {
        let kept = OverlapResolver.resolve([candidate(.org, 10..<15), candidate(.money, 0..<5), candidate(.person, 5..<10)])
        #expect(kept.map(\.range) == [0..<5, 5..<10, 10..<15])
    }

    @Test("Empty input gives empty output")
    func empty() {
        #expect(OverlapResolver.resolve([]).isEmpty)
    }
}
