/// A byte range of the input that was not valid UTF-8 and became U+FFFD.
public struct DecodingIssue: Sendable, Hashable {
    /// Offset of the first invalid byte in the input (after any BOM was dropped, counted from the very first byte).
    public var byteOffset: Int
    /// Number of bytes replaced by this one U+FFFD.
    public var length: Int
}

/// Text decoded from bytes per DESIGN §2: BOM dropped, line endings kept, invalid sequences
/// replaced one U+FFFD per maximal invalid subsequence (as Python's `errors="replace"`).
public struct DecodedText: Sendable {
    public var text: String
    public var issues: [DecodingIssue]
}

public enum UTF8Decoder {
    /// Decodes `bytes`, recording where replacement characters were put.
    public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> DecodedText {
        decode(bytes, dropsBOM: true)
    }

    /// `dropsBOM` is false for a piece of a text that does not begin it (`UTF8StreamDecoder`).
    static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes, dropsBOM: Bool) -> DecodedText {
        let all = Array(bytes)
        let bomLength = dropsBOM && all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let body = all[bomLength...]
        if let text = String(validating: body, as: UTF8.self) {
            return DecodedText(text: text, issues: [])
        }
        var output: [UInt8] = []
        output.reserveCapacity(body.count + 16)
        var issues: [DecodingIssue] = []
        var i = body.startIndex
        while i < body.endIndex {
            let length = validSequenceLength(body, at: i)
            if length > 0 {
                output.append(contentsOf: body[i..<(i + length)])
                i += length
            } else {
                let invalid = maximalInvalidSubpart(body, at: i)
                issues.append(DecodingIssue(byteOffset: i, length: invalid))
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                i += invalid
            }
        }
        return DecodedText(text: String(decoding: output, as: UTF8.self), issues: issues)
    }

    /// Allowed range of the second byte after a given lead byte (Unicode Table 3-7), or nil if the lead is invalid.
    private static func lead(_ b: UInt8) -> (count: Int, second: ClosedRange<UInt8>)? {
        switch b {
        case 0x00...0x7F: return (1, 0...0)
        case 0xC2...0xDF: return (2, 0x80...0xBF)
        case 0xE0: return (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80...0xBF)
        case 0xED: return (3, 0x80...0x9F)
        case 0xF0: return (4, 0x90...0xBF)
        case 0xF1...0xF3: return (4, 0x80...0xBF)
        case 0xF4: return (4, 0x80...0x8F)
        default: return nil
        }
    }

    /// Number of well-formed bytes read at `i` that make one scalar, or 0.
    private static func validSequenceLength(_ b: ArraySlice<UInt8>, at i: Int) -> Int {
        guard let (count, second) = lead(b[i]) else { return 0 }
        if count == 1 { return 1 }
        return maximalPrefix(b, at: i, count: count, second: second) == count ? count : 0
    }

    /// Length of the longest prefix at `i` that could start a well-formed sequence.
    private static func maximalPrefix(_ b: ArraySlice<UInt8>, at i: Int, count: Int, second: ClosedRange<UInt8>) -> Int {
        var n = 1
        while n < count, i + n < b.endIndex {
            let range: ClosedRange<UInt8> = n == 1 ? second : 0x80...0xBF
            guard range.contains(b[i + n]) else { break }
            n += 1
        }
        return n
    }

    private static func maximalInvalidSubpart(_ b: ArraySlice<UInt8>, at i: Int) -> Int {
        guard let (count, second) = lead(b[i]) else { return 1 }
        return maximalPrefix(b, at: i, count: count, second: second)
    }
}
