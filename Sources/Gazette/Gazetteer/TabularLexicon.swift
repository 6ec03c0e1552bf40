import Foundation

/// A tab-separated lexicon from `Gazetteers/lexicons/` (`name.tsv`): one entry a line, a few
/// columns (a magnitude word and its multiplier, a currency word and its ISO code, …),
/// `#` comments and blank lines allowed.
///
/// Plain one-column lists stay `Lexicon`s; a table is for rules that need a value per entry.
/// A line with too few or too many columns is an error naming `FILE:LINE`.
struct TabularLexicon: Sendable {
    struct Row: Sendable {
        /// 1-based line number in the file, for error messages.
        var line: Int
        /// The columns as written, trimmed; missing optional columns are empty strings.
        var fields: [String]

        subscript(_ column: Int) -> String { column < fields.count ? fields[column] : "" }
    }

    let file: String
    private(set) var rows: [Row] = []

    /// Reads a table whose lines have between `columns.lowerBound` and `columns.upperBound` fields.
    init(contentsOf url: URL, columns: ClosedRange<Int>) throws(GazetteerError) {
        file = url.path
        let contents: String
        do {
            contents = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw GazetteerError(file: url.path, line: 0, message: "cannot read the lexicon (\(error.localizedDescription))")
        }
        var number = 0
        for line in TextLines.lines(contents) {
            number += 1
            let text = line.hasSuffix("\r") ? String(line.dropLast()) : line
            if text.trimmingCharacters(in: .whitespaces).isEmpty || text.hasPrefix("#") { continue }
            var fields = TextLines.fields(text).map { $0.mayNeedTrimming ? $0.trimmingCharacters(in: .whitespaces) : $0 }
            while fields.count > columns.lowerBound, fields.last == "" { fields.removeLast() }
            guard columns.contains(fields.count), !fields[0].isEmpty else {
                throw GazetteerError(file: url.path, line: number,
                                     message: "expected \(columns.lowerBound == columns.upperBound ? "\(columns.lowerBound)" : "\(columns.lowerBound) to \(columns.upperBound)") tab-separated columns, found \(fields.count)")
            }
            rows.append(Row(line: number, fields: fields))
        }
    }

    /// An error about one row, for values a loader cannot read.
    func error(_ row: Row, _ message: String) -> GazetteerError {
        GazetteerError(file: file, line: row.line, message: message)
    }
}

extension Lexicons {
    /// The tab-separated lexicon `name.tsv`; a missing one is an installation problem.
    func table(_ name: String, columns: ClosedRange<Int>) throws(GazetteerError) -> TabularLexicon {
        let url = directory.appendingPathComponent(name + ".tsv")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw GazetteerError(file: url.path, line: 0, message: "missing lexicon")
        }
        return try TabularLexicon(contentsOf: url, columns: columns)
    }
}
