import ArgumentParser
import Foundation
import Gazette
#if canImport(Glibc)
import Glibc
#endif

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract entities from every file under folders, in parallel.",
        discussion: """
            Folders are walked recursively for files matching --glob (default *.txt and *.jsonl), \
            in sorted path order; .jsonl files are read as one JSON document per line. Output is \
            in input order and identical whatever -j is. A failing input is reported on stderr \
            and the run goes on; the exit code is then 1. A summary line ends the run on stderr.
            """
    )

    @Argument(help: ArgumentHelp("Files and folders to read.", valueName: "PATH"))
    var paths: [String]

    @Option(name: .customLong("glob"), help: ArgumentHelp("File name pattern to take in folders (repeatable; default *.txt and *.jsonl). A pattern with a / is matched against the path below the folder.", valueName: "PATTERN"))
    var globs: [String] = []

    @Option(name: .customLong("exclude"), help: ArgumentHelp("File or folder name pattern to leave out (repeatable).", valueName: "PATTERN"))
    var excludes: [String] = []

    @Flag(help: "Also read hidden files and folders (names starting with a dot).")
    var hidden = false

    @Option(name: [.customShort("j", allowingJoined: true), .customLong("jobs")], help: ArgumentHelp("Documents processed in parallel (default: the number of cores).", valueName: "N"))
    var jobs: Int?

    @Option(name: [.short, .long], help: ArgumentHelp("Write all output to FILE (written beside it, renamed when complete).", valueName: "FILE"))
    var output: String?

    @Option(name: .customLong("output-dir"), help: ArgumentHelp("Write one .jsonl per input into DIR, mirroring the tree below its folder.", valueName: "DIR"))
    var outputDirectory: String?

    @Flag(help: "With --output-dir, skip inputs whose output is complete and newer than the input.")
    var resume = false

    @Option(help: "Read every input as text or as jsonl (default: .jsonl files as jsonl, others as text).")
    var input: InputFormat?

    @Option(help: ArgumentHelp("Field holding the text in JSONL inputs.", valueName: "F"))
    var textField = "text"

    @Option(help: ArgumentHelp("Field holding the document id in JSONL inputs.", valueName: "F"))
    var idField = "id"

    @Option(help: ArgumentHelp("Fail inputs larger than this (bytes, or with a K, M or G suffix).", valueName: "N"))
    var maxBytes: ByteCount?

    @Flag(name: .customLong("strict-utf8"), help: "Treat invalid UTF-8 as an error for that input instead of replacing it.")
    var strictUTF8 = false

    @Option(help: "Progress line on stderr: auto (when stderr is a terminal), always or never.")
    var progress: Progress.Mode = .auto

    @Option(help: "One line per entity, or one line per document.")
    var format: EntityEncoder.Format = .entities

    @Option(help: "Offset unit: scalar (Unicode scalars, as Python), utf16 or utf8.")
    var offsets: OffsetUnit = .scalar

    @OptionGroup var extraction: ExtractionOptions

    static let defaultGlobs = ["*.txt", "*.jsonl"]

    /// Bytes looked at for a NUL, the mark of a binary file.
    static let binaryProbe = 8 << 10

    func validate() throws {
        if output != nil, outputDirectory != nil { throw ValidationError("-o and --output-dir cannot be used together") }
        if resume, outputDirectory == nil { throw ValidationError("--resume needs --output-dir") }
        if let jobs, jobs < 1 { throw ValidationError("-j: expected at least 1, got \(jobs)") }
    }

    func run() throws {
        let start = ContinuousClock.now
        let processor = DocumentProcessor(gazette: try extraction.makeGazette(),
                                          encoder: EntityEncoder(format: format, offsets: offsets),
                                          strictUTF8: strictUTF8, textField: textField, idField: idField)
        let target = try openTarget()
        let patterns = globs.isEmpty ? Self.defaultGlobs : globs
        var walker = FileWalker(globs: patterns, excludes: excludes, includesHidden: hidden)
        if case .directory(let directory) = target { walker.ignored.insert(directory.identity) }
        var info = stat()
        if let output, stat(output, &info) == 0 { walker.ignored.insert(FileID(info)) }
        walker.walk(paths)
        for warning in walker.warnings { Diagnostics.warning(warning) }
        var inputs = walker.inputs
        if case .directory = target { Self.claimOutputs(&inputs) }
        if inputs.isEmpty { Diagnostics.warning("no input files found (looked for \(patterns.joined(separator: ", ")))") }

        let display = Progress(mode: progress, totalFiles: inputs.count, totalBytes: inputs.reduce(0) { $0 + $1.size }, start: start)
        var summary = BatchSummary()
        let scheduler = BatchScheduler<Outcome>(
            taskCount: inputs.count, window: 4 * workers,
            write: { bytes in if case .stream(let sink) = target { try sink.write(bytes) } },
            complete: { _, outcome in
                display.print(outcome.report.messages)
                display.completed(entities: outcome.report.entityCount)
                summary.add(outcome.report, bytes: outcome.bytes)
            })
        let directory: OutputDirectory? = if case .directory(let directory) = target { directory } else { nil }
        let worker = Worker(processor: processor, directory: directory, resume: resume, input: input,
                            maxBytes: maxBytes?.bytes, progress: display)
        display.startTicking()
        scheduler.run(workers: workers) { [inputs] task, emit in worker.process(inputs[task], emit: emit) }
        display.finish()

        if let failure = scheduler.failure {
            if case .stream(let sink) = target { sink.abandon() }
            Diagnostics.error("\(failure)")
            throw ExitCode(1)
        }
        if case .stream(let sink) = target {
            do { try sink.finish() } catch {
                Diagnostics.error("\(error)")
                throw ExitCode(1)
            }
        }
        Diagnostics.write(summary.line(types: try extraction.entityTypes(), seconds: Progress.seconds(since: start)) + "\n")
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }

    private var workers: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    private func openTarget() throws -> Target {
        do {
            if let outputDirectory { return .directory(try OutputDirectory(outputDirectory)) }
            return .stream(try OutputSink(path: output))
        } catch let failure as InputFailure {
            Diagnostics.error(failure.description)
            throw ExitCode(73)
        }
    }

    /// Gives every input its output path in the output folder; an input whose output would
    /// replace another's (same name below two roots) fails instead.
    private static func claimOutputs(_ inputs: inout [BatchInput]) {
        var owners: [[String]: String] = [:]
        for i in inputs.indices where inputs[i].problem == nil {
            let names = OutputDirectory.outputPath(for: inputs[i].relative)
            if let owner = owners[names] {
                inputs[i].problem = InputFailure(kind: .unreadable, description: "\(inputs[i].path): its output \(names.joined(separator: "/")) would replace that of \(owner); run the two roots separately")
            } else if names.isEmpty {
                inputs[i].problem = InputFailure(kind: .unreadable, description: "\(inputs[i].path): no name to give its output")
            } else {
                owners[names] = inputs[i].path
            }
        }
    }
}

extension Progress.Mode: ExpressibleByArgument {}

/// Where a batch writes.
enum Target {
    /// One stream in input order: stdout or `-o FILE`.
    case stream(OutputSink)
    /// One file per input (`--output-dir`).
    case directory(OutputDirectory)
}

/// What one input gave: its report, and the bytes read from it.
struct Outcome: Sendable {
    var report: Report
    var bytes: Int
}

/// Processes one input of a batch, on whichever worker thread takes it.
struct Worker: Sendable {
    let processor: DocumentProcessor
    /// Where outputs go with `--output-dir`; nil when they go to the ordered stream.
    let directory: OutputDirectory?
    let resume: Bool
    let input: InputFormat?
    let maxBytes: Int?
    let progress: Progress

    func process(_ item: BatchInput, emit: ([UInt8]) -> Void) -> Outcome {
        let report = Report(live: false)
        var source: ByteSource?
        do {
            if let problem = item.problem { throw problem }
            let opened = try ByteSource(path: item.path, maxBytes: maxBytes)
            source = opened
            let names = OutputDirectory.outputPath(for: item.relative)
            if resume, let directory, directory.isComplete(names, newerThan: opened.info) {
                report.skipped = true
                progress.skipped(bytes: item.size)
                return Outcome(report: report, bytes: 0)
            }
            opened.onRead = { [progress] in progress.read($0) }
            if let nul = try opened.peek(Batch.binaryProbe).firstIndex(of: 0) {
                throw InputFailure(kind: .malformed, description: "\(item.path): binary file (NUL byte at offset \(nul))")
            }
            let format = input ?? (item.path.hasSuffix(".jsonl") ? .jsonl : .text)
            if let directory {
                try write(format, opened, item, report, to: try directory.create(names))
            } else {
                try run(format, opened, item, report) { bytes, _ in emit(bytes) }
            }
        } catch let failure as InputFailure {
            report.fail(failure)
        } catch {
            report.fail(InputFailure(kind: .unreadable, description: "\(item.path): \(error)"))
        }
        return Outcome(report: report, bytes: source?.bytesRead ?? 0)
    }

    /// Writes one input's output file; an error on the way leaves none (the file's deinit removes it).
    private func write(_ format: InputFormat, _ source: ByteSource, _ item: BatchInput, _ report: Report,
                       to file: OutputFile) throws {
        var buffer: [UInt8] = []
        try run(format, source, item, report) { bytes, _ in
            buffer += bytes
            if buffer.count >= DocumentProcessor.emitSize {
                try file.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try file.write(buffer)
        // An input none of whose documents could be written leaves no file, so --resume retries it.
        if report.documents == 0, !report.failures.isEmpty { file.abandon() } else { try file.commit() }
    }

    private func run(_ format: InputFormat, _ source: ByteSource, _ item: BatchInput, _ report: Report, emit: Emit) throws {
        switch format {
        case .text: try processor.text(source, id: item.path, report: report, emit: emit)
        case .jsonl: try processor.jsonl(source, report: report, emit: emit)
        }
    }
}
