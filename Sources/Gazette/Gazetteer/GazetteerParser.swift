/// Reads gazetteer TSV files (DESIGN §6): a header line, then
/// `id  type  name  aliases  lang  match`, `#` comments and blank lines allowed.
public enum GazetteerParser {
    static let header = ["id", "type", "name", "aliases", "lang", "match"]

    /// Parses the contents of one file; `file` names it in errors.
    public static func parse(_ contents: String, file: String) throws(GazetteerError) -> [GazetteerEntry] {
        var entries: [GazetteerEntry] = []
        var sawHeader = false
        var ids: [String: Int] = [:]
        var lineNumber = 0
        for rawLine in TextLines.lines(contents) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = TextLines.fields(String(line)).map { $0.mayNeedTrimming ? String(Substring($0).trimmingSpaces) : $0 }
            func fail(_ message: String) -> GazetteerError {
                GazetteerError(file: file, line: lineNumber, message: message)
            }
            if !sawHeader {
                guard fields.prefix(header.count).elementsEqual(header.prefix(fields.count)), fields.count >= 3 else {
                    throw fail("expected the header line \"\(header.joined(separator: "\\t"))\", found \"\(trimmed)\"")
                }
                sawHeader = true
                continue
            }
            guard (3...header.count).contains(fields.count) else {
                throw fail("expected 3 to 6 tab-separated fields (id, type, name, aliases, lang, match), found \(fields.count)")
            }
            let id = fields[0], name = fields[2]
            guard !id.isEmpty else { throw fail("empty id") }
            guard !name.isEmpty else { throw fail("empty name for id \"\(id)\"") }
            guard let type = EntityType(rawValue: fields[1]), type != .money else {
                throw fail("unknown type \"\(fields[1])\" for id \"\(id)\" (expected ORG, PERSON or PROGRAM)")
            }
            if let previous = ids[id] { throw fail("duplicate id \"\(id)\" (first on line \(previous))") }
            ids[id] = lineNumber
            let aliases = fields.count > 3
                ? TextLines.alternatives(fields[3]).map { $0.mayNeedTrimming ? String(Substring($0).trimmingSpaces) : $0 }.filter { !$0.isEmpty }
                : []
            var language: Language?
            if fields.count > 4, !fields[4].isEmpty, fields[4] != "*" {
                guard let l = Language(rawValue: fields[4]) else {
                    throw fail("unknown lang \"\(fields[4])\" for id \"\(id)\" (expected *, fr or en)")
                }
                language = l
            }
            var matching: GazetteerEntry.Matching?
            if fields.count > 5, !fields[5].isEmpty {
                guard let m = GazetteerEntry.Matching(rawValue: fields[5]) else {
                    throw fail("unknown match \"\(fields[5])\" for id \"\(id)\" (expected empty, folded or exact)")
                }
                matching = m
            }
            entries.append(GazetteerEntry(id: id, type: type, name: name, aliases: aliases,
                                          language: language, matching: matching))
        }
        if !sawHeader, lineNumber > 0, !entries.isEmpty {
            throw GazetteerError(file: file, line: 1, message: "missing header line")
        }
        return entries
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return s
    }
}
