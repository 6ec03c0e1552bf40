import Foundation
import Testing
import TestSupport
@testable import Gazette

/// Every input the fuzzers (Fuzz/, Benchmarks/fuzz.sh) found a bug with is checked in under
/// Fixtures/fuzz/TARGET/ and replayed here with the checks of its fuzz target, so a finding
/// stays fixed. See Fixtures/fuzz/README.md for what each one was.
@Suite("Fuzz findings (Fixtures/fuzz)")
struct FuzzRegressionTests {
    static func inputs(_ target: String) -> [String] {
        let folder = repositoryRoot.appendingPathComponent("Fixtures/fuzz/\(target)").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    static func bytes(_ target: String, _ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: repositoryRoot.appendingPathComponent("Fixtures/fuzz/\(target)/\(name)")))
    }

    /// Cuts any text longer than 256 UTF-16 units into chunks, as fuzz-extract does.
    static let chunking: Gazette = {
        var configuration = Configuration()
        configuration.chunkLength = 256
        do { return try Gazette(configuration: configuration) } catch { fatalError("\(error)") }
    }()

    @Test("fuzz-extract findings: invariants, JSON Lines, streamed decoding and analysis equal to whole",
          arguments: inputs("extract"))
    func extract(name: String) throws {
        let bytes = try Self.bytes("extract", name)
        let decoded = UTF8Decoder.decode(bytes)
        let extraction = try sharedGazette.analyze(Document(id: name, text: decoded.text))
        #expect(extraction.invariantViolations().isEmpty)
        for format in EntityEncoder.Format.allCases {
            var json = JSONWriter()
            EntityEncoder(format: format).write(extraction, docID: name, into: &json)
            for line in json.bytes.split(separator: 0x0A) {
                #expect((try? JSONSerialization.jsonObject(with: Data(line))) is [String: Any])
            }
        }
        for block in 1...13 {
            var decoder = UTF8StreamDecoder()
            var text = ""
            for start in stride(from: 0, to: bytes.count, by: block) {
                text += decoder.decode(bytes[start..<min(start + block, bytes.count)])
            }
            text += decoder.finish()
            #expect(text.unicodeScalars.elementsEqual(decoded.text.unicodeScalars), "blocks of \(block)")
            #expect(decoder.issues == Array(decoded.issues.prefix(UTF8StreamDecoder.keptIssues)))
        }
        let whole = try Self.chunking.analyze(Document(id: name, text: decoded.text))
        #expect(whole.invariantViolations().isEmpty)
        for piece in [1, 7, 69, 97, 1 + Int(bytes.first ?? 0) % 97] {
            var stream = DocumentStream(gazette: Self.chunking, id: name)
            var entities: [Entity] = []
            var rest = Substring(decoded.text)
            while !rest.isEmpty {
                let head = rest.unicodeScalars.prefix(piece)
                entities += try stream.append(Substring(head))
                rest = Substring(rest.unicodeScalars[head.endIndex...])
            }
            entities += try stream.finish()
            #expect(entities == whole.entities, "pieces of \(piece) scalars")
        }
    }

    @Test("fuzz-gazetteer findings: a list parses or fails with FILE:LINE, and what parses loads and matches",
          arguments: inputs("gazetteer"))
    func gazetteer(name: String) throws {
        let contents = String(decoding: try Self.bytes("gazetteer", name), as: UTF8.self)
        let entries: [GazetteerEntry]
        do {
            entries = try GazetteerParser.parse(contents, file: name)
        } catch {
            #expect(error.file == name && !error.message.isEmpty)
            return
        }
        let list = try temporaryFile("list.tsv", contents)
        let gazette = try Gazette(configuration: Configuration(types: [.org, .person, .program], gazetteers: [list],
                                                               usesDefaultGazetteers: false))
        let text = entries.flatMap(\.aliases).joined(separator: ". ")
        for language in Language.allCases {
            #expect(try gazette.analyze(Document(id: name, text: text), language: language).invariantViolations().isEmpty)
        }
    }

    @Test("fuzz-gold findings: a gold file reads with spans in bounds, or fails with FILE:LINE",
          arguments: inputs("gold"))
    func gold(name: String) throws {
        let bytes = try Self.bytes("gold", name)
        guard let selector = bytes.first else { return }
        let body = Array(bytes.dropFirst())
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func write(_ bytes: [UInt8], _ file: String) throws -> String {
            let url = directory.appendingPathComponent(file)
            try Data(bytes).write(to: url)
            return url.path
        }
        let (before, after) = body.firstIndex(of: 0).map { (Array(body[..<$0]), Array(body[($0 + 1)...])) } ?? (body, [])
        do {
            let corpus: GoldCorpus
            switch selector % 5 {
            case 0: corpus = try GoldReader.read(try write(body, "gold.jsonl"))
            case 1: corpus = try GoldReader.read(try write(body, "gold.conll"))
            case 2:
                _ = try write(before, "brat.txt")
                corpus = try GoldReader.read(try write(after, "brat.ann"))
            case 3:
                corpus = try GoldReader.read(try write(before, "gold.jsonl"))
                let predictions = try PredictionReader.read(try write(after, "pred.jsonl"), gold: corpus.documents)
                _ = EvaluationReport(scores: Evaluation().score(corpus, predictions: predictions)).text(errors: 3)
            default: corpus = try GoldReader.read(try write(body, "gold.txt"))
            }
            for document in corpus.documents {
                let length = document.text.unicodeScalars.count
                #expect(document.spans.allSatisfy { 0 <= $0.start && $0.start < $0.end && $0.end <= length })
            }
            _ = EvaluationReport(scores: Evaluation().score(corpus, predictions: PredictionSet())).json(errors: 3)
        } catch let error as EvaluationDataError {
            #expect(!error.description.isEmpty)
        }
    }
}
