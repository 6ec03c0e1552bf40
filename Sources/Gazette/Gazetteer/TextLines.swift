/// Splitting list files into lines and fields on their UTF-8 bytes, with exactly the results
/// of the `Character`-based `split` calls they replace, which are slow on large lists
/// (a 200,000-alias gazetteer is megabytes).
///
/// Why bytes give the same answer: line feeds, tabs and the other line separators are
/// control characters, which always stand alone as a `Character` — except CR LF, one
/// `Character` that is neither "\n" nor "\r". A "|" is only its own `Character` when no
/// combining mark follows it and nothing it could extend precedes it; where bytes cannot
/// tell, the `Character`-based split is used.
enum TextLines {
    /// `contents.split(separator: "\n", omittingEmptySubsequences: false)`, as strings.
    static func lines(_ contents: String) -> [String] {
        let bytes = Array(contents.utf8)
        var lines: [String] = []
        var start = 0
        for i in bytes.indices where bytes[i] == 0x0A && (i == 0 || bytes[i - 1] != 0x0D) {
            lines.append(string(bytes, start..<i))
            start = i + 1
        }
        lines.append(string(bytes, start..<bytes.count))
        return lines
    }

    /// `contents.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline)`, as strings.
    static func nonEmptyLines(_ contents: String) -> [String] {
        let bytes = Array(contents.utf8)
        var lines: [String] = []
        var start = 0
        var i = 0
        func cut(_ end: Int, next: Int) {
            if end > start { lines.append(string(bytes, start..<end)) }
            start = next
        }
        while i < bytes.count {
            let b = bytes[i]
            if (0x0A...0x0D).contains(b) {
                cut(i, next: i + 1)
            } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0x85 {  // U+0085
                cut(i, next: i + 2)
                i += 1
            } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                cut(i, next: i + 3)  // U+2028, U+2029
                i += 2
            }
            i += 1
        }
        cut(bytes.count, next: bytes.count)
        return lines
    }

    /// `line.split(separator: "\t", omittingEmptySubsequences: false)`, as strings.
    static func fields(_ line: String) -> [String] {
        split(line, at: 0x09, omittingEmpty: false)
    }

    /// `field.split(separator: "|")` (empty parts omitted), as strings.
    static func alternatives(_ field: String) -> [String] {
        let bytes = Array(field.utf8)
        for i in bytes.indices where bytes[i] == 0x7C {
            // A mark after the bar, or a non-ASCII character before it, could make the bar part
            // of a larger Character: let `Character` decide.
            if (i + 1 < bytes.count && bytes[i + 1] >= 0x80) || (i > 0 && bytes[i - 1] >= 0x80) {
                return field.split(separator: "|").map(String.init)
            }
        }
        return split(field, at: 0x7C, omittingEmpty: true)
    }

    private static func split(_ text: String, at separator: UInt8, omittingEmpty: Bool) -> [String] {
        let bytes = Array(text.utf8)
        var parts: [String] = []
        var start = 0
        for i in bytes.indices where bytes[i] == separator {
            if !omittingEmpty || i > start { parts.append(string(bytes, start..<i)) }
            start = i + 1
        }
        if !omittingEmpty || bytes.count > start { parts.append(string(bytes, start..<bytes.count)) }
        return parts
    }
}

extension TextLines {
    /// The string of some bytes of a valid UTF-8 text. (From a buffer pointer: from an array
    /// slice, `String(decoding:as:)` takes a generic path several times slower.)
    @inline(__always)
    static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}

extension String {
    /// Whether the first or last byte is a space, a tab or not ASCII: if not, neither
    /// `trimmingSpaces` nor trimming `.whitespaces` can remove anything.
    var mayNeedTrimming: Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        return first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 || first >= 0x80 || last >= 0x80
    }
}
