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

    /// About the bytes of an entity's line (165 on average over the benchmark corpus), to
    /// reserve room for a document's lines at once.
    static let typicalLineLength = 192

    public init(format: Format = .entities, offsets: OffsetUnit = .scalar) {
        self.format = format
        self.offsets = offsets
    }

    /// Appends the lines for one document (no line at all for a document without entities in `entities` format).
    public func write(_ extraction: Extraction, docID: String, into json: inout JSONWriter) {
        // The streamed form's three steps, all at once (see `EntityEncoder+Streaming`).
        beginDocument(docID: docID, language: extraction.language, into: &json)
        write(extraction.entities, docID: docID, into: &json)
        endDocument(into: &json)
    }

    public func write(_ entity: Entity, doc: String?, into json: inout JSONWriter) {
        withUnsafePointer(to: entity) { write($0, quotedDoc: doc.map(JSONCursor.quoted), into: &json) }
    }

    /// One entity's object, `quotedDoc` the document id as JSON already (nil: no "doc" key).
    /// The entity is read in place: passed by value, each was copied, strings and all.
    func write(_ pointer: UnsafePointer<Entity>, quotedDoc doc: [UInt8]?, into json: inout JSONWriter) {
        let entity = pointer.pointee
        let range = entity.span.range(in: offsets)
        // The most bytes the line can take: its keys, and every value at its longest.
        var strings = entity.text.utf8.count + entity.source.utf8.count
        strings += (entity.canonical?.utf8.count ?? 0) + (entity.id?.utf8.count ?? 0)
        var room = 256 + 3 * JSONCursor.roomForInt + JSONCursor.roomForDouble + JSONCursor.room(forString: strings)
            + (doc?.count ?? 0)
        if let money = entity.money {
            room += 2 * JSONCursor.roomForDecimal + JSONCursor.room(forString: money.currency.utf8.count)
        }
        json.beginObject()
        json.write(atMost: room) { json in
            // The keys are fixed and need no escaping: written as literal bytes, commas included.
            if let doc { json.literal("\"doc\":"); json.json(doc); json.literal(",") }
            switch entity.type {
            case .org: json.literal("\"type\":\"ORG\"")
            case .person: json.literal("\"type\":\"PERSON\"")
            case .money: json.literal("\"type\":\"MONEY\"")
            case .program: json.literal("\"type\":\"PROGRAM\"")
            }
            json.literal(",\"text\":"); json.string(entity.text)
            json.literal(",\"start\":"); json.int(range.lowerBound)
            json.literal(",\"end\":"); json.int(range.upperBound)
            json.literal(",\"sentence\":"); json.int(entity.sentence)
            if let canonical = entity.canonical { json.literal(",\"canonical\":"); json.string(canonical) }
            if let id = entity.id { json.literal(",\"id\":"); json.string(id) }
            if let money = entity.money {
                json.literal(",\"value\":"); json.decimal(money.value)
                if let max = money.max { json.literal(",\"max\":"); json.decimal(max) }
                json.literal(",\"currency\":"); json.string(money.currency)
                if let qualifier = money.qualifier { json.literal(",\"qualifier\":"); json.string(qualifier.rawValue) }
            }
            json.literal(",\"source\":"); json.string(entity.source)
            json.literal(",\"score\":"); json.double(entity.score)
        }
        json.endObject()
    }
}
