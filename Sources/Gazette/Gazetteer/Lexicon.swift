import Foundation

/// A plain word list from `Gazetteers/lexicons/` (one entry a line, `#` comments):
/// first names, titles, designators, cue words. Entries are folded for lookup.
struct Lexicon: Sendable {
    /// The entries as written.
    private(set) var entries: [String] = []
    /// Folded entries; multi-word entries have their words joined by single spaces.
    private(set) var folded: Set<String> = []
    /// The largest number of words in one entry.
    private(set) var maxWords = 0

    init(_ entries: [String] = []) {
        for entry in entries { insert(entry) }
    }

    init(contentsOf url: URL) throws(GazetteerError) {
        let contents: String
        do {
            contents = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw GazetteerError(file: url.path, line: 0, message: "cannot read the lexicon (\(error.localizedDescription))")
        }
        for line in TextLines.nonEmptyLines(contents) {
            let entry = line.mayNeedTrimming ? line.trimmingCharacters(in: .whitespaces) : line
            if entry.isEmpty || entry.hasPrefix("#") { continue }
            insert(entry)
        }
    }

    mutating func insert(_ entry: String) {
        entries.append(entry)
        let key = Folding.fold(entry)
        // Most entries are one word: no `Character`-by-`Character` split for them.
        if !key.utf8.contains(0x20) {
            folded.insert(key)
            maxWords = max(maxWords, key.isEmpty ? 0 : 1)
            return
        }
        let words = key.split(separator: " ")
        folded.insert(words.joined(separator: " "))
        maxWords = max(maxWords, words.count)
    }

    func contains(_ key: String) -> Bool { folded.contains(key) }

    static func + (a: Lexicon, b: Lexicon) -> Lexicon {
        var result = a
        for entry in b.entries { result.insert(entry) }
        return result
    }
}
