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
        // The keys are fixed and need no escaping: written as literal bytes, commas included.
        json.beginObject()
        if let doc { json.literal("\"doc\":"); json.stringValue(doc); json.literal(",") }
        json.literal("\"type\":"); json.stringValue(entity.type.rawValue)
        json.literal(",\"text\":"); json.stringValue(entity.text)
        let range = entity.span.range(in: offsets)
        json.literal(",\"start\":"); json.intValue(range.lowerBound)
        json.literal(",\"end\":"); json.intValue(range.upperBound)
        json.literal(",\"sentence\":"); json.intValue(entity.sentence)
        if let canonical = entity.canonical { json.literal(",\"canonical\":"); json.stringValue(canonical) }
        if let id = entity.id { json.literal(",\"id\":"); json.stringValue(id) }
        if let money = entity.money {
            json.literal(",\"value\":"); json.decimalValue(money.value)
            if let max = money.max { json.literal(",\"max\":"); json.decimalValue(max) }
            json.literal(",\"currency\":"); json.stringValue(money.currency)
            if let qualifier = money.qualifier { json.literal(",\"qualifier\":"); json.stringValue(qualifier.rawValue) }
            json.literal(",")
        } else {
            json.literal(",")
        }
        json.literal("\"source\":"); json.stringValue(entity.source)
        json.literal(",\"score\":"); json.doubleValue(entity.score)
        json.endObject()
    }
}
