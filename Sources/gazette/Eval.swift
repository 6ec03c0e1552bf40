import ArgumentParser
import Foundation
import Gazette

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the pipeline (or another system's output) against gold annotations.",
        discussion: """
            Gold formats: native JSON Lines ({"id","lang","text","types","entities"}), doccano \
            ("label"), Prodigy/spaCy ("spans"), a BRAT directory (X.txt + X.ann) and CoNLL/IOB \
            token files; a directory is read whole, in sorted order. Offsets are Unicode scalar offsets.
            Without --pred, the pipeline runs on each gold document (in its "lang" when given, else --lang).
            Exit codes: 0 success, 1 strict micro F1 below --min-f1, 64 usage error, \
            65 malformed gold or predictions (FILE:LINE: message), 66 not found.
            """
    )

    @Option(help: ArgumentHelp("Gold annotations: a file or a directory.", valueName: "PATH"))
    var gold: String

    @Option(help: ArgumentHelp("Score these predictions (JSON Lines, entity or document lines; \"-\" for stdin) instead of running the pipeline.", valueName: "FILE"))
    var pred: String?

    @Option(help: ArgumentHelp("Rename labels before scoring, e.g. PER=PERSON,ORGANIZATION=ORG.", valueName: "FROM=TYPE,..."))
    var map: String?

    @Option(help: ArgumentHelp("List up to N false positives and N false negatives per type.", valueName: "N"))
    var errors: Int?

    @Flag(help: "Print one JSON object instead of the table.")
    var json = false

    @Option(name: .customLong("min-f1"), help: ArgumentHelp("Exit 1 when the strict micro F1 is below X.", valueName: "X"))
    var minF1: Double?

    @OptionGroup var extraction: ExtractionOptions

    func validate() throws {
        if let errors, errors < 0 { throw ValidationError("--errors: expected a number ≥ 0, got \(errors)") }
        if let minF1, !(0...1).contains(minF1) { throw ValidationError("--min-f1: expected a number between 0 and 1, got \(minF1)") }
        _ = try labelMap()
    }

    func run() throws {
        let evaluation = Evaluation(types: try extraction.entityTypes(), labels: try labelMap())
        let scores: Scores
        do {
            let corpus = try GoldReader.read(gold)
            corpus.warnings.forEach(Diagnostics.warning)
            if let pred {
                let predictions = pred == "-"
                    ? try PredictionReader.parse(readStdin(), file: "<stdin>", gold: corpus.documents)
                    : try PredictionReader.read(pred, gold: corpus.documents)
                predictions.warnings.forEach(Diagnostics.warning)
                scores = evaluation.score(corpus, predictions: predictions)
            } else {
                scores = try evaluation.score(corpus, gazette: try extraction.makeGazette(), language: try extraction.language())
            }
        } catch let error as EvaluationDataError {
            Diagnostics.error(error.description)
            throw ExitCode(error.kind == .notFound ? 66 : 65)
        }
        let report = EvaluationReport(scores: scores, source: pred.map { $0 == "-" ? "<stdin>" : $0 } ?? "pipeline")
        if json {
            FileHandle.standardOutput.write(Data(report.json(errors: errors)))
        } else {
            FileHandle.standardOutput.write(Data(report.text(errors: errors).utf8))
        }
        if let minF1, scores.strict.micro.f1 < minF1 {
            Diagnostics.error(String(format: "strict micro F1 %.4f is below --min-f1 %g", scores.strict.micro.f1, minF1))
            throw ExitCode(1)
        }
    }

    private func labelMap() throws -> LabelMap {
        guard let map else { return LabelMap() }
        do { return try LabelMap(parsing: map) } catch {
            throw ValidationError("--map: \(error.message)")
        }
    }

    private func readStdin() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}
