/// A problem in a list file, reported as `FILE:LINE: message` (exit 65, malformed data).
public struct GazetteerError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var message: String

    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}
