import Foundation
import Gazette

/// Decodes, extracts and writes documents one by one, keeping count of what failed.
struct DocumentRunner {
    let gazette: Gazette
    let encoder: EntityEncoder
    let sink: OutputSink
    let strictUTF8: Bool
    private(set) var failures: [InputFailure] = []
    private(set) var succeeded = 0
    private var json = JSONWriter()

    init(gazette: Gazette, encoder: EntityEncoder, sink: OutputSink, strictUTF8: Bool) {
        self.gazette = gazette
        self.encoder = encoder
        self.sink = sink
        self.strictUTF8 = strictUTF8
    }

    /// 66 when nothing could be read because inputs were missing, 1 when some input failed.
    var exitCode: Int32? {
        guard !failures.isEmpty else { return nil }
        if succeeded == 0, failures.allSatisfy({ $0.kind == .notFound }) { return 66 }
        return 1
    }

    mutating func fail(_ failure: InputFailure) {
        Diagnostics.error(failure.description)
        failures.append(failure)
    }

    /// One whole input as one document.
    mutating func document(bytes: [UInt8], id: String, source: String) throws {
        guard let text = decode(bytes, source: source, baseOffset: 0) else { return }
        try extract(text, id: id)
    }

    /// A JSON Lines stream, one document per line, each written and flushed before the next is read.
    mutating func stream(path: String, textField: String, idField: String) throws {
        let fd = try InputReader.open(path)
        defer { if fd != STDIN_FILENO { close(fd) } }
        let source = InputReader.display(path)
        var lines = LineReader(fd: fd)
        var lineNumber = 0
        while let line = lines.next() {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let location = "\(source):\(lineNumber)"
            do {
                guard let decoded = decode(line, source: location, baseOffset: 0) else { continue }
                let (id, text) = try JSONLDocument.parse(decoded, textField: textField, idField: idField,
                                                         defaultID: location)
                try extract(text, id: id)
                try sink.flush()
            } catch let failure as InputFailure {
                fail(InputFailure(kind: .malformed, description: "\(location): \(failure.description)"))
            }
        }
    }

    private mutating func extract(_ text: String, id: String) throws {
        let extraction = try gazette.analyze(Document(id: id, text: text))
        json.removeAll()
        encoder.write(extraction, docID: id, into: &json)
        try sink.write(json.bytes)
        succeeded += 1
    }

    /// The text, or nil after reporting an error under --strict-utf8.
    private mutating func decode(_ bytes: [UInt8], source: String, baseOffset: Int) -> String? {
        let decoded = UTF8Decoder.decode(bytes)
        guard let first = decoded.issues.first else { return decoded.text }
        let more = decoded.issues.count > 1 ? " (and \(decoded.issues.count - 1) more)" : ""
        if strictUTF8 {
            fail(InputFailure(kind: .malformed, description: "\(source): invalid UTF-8 at byte \(first.byteOffset + baseOffset)\(more)"))
            return nil
        }
        Diagnostics.warning("\(source): invalid UTF-8 at byte \(first.byteOffset + baseOffset)\(more), replaced with U+FFFD")
        return decoded.text
    }
}

/// One line of a JSON Lines document stream.
enum JSONLDocument {
    static func parse(_ line: String, textField: String, idField: String, defaultID: String) throws -> (id: String, text: String) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
        } catch {
            throw InputFailure(kind: .malformed, description: "not a JSON object (\((error as NSError).localizedDescription))")
        }
        guard let fields = object as? [String: Any] else {
            throw InputFailure(kind: .malformed, description: "expected a JSON object")
        }
        guard let text = fields[textField] as? String else {
            throw InputFailure(kind: .malformed, description: "no string field \"\(textField)\"")
        }
        let id: String = switch fields[idField] {
        case let s as String: s
        case let n as NSNumber: n.stringValue
        default: defaultID
        }
        return (id, text)
    }
}
