import Foundation
import Testing
@testable import Gazette

@Suite("Plain decimals from their storage")
struct PlainDecimalTests {
    /// Values of every shape money amounts take: integers, cents, magnitudes, sums, quotients,
    /// negatives, the largest mantissa, tiny fractions.
    static let values: [Decimal] = {
        var values = ["0", "1", "7", "10", "120", "1500000000", "4.7", "-4.7", "0.43", "0.005", "20.01", "12.5",
                      "99999999999999999999", "18446744073709551615", "18446744073709551616",
                      "340282366920938463463374607431768211455", "0.000000000000000000000000000001",
                      "12345678901234567890.5", "-0.1", "123456789012345678901234", "1234567890123456789012345678",
                      "4294967296", "281474976710656", "65535", "65536"].map { Decimal(string: $0)! }
        values += [Decimal(20) + Decimal(43) / 100, Decimal(1) / 3, Decimal(2) / 100, Decimal(1_000_000) * Decimal(string: "2.5")!,
                   Decimal(string: "1.5")!.scaled(byPowerOfTen: 9), Decimal(string: "4.7")!.scaled(byPowerOfTen: 12),
                   Decimal(sign: .plus, exponent: 40, significand: 3), Decimal(sign: .minus, exponent: -20, significand: 17)]
        return values
    }()

    @Test("The storage is read as Foundation lays it out (checked against description)", arguments: values)
    func sameAsDescription(_ value: Decimal) throws {
        let bytes = try #require(PlainDecimal.bytes(value))
        #expect(String(decoding: bytes, as: UTF8.self) == JSONWriter.plain(value))
    }

    @Test("The layout is the one known here, so the fast paths are on (a change in Foundation turns them off)")
    func layoutKnown() throws {
        let parts = try #require(DecimalLayout.parts(Decimal(string: "4.7")!))
        #expect(parts.mantissa == 47 && parts.exponent == -1 && !parts.negative)
        #expect(DecimalLayout.settingExponent(Decimal(15), 8) == Decimal(1_500_000_000))
    }

    @Test("NaN is left to the caller")
    func notANumber() {
        #expect(PlainDecimal.bytes(Decimal.nan) == nil)
    }
}
