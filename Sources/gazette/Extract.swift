import ArgumentParser
import Foundation
import Gazette

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract entities from files or stdin (the default subcommand).",
        discussion: "Each FILE is one document (or, with --input jsonl, one document per line). No FILE or \"-\" reads stdin."
    )

    @Argument(help: ArgumentHelp("Input files; none or \"-\" for stdin.", valueName: "FILE"))
    var files: [String] = []

    @Option(help: "How inputs are read: text (one document per input) or jsonl (one JSON object per line).")
    var input: InputFormat = .text

    @Option(help: ArgumentHelp("Field holding the text in --input jsonl.", valueName: "F"))
    var textField = "text"

    @Option(help: ArgumentHelp("Field holding the document id in --input jsonl.", valueName: "F"))
    var idField = "id"

    @Option(help: "One line per entity, or one line per document.")
    var format: EntityEncoder.Format = .entities

    @Option(help: "Offset unit: scalar (Unicode scalars, as Python), utf16 or utf8.")
    var offsets: OffsetUnit = .scalar

    @Option(name: .customLong("id"), help: ArgumentHelp("Document id for stdin.", valueName: "NAME"))
    var stdinID = "-"

    @Option(name: [.short, .long], help: ArgumentHelp("Write to FILE instead of stdout.", valueName: "FILE"))
    var output: String?

    @Flag(name: .customLong("strict-utf8"), help: "Treat invalid UTF-8 as an error for that input instead of replacing it.")
    var strictUTF8 = false

    @OptionGroup var extraction: ExtractionOptions

    func run() throws {
        let gazette = try extraction.makeGazette()
        let sink = try openSink()
        var run = DocumentRunner(gazette: gazette, encoder: EntityEncoder(format: format, offsets: offsets),
                                 sink: sink, strictUTF8: strictUTF8)
        for path in files.isEmpty ? ["-"] : files {
            do {
                switch input {
                case .text:
                    let name = path == "-" ? stdinID : path
                    try run.document(bytes: try InputReader.readAll(path), id: name, source: InputReader.display(path))
                case .jsonl:
                    try run.stream(path: path, textField: textField, idField: idField)
                }
            } catch let failure as InputFailure {
                run.fail(failure)
            }
        }
        do { try sink.finish() } catch let failure as InputFailure {
            Diagnostics.error(failure.description)
            throw ExitCode(1)
        }
        if let code = run.exitCode { throw ExitCode(code) }
    }

    private func openSink() throws -> OutputSink {
        do { return try OutputSink(path: output) } catch let failure as InputFailure {
            Diagnostics.error(failure.description)
            throw ExitCode(73)
        }
    }
}
