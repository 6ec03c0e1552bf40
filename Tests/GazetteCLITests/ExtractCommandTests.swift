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
}
