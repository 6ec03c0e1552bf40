import Foundation

/// One line of a JSON Lines document stream: `{"id": ..., "text": ...}` with configurable field names.
enum JSONLDocument {
    static func parse(_ line: String, textField: String, idField: String, defaultID: String) throws(InputFailure) -> (id: String, text: String) {
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
