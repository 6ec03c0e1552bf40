import CICU

/// An ICU break iterator (word or sentence) for one locale.
///
/// Not thread-safe: each analysis owns its iterators.
final class BreakIterator {
    enum Kind { case word, sentence }

    private let handle: OpaquePointer
    private var boundaries: [Int32] = []
    private var statuses: [Int32] = []

    init(_ kind: Kind, locale: String) throws(TextError) {
        var status: Int32 = 0
        guard let handle = gz_breaker_open(kind == .word ? Int32(GZ_BREAK_WORD) : Int32(GZ_BREAK_SENTENCE),
                                           locale, &status) else {
            throw TextError.icu("cannot open the ICU \(kind) break iterator for locale \(locale) (status \(status))")
        }
        self.handle = handle
    }

    deinit { gz_breaker_close(handle) }

    /// Every boundary after 0 with the rule status of the segment ending there.
    func segments(_ text: [UInt16]) -> (ends: ArraySlice<Int32>, statuses: ArraySlice<Int32>) {
        let capacity = text.count + 1
        if boundaries.count < capacity {
            boundaries = [Int32](repeating: 0, count: capacity)
            statuses = [Int32](repeating: 0, count: capacity)
        }
        var status: Int32 = 0
        let n = text.withUnsafeBufferPointer { buffer in
            gz_breaker_boundaries(handle, buffer.baseAddress, Int32(buffer.count),
                                  &boundaries, &statuses, Int32(capacity), &status)
        }
        // ICU reports no boundary for text it cannot handle; one segment is the safe reading.
        guard n >= 0 else { return ([Int32(text.count)], [0]) }
        return (boundaries[0..<Int(n)], statuses[0..<Int(n)])
    }
}

/// A failure inside the text layer (ICU unavailable or misbehaving).
public enum TextError: Error, CustomStringConvertible {
    case icu(String)
    public var description: String {
        switch self { case .icu(let message): "ICU: \(message)" }
    }
}
