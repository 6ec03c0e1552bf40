/// Writes entities and documents as the JSON Lines of DESIGN §4, keys in contract order.
public struct EntityEncoder: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        /// One line per entity.
        case entities
        /// One line per document, its entities in an array.
        case documents
    }

    public var format: Format
    public var offsets: OffsetUnit

    public init(format: Format = .entities, offsets: OffsetUnit = .scalar) {
        self.format = format
        self.offsets = offsets
    }

    /// Appends the lines for one document (no line at all for a document without entities in `entities` format).
    public func write(_ extraction: Extraction, docID: String, into json: inout JSONWriter) {
        switch format {
        case .entities:
            for entity in extraction.entities {
                write(entity, doc: docID, into: &json)
                json.newline()
            }
        case .documents:
            json.beginObject()
            json.key("doc"); json.string(docID)
            json.key("lang"); json.string(extraction.language.rawValue)
            json.key("entities")
            json.beginArray()
            for entity in extraction.entities { write(entity, doc: nil, into: &json) }
            json.endArray()
            json.endObject()
            json.newline()
        }
    }

    public func write(_ entity: Entity, doc: String?, into json: inout JSONWriter) {
        json.beginObject()
        if let doc { json.key("doc"); json.string(doc) }
        json.key("type"); json.string(entity.type.rawValue)
        json.key("text"); json.string(entity.text)
        let range = entity.span.range(in: offsets)
        json.key("start"); json.int(range.lowerBound)
        json.key("end"); json.int(range.upperBound)
        json.key("sentence"); json.int(entity.sentence)
        if let canonical = entity.canonical { json.key("canonical"); json.string(canonical) }
        if let id = entity.id { json.key("id"); json.string(id) }
        if let money = entity.money {
            json.key("value"); json.decimal(money.value)
            if let max = money.max { json.key("max"); json.decimal(max) }
            json.key("currency"); json.string(money.currency)
            if let qualifier = money.qualifier { json.key("qualifier"); json.string(qualifier.rawValue) }
        }
        json.key("source"); json.string(entity.source)
        json.key("score"); json.double(entity.score)
        json.endObject()
    }
}
