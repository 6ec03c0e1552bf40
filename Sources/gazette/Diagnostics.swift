import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Messages for the user go to stderr, prefixed with the tool's name; stdout carries only JSON Lines.
enum Diagnostics {
    static func error(_ message: String) { write("gazette: error: \(message)\n") }
    static func warning(_ message: String) { write("gazette: warning: \(message)\n") }
    static func note(_ message: String) { write(message + "\n") }

    /// Written straight to fd 2: a stderr that went away (`2>&1 | head`) loses the message
    /// rather than stopping the run (FileHandle traps on a failed write).
    static func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return }
            bytes = bytes.dropFirst(n)
        }
    }
}

/// Why one input could not be processed.
struct InputFailure: Error, CustomStringConvertible {
    enum Kind { case notFound, unreadable, malformed }
    var kind: Kind
    var description: String
}
