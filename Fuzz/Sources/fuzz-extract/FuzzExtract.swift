import Foundation
import FuzzSupport
import Gazette

/// Arbitrary bytes → UTF-8 decoding with replacement → the full pipeline → JSON Lines in every
/// format and offset unit. Fails when a result breaks an invariant (sorted, non-overlapping,
/// in bounds, text equal to the slice in every unit, value ≤ max, finite amounts, known types)
/// or when an output line is not a JSON object that says the same as the entity.
let gazette: Gazette = {
    var configuration = Configuration()
    configuration.checksInvariants = true
    do { return try Gazette(configuration: configuration) } catch { Fuzz.fail("cannot build Gazette: \(error)") }
}()
/// The same, cutting any text longer than 256 UTF-16 units into chunks (`Gazette+Chunking`):
/// fuzz inputs are short, so the chunked path only runs with a short chunk length.
let chunking: Gazette = {
    var configuration = Configuration()
    configuration.checksInvariants = true
    configuration.chunkLength = 256
    do { return try Gazette(configuration: configuration) } catch { Fuzz.fail("cannot build Gazette: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let decoded = UTF8Decoder.decode(Fuzz.bytes(data, size))
    let extraction: Extraction
    do {
        extraction = try gazette.analyze(Document(id: "fuzz", text: decoded.text))
    } catch {
        Fuzz.fail("analyze threw \(error)")
    }
    let violations = extraction.invariantViolations(types: gazette.configuration.types)
    if !violations.isEmpty { Fuzz.fail(violations.joined(separator: "; ")) }
    checkStreaming(Fuzz.bytes(data, size), decoded)

    for offsets in OffsetUnit.allCases {
        var json = JSONWriter()
        EntityEncoder(format: .entities, offsets: offsets).write(extraction, docID: "fuzz\"\n\u{2028}", into: &json)
        let lines = Fuzz.jsonObjects(json.bytes)
        guard lines.count == extraction.entities.count else {
            Fuzz.fail("\(lines.count) lines for \(extraction.entities.count) entities")
        }
        for (line, entity) in zip(lines, extraction.entities) { check(line, entity, offsets) }
    }
    var json = JSONWriter()
    EntityEncoder(format: .documents).write(extraction, docID: "fuzz", into: &json)
    let documents = Fuzz.jsonObjects(json.bytes)
    guard documents.count == 1, let entities = documents[0]["entities"] as? [[String: Any]],
          entities.count == extraction.entities.count else {
        Fuzz.fail("--format documents: not one line with every entity")
    }
    for (line, entity) in zip(entities, extraction.entities) { check(line, entity, .scalar) }
    return 0
}

func check(_ line: [String: Any], _ entity: Entity, _ offsets: OffsetUnit) {
    let range = entity.span.range(in: offsets)
    guard let type = line["type"] as? String, EntityType(rawValue: type) == entity.type,
          line["text"] as? String == entity.text,
          (line["start"] as? NSNumber)?.intValue == range.lowerBound,
          (line["end"] as? NSNumber)?.intValue == range.upperBound,
          line["source"] is String, let score = line["score"] as? NSNumber, (0...1).contains(score.doubleValue)
    else {
        Fuzz.fail("line \(line) does not match entity \(entity) in \(offsets) offsets")
    }
    if entity.type == .money {
        guard let value = line["value"] as? NSNumber, value.doubleValue.isFinite, line["currency"] is String else {
            Fuzz.fail("MONEY line without a finite value and a currency: \(line)")
        }
        if let max = line["max"] as? NSNumber, !(max.doubleValue >= value.doubleValue) {
            Fuzz.fail("MONEY line with max < value: \(line)")
        }
    }
}

/// The streaming paths `extract` and `batch` take give what the whole-text paths give: the
/// decoder fed in blocks, `DocumentStream` fed in pieces (with chunks of 256 units, so that
/// fuzz-sized texts are cut), and the document line written piece by piece.
func checkStreaming(_ bytes: [UInt8], _ decoded: DecodedText) {
    let block = 1 + Int(bytes.last ?? 0) % 13
    var decoder = UTF8StreamDecoder()
    var text = ""
    var start = 0
    while start < bytes.count {
        text += decoder.decode(bytes[start..<min(start + block, bytes.count)])
        start += block
    }
    text += decoder.finish()
    guard text.unicodeScalars.elementsEqual(decoded.text.unicodeScalars) else {
        Fuzz.fail("UTF8StreamDecoder (blocks of \(block)) differs from UTF8Decoder")
    }
    guard decoder.issueCount == decoded.issues.count,
          decoder.issues == Array(decoded.issues.prefix(UTF8StreamDecoder.keptIssues)) else {
        Fuzz.fail("UTF8StreamDecoder issues \(decoder.issues) differ from \(decoded.issues.prefix(16))")
    }
    do {
        let whole = try chunking.analyze(Document(id: "fuzz", text: decoded.text))
        let violations = whole.invariantViolations(types: chunking.configuration.types)
        if !violations.isEmpty { Fuzz.fail("chunked: " + violations.joined(separator: "; ")) }
        var stream = DocumentStream(gazette: chunking, id: "fuzz")
        var entities: [Entity] = []
        let piece = 1 + Int(bytes.first ?? 0) % 97
        var rest = Substring(decoded.text)
        while !rest.isEmpty {
            let head = rest.unicodeScalars.prefix(piece)
            entities += try stream.append(Substring(head))
            rest = Substring(rest.unicodeScalars[head.endIndex...])
        }
        entities += try stream.finish()
        guard entities == whole.entities else {
            let first = zip(entities, whole.entities).first { $0 != $1 }.map { "\($0.0) vs \($0.1)" } ?? ""
            Fuzz.fail("DocumentStream (pieces of \(piece) scalars) found \(entities.count) entities, analyze \(whole.entities.count): \(first)")
        }
        let encoder = EntityEncoder(format: .documents)
        var streamed = JSONWriter(), written = JSONWriter()
        encoder.beginDocument(docID: "fuzz", language: stream.language ?? whole.language, into: &streamed)
        for entity in entities { encoder.write([entity], docID: "fuzz", into: &streamed) }
        encoder.endDocument(into: &streamed)
        encoder.write(whole, docID: "fuzz", into: &written)
        guard streamed.bytes == written.bytes else { Fuzz.fail("the streamed document line differs") }
    } catch {
        Fuzz.fail("chunked analysis threw \(error)")
    }
}
