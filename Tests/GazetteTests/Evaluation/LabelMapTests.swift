import Testing
import TestSupport
@testable import Gazette

@Suite("Label map (--map)")
struct LabelMapTests {
    @Test("Renames labels, then matches the four types case-insensitively; anything else is not scored")
    func renames() throws {
        let map = try LabelMap(parsing: "PER=PERSON, ORGANIZATION=org")
        #expect(map.renames == ["PER": "PERSON", "ORGANIZATION": "ORG"])
        #expect(map.type(for: "PER") == .person)
        #expect(map.type(for: "ORGANIZATION") == .org)
        #expect(map.type(for: "money") == .money)
        #expect(map.type(for: "LOC") == nil)
        #expect(LabelMap().type(for: "PER") == nil)
    }

    @Test("A pair that is not FROM=TYPE is an error", arguments: ["PER", "PER=", "=ORG", "PER=LOCATION", "A=B=C"])
    func malformed(_ list: String) {
        #expect(throws: LabelMapError.self) { _ = try LabelMap(parsing: list) }
    }
}
