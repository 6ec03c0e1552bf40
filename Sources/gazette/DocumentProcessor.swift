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
        var stream = DocumentStream(gazette: gazette, id: id)
        var json = JSONWriter()
        var begun = false
        var count = 0
        func put(_ entities: [Entity]) throws {
            if !entities.isEmpty, !begun {
                encoder.beginDocument(docID: id, language: stream.language ?? .en, into: &json)
                begun = true
            }
            encoder.write(entities, docID: id, into: &json)
            report.count(entities)
            count += entities.count
            if !strictUTF8, json.bytes.count >= Self.emitSize { try emit(json.drain(), false) }
        }
        while let block = try source.read() {
            let text = decoder.decode(block)
            if strictUTF8, let issue = decoder.issues.first {
                report.fail(InputFailure(kind: .malformed, description: "\(source.name): invalid UTF-8 at byte \(issue.byteOffset)"))
                return
            }
            try put(try stream.append(text))
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
        try put(try stream.append(tail))
        try put(try stream.finish())
        if !begun { encoder.beginDocument(docID: id, language: stream.language ?? .en, into: &json) }
        encoder.endDocument(into: &json)
        report.documentWritten()
        try emit(json.drain(), true)
    }

    /// A JSON Lines stream, one document per line, each written out (and flushed) before the
    /// next line is read: memory holds one line and its analysis, however long the stream.
    func jsonl(_ source: ByteSource, report: Report, emit: Emit) throws {
        var lines = LineReader(source)
        var lineNumber = 0
        var json = JSONWriter()
        while let line = try lines.next() {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let location = "\(source.name):\(lineNumber)"
            let extraction: Extraction, id: String
            do throws(InputFailure) {
                let decoded = UTF8Decoder.decode(line)
                if let first = decoded.issues.first {
                    let more = decoded.issues.count > 1 ? " (and \(decoded.issues.count - 1) more)" : ""
                    if strictUTF8 { throw InputFailure(kind: .malformed, description: "invalid UTF-8 at byte \(first.byteOffset)\(more)") }
                    report.warn("\(location): invalid UTF-8 at byte \(first.byteOffset)\(more), replaced with U+FFFD")
                }
                let document = try JSONLDocument.parse(decoded.text, textField: textField, idField: idField,
                                                       defaultID: location)
                id = document.id
                extraction = try analyze(Document(id: id, text: document.text))
            } catch {
                report.fail(InputFailure(kind: error.kind, description: "\(location): \(error.description)"))
                continue
            }
            json.removeAll()
            encoder.write(extraction, docID: id, into: &json)
            report.documentWritten(extraction.entities)
            try emit(json.bytes, true)
        }
    }

    private func analyze(_ document: Document) throws(InputFailure) -> Extraction {
        do {
            return try gazette.analyze(document)
        } catch {
            throw InputFailure(kind: .unreadable, description: "cannot analyze (\(error))")
        }
    }
}
