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

    var description: String {
        let bytes = [UInt8(truncatingIfNeeded: packed >> 16), UInt8(truncatingIfNeeded: packed >> 8), UInt8(truncatingIfNeeded: packed)]
        return String(decoding: bytes, as: UTF8.self)
    }

    static let usd = CurrencyCode("USD")!
}
