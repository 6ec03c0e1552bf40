import Testing
@testable import Gazette

@Suite("Money words by token id")
struct MoneyTokenIndexTests {
    /// Ids at the edges of the 16-id blocks, several in one block, and far out.
    static let moneyIDs = [0, 1, 14, 15, 16, 17, 31, 32, 40, 41, 47, 63, 64, 127, 128, 200, 1000]

    static let index: MoneyTokenIndex = {
        let count = 1001
        var words = [Int32](repeating: -1, count: count)
        var roles = [MoneyPiece.Roles](repeating: [], count: count)
        for (n, id) in moneyIDs.enumerated() {
            words[id] = Int32(10 + n)
            roles[id] = MoneyPiece.Roles(rawValue: UInt16(1 + n))
        }
        return MoneyTokenIndex(words: words, roles: roles)
    }()

    @Test("Each money word gets its own word and roles")
    func moneyWords() {
        Self.index.withLookup { lookup in
            for (n, id) in Self.moneyIDs.enumerated() {
                #expect(lookup(Int32(id)).word == Int32(10 + n), "id \(id)")
                #expect(lookup(Int32(id)).roles.rawValue == UInt16(1 + n), "id \(id)")
            }
        }
    }

    @Test("Other ids, negative ids and ids past the table are no money word",
          arguments: [2, 13, 18, 30, 33, 39, 42, 46, 48, 62, 65, 126, 129, 199, 201, 999, 1001, 5000, -1,
                      Int(Int32.max), Int(Int32.min)])
    func otherIDs(_ id: Int) {
        Self.index.withLookup { lookup in
            #expect(lookup(Int32(id)).word == -1)
            #expect(lookup(Int32(id)).roles == [])
        }
    }
}
