/// The output of a document whose entities arrive chunk by chunk (`DocumentStream`): the
/// same bytes `write(_:docID:into:)` gives for the whole extraction, in pieces. With
/// `JSONWriter.drain()` in between, a document's line never has to be held whole.
extension EntityEncoder {
    /// Opens the document: in `documents` format, the head of its line.
    public func beginDocument(docID: String, language: Language, into json: inout JSONWriter) {
        guard format == .documents else { return }
        json.beginObject()
        json.key("doc"); json.string(docID)
        json.key("lang"); json.string(language.rawValue)
        json.key("entities")
        json.beginArray()
    }

    /// Writes the next entities of the document.
    public func write(_ entities: [Entity], docID: String, into json: inout JSONWriter) {
        // The id is escaped once for all the lines. Through a pointer: a loop over the entities,
        // or a subscript of the array, copied each one, strings and all.
        let doc = format == .entities && !entities.isEmpty ? JSONCursor.quoted(docID) : nil
        json.reserve(entities.count * EntityEncoder.typicalLineLength)
        entities.withUnsafeBufferPointer { entities in
            for i in entities.indices {
                write(entities.baseAddress! + i, quotedDoc: doc, into: &json)
                if format == .entities { json.newline() }
            }
        }
    }

    /// Closes the document: in `documents` format, the end of its line.
    public func endDocument(into json: inout JSONWriter) {
        guard format == .documents else { return }
        json.endArray()
        json.endObject()
        json.newline()
    }
}
