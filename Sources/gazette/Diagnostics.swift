import Foundation

/// Messages for the user go to stderr, prefixed with the tool's name; stdout carries only JSON Lines.
enum Diagnostics {
    static func error(_ message: String) { write("gazette: error: \(message)\n") }
    static func warning(_ message: String) { write("gazette: warning: \(message)\n") }
    static func note(_ message: String) { write(message + "\n") }

    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Why one input could not be processed.
struct InputFailure: Error, CustomStringConvertible {
    enum Kind { case notFound, unreadable, malformed }
    var kind: Kind
    var description: String
}
