/// A problem in a gold or prediction file, reported as `FILE:LINE: message`.
///
/// `malformed` is exit 65 (bad data), `notFound` exit 66 (a path that does not exist), as
/// `GazetteerError` is for lists: the CLI only maps the kind to a code.
public struct EvaluationDataError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case malformed
        case notFound
    }

    public var kind: Kind
    public var file: String
    /// 1-based; 0 when the problem is the file as a whole.
    public var line: Int
    public var message: String

    public init(_ kind: Kind = .malformed, file: String, line: Int, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}
