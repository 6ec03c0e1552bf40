import Foundation
import FuzzSupport
import Gazette

/// Arbitrary bytes as gold annotations, the first byte choosing the reader:
/// 0 JSON Lines (native, doccano, Prodigy), 1 CoNLL/IOB, 2 BRAT (`.txt` NUL `.ann`),
/// 3 JSON Lines gold NUL predictions, 4 a `.txt` file whose format is guessed from its content.
/// A reader must return documents whose spans are in bounds, or an `EvaluationDataError`;
/// what it returns is then scored (against a shifted copy of itself) and reported.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    guard let selector = bytes.first else { return 0 }
    let body = Array(bytes.dropFirst())
    do {
        switch selector % 5 {
        case 0:
            check(try GoldReader.read(Fuzz.write(body, named: "gold.jsonl")))
        case 1:
            check(try GoldReader.read(Fuzz.write(body, named: "gold.conll")))
        case 2:
            let (text, annotations) = splitAtNUL(body)
            _ = Fuzz.write(text, named: "brat.txt")
            check(try GoldReader.read(Fuzz.write(annotations, named: "brat.ann")))
        case 3:
            let (gold, predictions) = splitAtNUL(body)
            let corpus = try GoldReader.read(Fuzz.write(gold, named: "gold.jsonl"))
            check(corpus)
            let set = try PredictionReader.read(Fuzz.write(predictions, named: "pred.jsonl"), gold: corpus.documents)
            for document in corpus.documents {
                inBounds(set.spans[document.id] ?? [], document)
            }
            report(Evaluation().score(corpus, predictions: set))
        default:
            let path = Fuzz.write(body, named: "gold.txt")
            _ = try? GoldReader.format(ofFile: path)
            check(try GoldReader.read(path))
        }
    } catch {
        guard !error.description.isEmpty else { Fuzz.fail("empty error") }
    }
    return 0
}

func inBounds(_ spans: [GoldSpan], _ document: GoldDocument) {
    let length = document.text.unicodeScalars.count
    for span in spans where !(0 <= span.start && span.start < span.end && span.end <= length) {
        Fuzz.fail("span \(span.start)-\(span.end) outside \(document.id) (\(length) scalars)")
    }
}

/// Every span in bounds; then scored against a copy with every other span moved by one.
func check(_ corpus: GoldCorpus) {
    var predictions = PredictionSet()
    for document in corpus.documents {
        inBounds(document.spans, document)
        let length = document.text.unicodeScalars.count
        predictions.spans[document.id] = document.spans.enumerated().map { i, span in
            var moved = span
            if i % 2 == 1, span.end < length { moved.start += 1; moved.end += 1 }
            return moved
        }
    }
    report(Evaluation().score(corpus, predictions: predictions))
}

func report(_ scores: Scores) {
    let report = EvaluationReport(scores: scores, source: "fuzz")
    _ = report.text(errors: 3)
    let json = report.json(errors: 3)
    guard (try? JSONSerialization.jsonObject(with: Data(json))) is [String: Any] else {
        Fuzz.fail("the JSON report is not a JSON object")
    }
}
