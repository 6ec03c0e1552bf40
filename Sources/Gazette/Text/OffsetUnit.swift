/// The unit in which output offsets are counted (DESIGN §2).
public enum OffsetUnit: String, Sendable, CaseIterable {
    /// Unicode scalar values, the same as Python `str` indices. The default.
    case scalar
    /// UTF-16 code units, as JavaScript and Java count.
    case utf16
    /// UTF-8 bytes of the decoded text.
    case utf8
}

/// A span of the original text in all three offset units.
public struct TextSpan: Sendable, Hashable {
    public var scalars: Range<Int>
    public var utf16: Range<Int>
    public var utf8: Range<Int>

    public func range(in unit: OffsetUnit) -> Range<Int> {
        switch unit {
        case .scalar: scalars
        case .utf16: utf16
        case .utf8: utf8
        }
    }
}

extension Document {
    /// Converts UTF-16 ranges into spans in every unit with one forward pass over the text.
    func spans(for ranges: [Range<Int>]) -> [TextSpan] {
        if let spans = orderedSpans(for: ranges) { return spans }
        var positions = Set<Int>()
        for r in ranges { positions.insert(r.lowerBound); positions.insert(r.upperBound) }
        let sorted = positions.sorted()
        var scalarAt: [Int: Int] = [:], utf8At: [Int: Int] = [:]
        scalarAt.reserveCapacity(sorted.count)
        utf8At.reserveCapacity(sorted.count)
        var u = 0, scalars = 0, bytes = 0
        for p in sorted {
            while u < p {
                let unit = utf16[u]
                if UTF16.isLeadSurrogate(unit), u + 1 < utf16.count, UTF16.isTrailSurrogate(utf16[u + 1]) {
                    u += 2; bytes += 4
                } else {
                    u += 1; bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3
                }
                scalars += 1
            }
            scalarAt[p] = scalars
            utf8At[p] = bytes
        }
        return ranges.map { r in
            TextSpan(scalars: scalarAt[r.lowerBound]!..<scalarAt[r.upperBound]!,
                     utf16: r,
                     utf8: utf8At[r.lowerBound]!..<utf8At[r.upperBound]!)
        }
    }
}

extension Document {
    /// `spans(for:)` for ranges in order, each ending at or before the next starts (resolved
    /// entities always are): one pass, no lookup tables. Nil for ranges not so ordered.
    private func orderedSpans(for ranges: [Range<Int>]) -> [TextSpan]? {
        var previous = 0
        for r in ranges {
            guard r.lowerBound >= previous else { return nil }
            previous = r.upperBound
        }
        var spans: [TextSpan] = []
        spans.reserveCapacity(ranges.count)
        var u = 0, scalars = 0, bytes = 0
        utf16.withUnsafeBufferPointer { text in
            func advance(to p: Int) {
                while u < p {
                    let unit = text[u]
                    if unit & 0xFC00 == 0xD800, u + 1 < text.count, text[u + 1] & 0xFC00 == 0xDC00 {
                        u += 2; bytes += 4
                    } else {
                        u += 1; bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3
                    }
                    scalars += 1
                }
            }
            for r in ranges {
                advance(to: r.lowerBound)
                let (s0, b0) = (scalars, bytes)
                advance(to: r.upperBound)
                spans.append(TextSpan(scalars: s0..<scalars, utf16: r, utf8: b0..<bytes))
            }
        }
        return spans
    }
}
