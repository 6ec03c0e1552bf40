import Foundation

/// A decoded text file and its lines, with the line numbers messages need.
struct SourceText {
    var path: String
    var text: String
    /// Each line without its terminator (`\n` or `\r\n`), numbered from 1. Split on scalars:
    /// as Characters, `"\r\n"` is one grapheme and never equals `"\n"`.
    var lines: [(number: Int, text: Substring)] {
        var result: [(Int, Substring)] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var number = 0
        func add(_ end: String.Index) {
            var line = scalars[start..<end]
            if line.last == "\r" { line = line.dropLast() }
            number += 1
            result.append((number, Substring(line)))
        }
        var i = start
        while i < scalars.endIndex {
            if scalars[i] == "\n" {
                add(i)
                start = scalars.index(after: i)
            }
            i = scalars.index(after: i)
        }
        if start < scalars.endIndex { add(scalars.endIndex) }
        return result
    }

    /// Reads and decodes a UTF-8 file (a leading BOM dropped); invalid UTF-8 is malformed data.
    static func load(_ path: String) throws(EvaluationDataError) -> SourceText {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw EvaluationDataError(exists ? .malformed : .notFound, file: path, line: 0,
                                      message: exists ? "cannot read the file" : "no such file")
        }
        let bytes = [UInt8](data)
        let decoded = UTF8Decoder.decode(bytes)
        if let issue = decoded.issues.first {
            let line = bytes[..<issue.byteOffset].count { $0 == 0x0A } + 1
            throw EvaluationDataError(file: path, line: line, message: "invalid UTF-8 at byte \(issue.byteOffset)")
        }
        return SourceText(path: path, text: decoded.text)
    }
}
