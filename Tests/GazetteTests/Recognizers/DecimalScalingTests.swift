import Foundation
import Testing
@testable import Gazette

@Suite("Exact decimal scaling and comparison for amounts")
struct DecimalScalingTests {
    static let values: [Decimal] = {
        var values = ["0", "1", "4.7", "4.70", "12", "12.5", "15", "150", "1500000000", "0.005", "20.43", "999999999999999999",
                      "18446744073709551615", "18446744073709551616", "340282366920938463463374607431768211455",
                      "0.000000000000000000000000000001", "-3", "-0.5"].map { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX"))! }
        values += [Decimal(15).scaled(byPowerOfTen: 1), Decimal(150).scaled(byPowerOfTen: -1), Decimal(1).scaled(byPowerOfTen: 25),
                   Decimal(3).scaled(byPowerOfTen: -25), Decimal(20) + Decimal(43) / 100]
        return values
    }()

    @Test("isAtMost agrees with Foundation's comparison on every pair", arguments: values)
    func comparison(_ a: Decimal) {
        for b in Self.values {
            #expect(a.isAtMost(b) == (a <= b), "\(a) <= \(b)")
        }
    }

    @Test("Scaling by a power of ten is exact and agrees with multiplying",
          arguments: [("1.5", 9, "1500000000"), ("4.7", 12, "4700000000000"), ("1500", -3, "1.5"), ("29.99", 0, "29.99"),
                      ("0", 9, "0"), ("2", -2, "0.02"), ("7", 120, "7" + String(repeating: "0", count: 120))])
    func scaling(_ written: String, _ power: Int, _ expected: String) throws {
        let posix = Locale(identifier: "en_US_POSIX")
        let value = try #require(Decimal(string: written, locale: posix))
        let scaled = value.scaled(byPowerOfTen: power)
        #expect(scaled == Decimal(string: expected, locale: posix))
        #expect(JSONWriter.plain(scaled) == expected)
    }

    @Test("NaN stays NaN")
    func notANumber() {
        #expect(Decimal.nan.scaled(byPowerOfTen: 3).isNaN)
    }
}
