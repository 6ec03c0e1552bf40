import ArgumentParser
import Foundation
import Gazette

/// Options that choose what to extract and with which lists (shared by extract, batch and eval).
struct ExtractionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Types to extract, comma-separated.", valueName: "ORG,PERSON,MONEY,PROGRAM"))
    var types: String = "ORG,PERSON,MONEY,PROGRAM"

    @Option(help: ArgumentHelp("Document language: auto (guessed per document), fr or en.", valueName: "auto|fr|en"))
    var lang: String = "auto"

    @Option(name: .customLong("gazetteer"), help: ArgumentHelp("An extra gazetteer TSV, merged over the defaults (repeatable).", valueName: "FILE"))
    var gazetteers: [String] = []

    @Flag(name: .customLong("no-default-gazetteers"), help: "Do not load the shipped ORG/PERSON/PROGRAM lists.")
    var noDefaultGazetteers = false

    func validate() throws {
        _ = try entityTypes()
        _ = try language()
    }

    func entityTypes() throws -> Set<EntityType> {
        guard let types = EntityType.parseList(types) else {
            throw ValidationError("--types: expected a comma-separated subset of ORG,PERSON,MONEY,PROGRAM, got \"\(types)\"")
        }
        return types
    }

    func language() throws -> Language? {
        if lang == "auto" { return nil }
        guard let language = Language(rawValue: lang) else {
            throw ValidationError("--lang: expected auto, fr or en, got \"\(lang)\"")
        }
        return language
    }

    /// Builds the extractor; a bad list is reported as FILE:LINE and exits 65.
    func makeGazette() throws -> Gazette {
        let configuration = Configuration(
            types: try entityTypes(), language: try language(),
            gazetteers: gazetteers.map { URL(fileURLWithPath: $0) },
            usesDefaultGazetteers: !noDefaultGazetteers)
        do {
            return try Gazette(configuration: configuration)
        } catch let error as GazetteerError {
            Diagnostics.error(error.description)
            throw ExitCode(error.line == 0 && !FileManager.default.fileExists(atPath: error.file) ? 66 : 65)
        }
    }
}

extension EntityEncoder.Format: ExpressibleByArgument {}
extension OffsetUnit: ExpressibleByArgument {}

/// How documents are read from a file or stdin.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    /// The whole input is one document.
    case text
    /// One `{"id": ..., "text": ...}` object per line.
    case jsonl
}
