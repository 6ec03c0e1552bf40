/// Where to cut a text too long to analyze in one piece.
///
/// Each chunk is analyzed on its own, so an entity survives only if it does not straddle a
/// cut, and the tokens on either side should see the context they would see in the whole
/// text. Hence the preference: a paragraph break, then a sentence start, then a line break,
/// then any whitespace, and only for a text without any of these a cut between two scalars.
/// The cut is always made where the whitespace begins, so the whitespace opens the next
/// chunk and its first token still knows it follows a space or a line break.
enum ChunkBoundary {
    /// The length of the first chunk of `units`, which holds more than one chunk:
    /// `0 < cut <= units.count`, never inside a surrogate pair or a CRLF.
    ///
    /// Only the second half of `units` is searched, so chunks stay at least half as long
    /// as allowed. `sentenceStart`, given a window (offsets relative to the slice), returns
    /// where the last sentence in it that starts after the window's first begins, or nil.
    static func cut(_ units: ArraySlice<UInt16>, sentenceStart: (Range<Int>) throws -> Int?) rethrows -> Int {
        let count = units.count
        guard count > 1 else { return count }
        let base = units.startIndex
        let low = count / 2
        var lineBreakRun: Int?, spaceRun: Int?
        var i = count
        while i > low {
            guard isSpace(units[base + i - 1]) else { i -= 1; continue }
            // A whitespace run ending at i: find where it starts and how many line breaks it holds.
            var start = i, lineBreaks = 0
            while start > 0, isSpace(units[base + start - 1]) {
                let unit = units[base + start - 1]
                if unit == 0x0A || unit == 0x2028 || unit == 0x2029
                    || (unit == 0x0D && (start == count || units[base + start] != 0x0A)) {
                    lineBreaks += 1
                }
                start -= 1
            }
            if start > 0 {
                if lineBreaks >= 2 { return start }
                if lineBreaks == 1, lineBreakRun == nil { lineBreakRun = start }
                if spaceRun == nil { spaceRun = start }
            }
            i = start
        }
        let window = max(low, count - sentenceWindow)..<count
        if let start = try sentenceStart(window), start > 0, start <= count { return start }
        if let run = lineBreakRun ?? spaceRun { return run }
        // No whitespace at all: end between two scalars, keeping a surrogate pair whole.
        return UTF16.isLeadSurrogate(units[base + count - 1]) ? count - 1 : count
    }

    /// How far back a sentence start is looked for: enough for many sentences, cheap to analyze.
    static let sentenceWindow = 1 << 14

    static func isSpace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }
}
