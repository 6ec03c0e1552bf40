import Foundation

/// Reads gold annotations in the formats annotation tools export, telling them apart by
/// path and content, and checks every span against its text on load.
///
/// - a directory holding `.ann` files: BRAT standoff (`X.txt` + `X.ann`);
/// - any other directory: every gold file under it, in sorted path order;
/// - `.jsonl`, `.json`, `.ndjson`: JSON Lines, each line recognized by its keys — native
///   (`entities`), doccano (`label`) or Prodigy/spaCy (`spans`);
/// - `.conll`, `.iob`, `.bio`, `.iob2`, and `.txt` with token and tag columns: CoNLL/IOB;
/// - `X.ann` (or `X.txt` beside an `X.ann`): one BRAT document.
///
/// ```swift
/// let corpus = try GoldReader.read("Fixtures/gold")
/// print(corpus.documents.count, corpus.warnings)
/// ```
///
/// Offsets everywhere are Unicode scalar offsets (Python `str` indices), end exclusive.
/// A bad line or span throws `EvaluationDataError` naming `FILE:LINE`.
public enum GoldReader {
    /// The file formats `read` recognizes.
    public enum Format: String, Sendable, CaseIterable {
        case jsonLines = "jsonl"
        case brat
        case conll
    }

    static let jsonExtensions: Set<String> = ["jsonl", "json", "ndjson"]
    static let conllExtensions: Set<String> = ["conll", "iob", "bio", "iob2", "bioes"]

    /// Reads a file or a directory of gold documents.
    public static func read(_ path: String) throws(EvaluationDataError) -> GoldCorpus {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw EvaluationDataError(.notFound, file: path, line: 0, message: "no such file or directory")
        }
        var corpus = GoldCorpus(documents: [])
        if isDirectory.boolValue {
            try readDirectory(path, into: &corpus)
        } else {
            try readFile(path, format: try format(ofFile: path), into: &corpus)
        }
        try checkUniqueIDs(corpus.documents)
        return corpus
    }

    /// The format of one file, from its extension and, when that is not enough, its first line.
    public static func format(ofFile path: String) throws(EvaluationDataError) -> Format {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "ann" { return .brat }
        if jsonExtensions.contains(ext) { return .jsonLines }
        if conllExtensions.contains(ext) { return .conll }
        if ext == "txt", FileManager.default.fileExists(atPath: (path as NSString).deletingPathExtension + ".ann") {
            return .brat
        }
        let first = try SourceText.load(path).lines.first { !$0.text.allSatisfy(\.isWhitespace) }?.text ?? ""
        if first.hasPrefix("{") { return .jsonLines }
        if first.split(whereSeparator: { $0 == " " || $0 == "\t" }).count >= 2 { return .conll }
        throw EvaluationDataError(file: path, line: 0, message:
            "cannot tell the gold format: expected JSON Lines (.jsonl), CoNLL/IOB columns (.conll, .iob, .bio) or BRAT (.ann + .txt)")
    }

    static func readFile(_ path: String, format: Format, into corpus: inout GoldCorpus) throws(EvaluationDataError) {
        switch format {
        case .jsonLines: try readJSONLines(path, into: &corpus)
        case .conll: try readCoNLL(path, into: &corpus)
        case .brat:
            let base = (path as NSString).deletingPathExtension
            try readBRAT(annotations: base + ".ann", text: base + ".txt",
                         id: (base as NSString).lastPathComponent, into: &corpus)
        }
    }

    private static func readDirectory(_ path: String, into corpus: inout GoldCorpus) throws(EvaluationDataError) {
        let files = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
            .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .sorted()
        let root = path.hasSuffix("/") ? path : path + "/"
        let annotations = files.filter { $0.lowercased().hasSuffix(".ann") }
        if !annotations.isEmpty {
            for relative in annotations {
                let base = String(relative.dropLast(4))
                try readBRAT(annotations: root + relative, text: root + base + ".txt", id: base, into: &corpus)
            }
            return
        }
        var read = 0
        for relative in files {
            let file = root + relative
            let ext = (relative as NSString).pathExtension.lowercased()
            if jsonExtensions.contains(ext) {
                try readJSONLines(file, into: &corpus)
            } else if conllExtensions.contains(ext) || (ext == "txt" && (try? format(ofFile: file)) == .conll) {
                try readCoNLL(file, into: &corpus)
            } else {
                continue
            }
            read += 1
        }
        if read == 0 {
            throw EvaluationDataError(.notFound, file: path, line: 0, message:
                "no gold files here (.jsonl, .json, .conll, .iob, .bio, or BRAT .ann + .txt)")
        }
    }

    private static func checkUniqueIDs(_ documents: [GoldDocument]) throws(EvaluationDataError) {
        var seen: [String: GoldDocument] = [:]
        for document in documents {
            if let first = seen[document.id] {
                throw EvaluationDataError(file: document.file, line: document.line, message:
                    "duplicate document id \"\(document.id)\" (first at \(first.file):\(first.line))")
            }
            seen[document.id] = document
        }
    }

    /// The file's name without its extension: the default document id.
    static func stem(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
