import Foundation
import Gazette

/// Where a document's JSON Lines go, piece by piece; `documentEnd` marks the end of one
/// document's output (a stream flushes there, so a reader gets each document as it is done).
typealias Emit = (_ bytes: [UInt8], _ documentEnd: Bool) throws -> Void

/// Reads inputs block by block, decodes them, runs the extractor and encodes the entities:
/// the part of `extract` and `batch` that turns an open input into JSON Lines. It holds no
/// per-run state, so one value serves every worker thread.
struct DocumentProcessor: Sendable {
    let gazette: Gazette
    let encoder: EntityEncoder
    let strictUTF8: Bool
    var textField = "text"
    var idField = "id"

    /// Output is handed on in pieces of about this size while a long document is read.
    static let emitSize = 1 << 16

    /// The whole input as one document, read and analyzed chunk by chunk: memory depends on
    /// the chunk length, not on the size of the input. Under `--strict-utf8` the output is
    /// held until the input is known to be valid, so a failing document writes nothing.
    func text(_ source: ByteSource, id: String, report: Report, emit: Emit) throws {
        var decoder = UTF8StreamDecoder()
        var document = StreamedDocument(gazette: gazette, encoder: encoder, id: id)
        func put(_ entities: [Entity]) throws {
            document.write(entities, report: report)
            if !strictUTF8, document.pendingBytes >= Self.emitSize { try emit(document.drain(), false) }
        }
        while let block = try source.read() {
            let text = decoder.decode(block)
            if strictUTF8, let issue = decoder.issues.first {
                report.fail(InputFailure(kind: .malformed, description: "\(source.name): invalid UTF-8 at byte \(issue.byteOffset)"))
                return
            }
            try put(try document.stream.append(text))
        }
        let tail = decoder.finish()
        if let issue = decoder.issues.first {
            let more = decoder.issueCount > 1 ? " (and \(decoder.issueCount - 1) more)" : ""
            if strictUTF8 {
                report.fail(InputFailure(kind: .malformed, description: "\(source.name): invalid UTF-8 at byte \(issue.byteOffset)\(more)"))
                return
            }
            report.warn("\(source.name): invalid UTF-8 at byte \(issue.byteOffset)\(more), replaced with U+FFFD")
        }
        try put(try document.stream.append(tail))
        try emit(try document.finish(report: report), true)
    }

    /// A JSON Lines stream, one document per line, each written out (and flushed) before the
    /// next line is read: memory holds one line and its analysis, however long the stream.
    /// A long text is analyzed chunk by chunk, and the line's bytes are let go of first.
    func jsonl(_ source: ByteSource, report: Report, emit: Emit) throws {
        var lines = LineReader(source)
        var lineNumber = 0
        while true {
            switch try nextDocument(&lines, &lineNumber, source: source, report: report) {
            case .end:
                return
            case .skipped:
                continue
            case .document(let id, let text):
                var document = StreamedDocument(gazette: gazette, encoder: encoder, id: id)
                var rest = Substring(text)
                while !rest.isEmpty {
                    let piece = rest.unicodeScalars.prefix(Self.emitSize)
                    document.write(try document.stream.append(Substring(piece)), report: report)
                    if document.pendingBytes >= Self.emitSize { try emit(document.drain(), false) }
                    rest = Substring(rest.unicodeScalars[piece.endIndex...])
                }
                try emit(try document.finish(report: report), true)
            }
        }
    }

    private enum Line {
        case end, skipped
        case document(id: String, text: String)
    }

    /// Reads, decodes and parses the next line, reporting what is wrong with it.
    private func nextDocument(_ lines: inout LineReader, _ lineNumber: inout Int, source: ByteSource,
                              report: Report) throws(InputFailure) -> Line {
        guard let line = try lines.next() else { return .end }
        lineNumber += 1
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return .skipped }
        let location = "\(source.name):\(lineNumber)"
        do throws(InputFailure) {
            let decoded = UTF8Decoder.decode(line)
            if let first = decoded.issues.first {
                let more = decoded.issues.count > 1 ? " (and \(decoded.issues.count - 1) more)" : ""
                if strictUTF8 { throw InputFailure(kind: .malformed, description: "invalid UTF-8 at byte \(first.byteOffset)\(more)") }
                report.warn("\(location): invalid UTF-8 at byte \(first.byteOffset)\(more), replaced with U+FFFD")
            }
            let document = try JSONLDocument.parse(decoded.text, textField: textField, idField: idField, defaultID: location)
            return .document(id: document.id, text: document.text)
        } catch {
            report.fail(InputFailure(kind: error.kind, description: "\(location): \(error.description)"))
            return .skipped
        }
    }
}

/// One document's analysis and output as its text comes in: the entities of each chunk are
/// encoded as soon as they are found, and the output can be handed on in pieces.
private struct StreamedDocument {
    var stream: DocumentStream
    private let encoder: EntityEncoder
    private let id: String
    private var json = JSONWriter()
    private var begun = false

    init(gazette: Gazette, encoder: EntityEncoder, id: String) {
        stream = DocumentStream(gazette: gazette, id: id)
        self.encoder = encoder
        self.id = id
    }

    var pendingBytes: Int { json.bytes.count }

    mutating func write(_ entities: [Entity], report: Report) {
        guard !entities.isEmpty else { return }
        begin()
        encoder.write(entities, docID: id, into: &json)
        report.count(entities)
    }

    mutating func drain() -> [UInt8] { json.drain() }

    /// Analyzes what is left and closes the document; returns the output not drained yet.
    mutating func finish(report: Report) throws -> [UInt8] {
        write(try stream.finish(), report: report)
        begin()
        encoder.endDocument(into: &json)
        report.documentWritten()
        return json.drain()
    }

    /// The language is known once the first entities are (or at the end): the head of a
    /// `documents` line can be written then.
    private mutating func begin() {
        guard !begun else { return }
        begun = true
        encoder.beginDocument(docID: id, language: stream.language ?? .en, into: &json)
    }
}
