import Foundation

extension Decimal {
    /// The exact product with 10^`power`, made by moving the exponent: a magnitude ("milliard",
    /// "bn", "MUSD") scales an amount without a `Decimal` multiplication, which costs thousands
    /// of instructions.
    func scaled(byPowerOfTen power: Int) -> Decimal {
        guard power != 0, isFinite, !isZero else { return self }
        return Decimal(sign: sign, exponent: exponent + power, significand: significand)
    }
}
