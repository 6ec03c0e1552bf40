// GazetteBench: per-stage throughput of the Gazette pipeline, in process.
//
//   GazetteBench stages CORPUS.jsonl [--passes N] [--gazetteer FILE]...
//   GazetteBench load [--repeat N] [--gazetteer FILE]...
//   GazetteBench money CORPUS.jsonl [--passes N] [--block N]
//
// Built and run by Benchmarks/run.sh (release), never by the tests. Prints one JSON object
// on stdout; run.sh turns it into the table and the results record.
//
// `stages` reads the corpus once (untimed), then runs every document through the stages of
// `Gazette.analyze` one after the other, timing each with the monotonic clock, for N passes;
// each stage's figure is its median over the passes. Throughput is always over the UTF-8
// bytes of the documents' text, so stages compare directly with each other and with the
// ICU break-iterator floors measured in the same run over the same text. Times are the
// thread's CPU time (CLOCK_THREAD_CPUTIME_ID), which other jobs on the machine do not
// inflate the way they inflate wall time. The stage-by-stage
// entities are checked against `Gazette.analyze` (same count per document), and the whole
// pipeline is timed once more as one call per document ("analyze").

import Foundation
import Gazette

/// CPU time of this thread: on a machine shared with other jobs, wall time measures the
/// neighbours as much as Gazette; the thread's CPU time does not (caches still are shared).
func now() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("GazetteBench: \(message)\n".utf8))
    exit(64)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func printJSON(_ object: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let mode = arguments.first else { fail("usage: GazetteBench stages CORPUS.jsonl [--passes N] [--gazetteer FILE] | load [--repeat N] [--gazetteer FILE] | analyze CORPUS.jsonl [--types ORG,MONEY,…] | money CORPUS.jsonl [--passes N] [--block N]") }
arguments.removeFirst()
var passes = 3
var block = 10
var gazetteers: [URL] = []
var types = Set(EntityType.allCases)
var positional: [String] = []
while !arguments.isEmpty {
    let a = arguments.removeFirst()
    switch a {
    case "--passes", "--repeat":
        guard let n = arguments.first.flatMap({ Int($0) }), n > 0 else { fail("\(a) expects a number") }
        passes = n
        arguments.removeFirst()
    case "--block":
        guard let n = arguments.first.flatMap({ Int($0) }), n > 0 else { fail("--block expects a number") }
        block = n
        arguments.removeFirst()
    case "--types":
        guard let list = arguments.first else { fail("--types expects a list") }
        types = Set(list.split(separator: ",").map { name in
            guard let type = EntityType(rawValue: String(name)) else { fail("unknown type \(name)") }
            return type
        })
        arguments.removeFirst()
    case "--gazetteer":
        guard let f = arguments.first else { fail("--gazetteer expects a file") }
        gazetteers.append(URL(fileURLWithPath: f))
        arguments.removeFirst()
    default:
        positional.append(a)
    }
}
var configuration = Configuration(types: types, gazetteers: gazetteers)
configuration.checksInvariants = false

switch mode {
case "load":
    var load: [Double] = [], compile: [Double] = []
    for _ in 0..<passes {
        let (l, c) = try StageProbe.construct(configuration, clock: now)
        load.append(Double(l) / 1e9)
        compile.append(Double(c) / 1e9)
    }
    printJSON(["load_s": median(load), "compile_s": median(compile),
               "total_s": median(zip(load, compile).map { $0 + $1 }), "repeat": passes])

case "stages", "analyze", "money":
    guard let corpus = positional.first else { fail("\(mode): expected CORPUS.jsonl") }
    guard let data = FileManager.default.contents(atPath: corpus) else { fail("cannot read \(corpus)") }
    var documents: [(id: String, bytes: [UInt8])] = []
    for line in data.split(separator: 0x0A) where !line.isEmpty {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
              let text = object["text"] as? String else { fail("\(corpus): not a {\"id\",\"text\"} line") }
        documents.append(((object["id"] as? String) ?? "-", Array(text.utf8)))
    }
    let bytes = documents.reduce(0) { $0 + $1.bytes.count }

    let gazette = try Gazette(configuration: configuration)
    let probe = try StageProbe(gazette)
    if mode == "money" {
        // What MONEY adds to analysis + JSON: the same documents through a pipeline with every
        // type and one without MONEY, alternating (which goes first alternates too), so that the
        // machine's drift in speed, which is large here, falls on both alike. By blocks of N
        // documents (10 unless `--block` says otherwise), each runs mostly in its own caches; by
        // document (`--block 1`), each runs in the caches the other left, which counts MONEY
        // low. Per pass: the ratio of the two sums of thread CPU time.
        var without = configuration
        without.types.remove(.money)
        let other = try StageProbe(try Gazette(configuration: without))
        var json = JSONWriter()
        var ratios: [Double] = [], withMoney: [Double] = [], withoutMoney: [Double] = []
        var flip = false
        func run(_ probe: StageProbe, _ id: String, _ docBytes: [UInt8]) throws -> UInt64 {
            let start = now()
            let extraction = try probe.analyze(probe.decode(docBytes, id: id))
            EntityEncoder().write(extraction, docID: id, into: &json)
            json.removeAll()
            return now() - start
        }
        for _ in 0..<passes {
            var a: UInt64 = 0, b: UInt64 = 0
            for start in stride(from: 0, to: documents.count, by: block) {
                let group = documents[start..<min(documents.count, start + block)]
                flip.toggle()
                for moneyTurn in [flip, !flip] {
                    for (id, docBytes) in group {
                        if moneyTurn { a += try run(probe, id, docBytes) } else { b += try run(other, id, docBytes) }
                    }
                }
            }
            withMoney.append(Double(a) / 1e9)
            withoutMoney.append(Double(b) / 1e9)
            ratios.append(Double(a) / Double(b) - 1)
        }
        printJSON(["documents": documents.count, "bytes": bytes, "passes": passes, "block": block, "money_adds": median(ratios),
                   "money_adds_min": ratios.min()!, "money_adds_max": ratios.max()!,
                   "seconds_with_money": median(withMoney), "seconds_without_money": median(withoutMoney)])
        exit(0)
    }
    if mode == "analyze" {
        // The library path alone, once: for instruction counts (callgrind) with and without a type.
        var json = JSONWriter()
        var entities = 0
        for (id, docBytes) in documents {
            let extraction = try probe.analyze(probe.decode(docBytes, id: id))
            entities += extraction.entities.count
            EntityEncoder().write(extraction, docID: id, into: &json)
            json.removeAll()
        }
        printJSON(["documents": documents.count, "bytes": bytes, "entities": entities])
        exit(0)
    }
    let encoder = EntityEncoder()
    var json = JSONWriter()

    var names = ["decode", "floor:icu-word-break(fr)", "floor:icu-sentence-break(fr)", "normalize", "tokenize",
                 "language", "sentences"]
    names += probe.recognizerNames.map { "recognize:\($0)" }
    names.append("resolve")
    names += probe.linkerNames.map { "link:\($0)" }
    names += ["finish", "json"]
    var seconds = [String: [Double]]()
    var analyzeSeconds: [Double] = []
    var tokens = 0, entities = 0, jsonBytes = 0, mismatches = 0

    for pass in 0..<passes {
        var ns = [String: UInt64]()
        var t = now()
        func lap(_ name: String) { let n = now(); ns[name, default: 0] += n - t; t = n }
        tokens = 0; entities = 0; jsonBytes = 0
        for (id, docBytes) in documents {
            t = now()
            let document = probe.decode(docBytes, id: id); lap("decode")
            _ = try probe.breakFloor(document, sentence: false, locale: "fr"); lap("floor:icu-word-break(fr)")
            _ = try probe.breakFloor(document, sentence: true, locale: "fr"); lap("floor:icu-sentence-break(fr)")
            var analysis = probe.normalize(document); lap("normalize")
            probe.tokenize(&analysis); lap("tokenize")
            probe.guessLanguage(&analysis); lap("language")
            try probe.splitSentences(&analysis); lap("sentences")
            var all: [StageProbe.Candidates] = []
            for (i, name) in probe.recognizerNames.enumerated() {
                all.append(probe.recognize(i, analysis)); lap("recognize:\(name)")
            }
            var candidates = probe.resolve(StageProbe.Candidates.concatenating(all)); lap("resolve")
            for (i, name) in probe.linkerNames.enumerated() {
                candidates = probe.link(i, candidates, analysis); lap("link:\(name)")
            }
            let extraction = probe.finish(candidates, analysis); lap("finish")
            json.removeAll()
            encoder.write(extraction, docID: id, into: &json); lap("json")
            tokens += probe.tokenCount(analysis)
            entities += extraction.entities.count
            jsonBytes += json.bytes.count
            if pass == 0, try probe.analyze(document).entities.count != extraction.entities.count { mismatches += 1 }
        }
        for name in names { seconds[name, default: []].append(Double(ns[name] ?? 0) / 1e9) }
        // The whole library path, one call per document, as the CLI makes it (decode included).
        let start = now()
        for (id, docBytes) in documents {
            let extraction = try probe.analyze(probe.decode(docBytes, id: id))
            json.removeAll()
            encoder.write(extraction, docID: id, into: &json)
        }
        analyzeSeconds.append(Double(now() - start) / 1e9)
    }

    var stages: [[String: Any]] = []
    for name in names {
        let s = median(seconds[name]!)
        stages.append(["stage": name, "seconds": s, "mb_per_s": s > 0 ? Double(bytes) / 1e6 / s : 0])
    }
    let analyze = median(analyzeSeconds)
    printJSON(["documents": documents.count, "bytes": bytes, "tokens": tokens, "entities": entities,
               "json_bytes": jsonBytes, "passes": passes, "stages": stages, "mismatches": mismatches,
               "analyze_seconds": analyze, "analyze_mb_per_s": Double(bytes) / 1e6 / analyze,
               "gazetteers": gazetteers.map(\.path)])

default:
    fail("unknown mode \(mode); expected stages or load")
}
