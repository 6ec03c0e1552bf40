/// An ISO 4217 code ("EUR"), three ASCII capitals packed in one integer.
///
/// Amounts are copied many times while a sentence is parsed; with the code held this way
/// instead of as a `String`, an amount is plain bytes and copies without reference counting.
struct CurrencyCode: Hashable, Sendable, CustomStringConvertible {
    private let packed: UInt32

    /// Nil unless `code` is three ASCII capitals.
    init?(_ code: some StringProtocol) {
        var packed: UInt32 = 0
        var count = 0
        for byte in code.utf8 {
            guard byte >= 0x41, byte <= 0x5A, count < 3 else { return nil }
            packed = packed << 8 | UInt32(byte)
            count += 1
        }
        guard count == 3 else { return nil }
        self.packed = packed
    }

    /// Written once per amount found: three bytes straight into a small (inline) string, no array.
    var description: String {
        String(unsafeUninitializedCapacity: 3) { bytes in
            bytes[0] = UInt8(truncatingIfNeeded: packed >> 16)
            bytes[1] = UInt8(truncatingIfNeeded: packed >> 8)
            bytes[2] = UInt8(truncatingIfNeeded: packed)
            return 3
        }
    }

    static let usd = CurrencyCode("USD")!
}
