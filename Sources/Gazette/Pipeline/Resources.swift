import Foundation

/// Everything read from disk at start-up: the gazetteer entries and the rule lexicons.
struct Resources: Sendable {
    var entries: [GazetteerEntry]
    var lexicons: Lexicons
    var splitter: SentenceSplitter
    /// Function words, folded, that tell French from English.
    var frenchWords: Set<String>
    var englishWords: Set<String>

    static let defaultListFiles = ["organizations.tsv", "programs.tsv", "people.tsv"]

    static func load(_ configuration: Configuration) throws -> Resources {
        let directory = try DefaultLists.directory()
        let lexicons = try Lexicons(directory: directory.appendingPathComponent("lexicons"))
        // User lists come first: an earlier entry wins a shared alias, and a user id replaces a default one.
        var entries: [GazetteerEntry] = []
        var ids = Set<String>()
        for url in configuration.gazetteers {
            for entry in try readList(url) where ids.insert(entry.id).inserted { entries.append(entry) }
        }
        if configuration.usesDefaultGazetteers {
            for file in defaultListFiles {
                for entry in try readList(directory.appendingPathComponent(file)) where ids.insert(entry.id).inserted {
                    entries.append(entry)
                }
            }
        }
        let titles = try lexicons("person-titles-fr") + lexicons("person-titles-en")
        let splitter = SentenceSplitter(
            titles: Set(titles.folded.filter { $0.hasSuffix(".") || $0.count <= 3 }),
            abbreviations: try lexicons("abbreviations").folded,
            sentenceStarters: try lexicons("sentence-start-stop").folded)
        return Resources(entries: entries, lexicons: lexicons, splitter: splitter,
                         frenchWords: try lexicons("function-words-fr").folded,
                         englishWords: try lexicons("function-words-en").folded)
    }

    static func readList(_ url: URL) throws(GazetteerError) -> [GazetteerEntry] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GazetteerError(file: url.path, line: 0, message: "cannot read the gazetteer (\((error as NSError).localizedDescription))")
        }
        guard let contents = String(data: data, encoding: .utf8) else {
            throw GazetteerError(file: url.path, line: 0, message: "not valid UTF-8")
        }
        return try GazetteerParser.parse(contents, file: url.path)
    }
}
