import Foundation

extension Decimal {
    /// The exact product with 10^`power`, made by moving the exponent: a magnitude ("milliard",
    /// "bn", "MUSD") scales an amount without a `Decimal` multiplication, which costs thousands
    /// of instructions, and in place (`DecimalLayout`) where it can.
    func scaled(byPowerOfTen power: Int) -> Decimal {
        guard power != 0, let parts = DecimalLayout.parts(self) else { return publiclyScaled(byPowerOfTen: power) }
        guard parts.mantissa != 0 else { return self }
        return DecimalLayout.settingExponent(self, parts.exponent + power) ?? publiclyScaled(byPowerOfTen: power)
    }

    private func publiclyScaled(byPowerOfTen power: Int) -> Decimal {
        guard power != 0, isFinite, !isZero else { return self }
        return Decimal(sign: sign, exponent: exponent + power, significand: significand)
    }

    /// `self <= other`, exactly, by integer arithmetic for the amounts money compares
    /// (non-negative, a mantissa of 64 bits at most); for any other value, Foundation's
    /// comparison, which aligns both sides digit by digit at over a thousand instructions.
    func isAtMost(_ other: Decimal) -> Bool {
        guard let a = DecimalLayout.parts(self), let b = DecimalLayout.parts(other), !a.negative, !b.negative,
              let x = UInt64(exactly: a.mantissa), let y = UInt64(exactly: b.mantissa) else { return self <= other }
        if x == 0 || y == 0 { return x == 0 }
        // x × 10^(difference) against y, the larger exponent brought down. A mantissa of 64
        // bits is below 10^20: a difference of twenty powers of ten or more decides alone.
        let difference = a.exponent - b.exponent
        if difference >= 20 { return false }
        if difference <= -20 { return true }
        let power = UInt128(Self.powersOfTen[abs(difference)])
        return difference >= 0 ? UInt128(x) * power <= UInt128(y) : UInt128(x) <= UInt128(y) * power
    }

    private static let powersOfTen: [UInt64] = (0...19).map { power in (0..<power).reduce(1) { product, _ in product * 10 } }
}
