/// Decodes a text that arrives in blocks of bytes, exactly as `UTF8Decoder` decodes it whole:
/// the BOM is dropped only at the very beginning, a sequence split across two blocks is
/// decoded once both are there, and issues carry offsets from the first byte of the text.
///
/// ```swift
/// var decoder = UTF8StreamDecoder()
/// while let block = read() { stream.append(decoder.decode(block)) }
/// stream.append(decoder.finish())
/// ```
public struct UTF8StreamDecoder: Sendable {
    /// Bytes held back because a sequence may continue in the next block.
    private var carry: [UInt8] = []
    private var consumed = 0
    /// The first issues found, with offsets in the whole input (at most `keptIssues`).
    public private(set) var issues: [DecodingIssue] = []
    /// How many invalid sequences were replaced in all.
    public private(set) var issueCount = 0
    /// Enough issues to report precisely without growing on a binary file.
    public static let keptIssues = 16

    public init() {}

    /// The text of `bytes` up to the last point where nothing that follows can change it.
    public mutating func decode(_ bytes: some Collection<UInt8>) -> String {
        var input = carry
        input.append(contentsOf: bytes)
        // A sequence starts at a byte that is not a continuation byte (10xxxxxx), and neither a
        // valid sequence nor a maximal invalid one spans such a byte: hold back from the last
        // one, if it is close enough to the end to start a sequence still incomplete.
        var end = input.count
        if let start = input.lastIndex(where: { $0 & 0xC0 != 0x80 }), input.count - start < 4 {
            end = start
        }
        // The BOM is only recognized whole, at the very beginning.
        if consumed == 0, end < 3, input.count < 3, [0xEF, 0xBB, 0xBF].starts(with: input) { end = 0 }
        carry = Array(input[end...])
        return text(input[..<end])
    }

    /// The text of whatever was held back; the input is over.
    public mutating func finish() -> String {
        defer { carry = [] }
        return text(carry[...])
    }

    private mutating func text(_ bytes: ArraySlice<UInt8>) -> String {
        guard !bytes.isEmpty else { return "" }
        let decoded = UTF8Decoder.decode(bytes, dropsBOM: consumed == 0)
        for issue in decoded.issues {
            issueCount += 1
            if issues.count < Self.keptIssues {
                issues.append(DecodingIssue(byteOffset: issue.byteOffset + consumed, length: issue.length))
            }
        }
        consumed += bytes.count
        return decoded.text
    }
}
