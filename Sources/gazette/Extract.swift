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
        let processor = DocumentProcessor(gazette: try extraction.makeGazette(),
                                          encoder: EntityEncoder(format: format, offsets: offsets),
                                          strictUTF8: strictUTF8, textField: textField, idField: idField)
        let sink = try openSink()
        let report = Report(live: true)
        // Each document is flushed when done, so a reader of the stream gets it at once.
        let emit: Emit = { bytes, documentEnd in
            try sink.write(bytes)
            if documentEnd { try sink.flush() }
        }
        do {
            for path in files.isEmpty ? ["-"] : files {
                do {
                    let source = try ByteSource(path: path)
                    switch input {
                    case .text: try processor.text(source, id: path == "-" ? stdinID : path, report: report, emit: emit)
                    case .jsonl: try processor.jsonl(source, report: report, emit: emit)
                    }
                } catch let failure as InputFailure {
                    report.fail(failure)
                }
            }
            try sink.finish()
        } catch let failure as OutputFailure {
            // A full disk or a broken output ends the run: the partial output is removed.
            sink.abandon()
            Diagnostics.error(failure.description)
            throw ExitCode(1)
        }
        if let code = Self.exitCode(report) { throw ExitCode(code) }
    }

    /// 66 when nothing could be read because inputs were missing, 1 when some input failed.
    static func exitCode(_ report: Report) -> Int32? {
        guard !report.failures.isEmpty else { return nil }
        if report.documents == 0, report.failures.allSatisfy({ $0.kind == .notFound }) { return 66 }
        return 1
    }

    private func openSink() throws -> OutputSink {
        do { return try OutputSink(path: output) } catch let failure as InputFailure {
            Diagnostics.error(failure.description)
            throw ExitCode(73)
        }
    }
}
