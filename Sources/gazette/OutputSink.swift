import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where JSON Lines go: stdout, or a file written beside its final name and renamed into
/// place when complete, so an interrupted run never leaves a half-written file (and, on
/// SIGINT, SIGTERM or SIGHUP, no temporary file either: see `Interruption`). A path that is
/// not a regular file (`/dev/stdout`, a FIFO, a device) is written to directly.
final class OutputSink {
    private let fd: Int32
    private let temporaryPath: String?
    private let finalPath: String?
    private var registration: Int?
    private var buffer: [UInt8] = []

    init(path: String?) throws {
        guard let path, path != "-" else {
            fd = STDOUT_FILENO
            temporaryPath = nil
            finalPath = nil
            signal(SIGPIPE, SIG_IGN)
            return
        }
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            guard (info.st_mode & S_IFMT) != S_IFDIR else {
                throw InputFailure(kind: .unreadable, description: "\(path): cannot write (is a directory)")
            }
            // Renaming a file over a device or a FIFO would replace it: write to it instead.
            let opened = open(path, O_WRONLY | O_CLOEXEC)
            guard opened >= 0 else {
                throw InputFailure(kind: .unreadable, description: "\(path): cannot write (\(String(cString: strerror(errno))))")
            }
            signal(SIGPIPE, SIG_IGN)
            fd = opened
            temporaryPath = nil
            finalPath = path
            return
        }
        Interruption.install()
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        let opened: Int32
        (opened, registration) = Interruption.create(temporary, flags: O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC)
        guard opened >= 0 else {
            let reason = String(cString: strerror(errno))
            throw InputFailure(kind: .unreadable, description: "\(path): cannot write (\(reason))")
        }
        fd = opened
        temporaryPath = temporary
        finalPath = path
    }

    /// The output as named in messages.
    var name: String { finalPath ?? "stdout" }

    func write(_ bytes: [UInt8]) throws(OutputFailure) {
        buffer += bytes
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes out what is buffered; a reader that went away (`| head`) ends the run quietly.
    func flush() throws(OutputFailure) {
        var offset = 0
        while offset < buffer.count {
            let n = buffer[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE {
                    // Nothing more can be said to the reader: leave at once, without the
                    // teardown that other threads (batch workers) may still be running through.
                    Interruption.removeAll()
                    _exit(0)
                }
                throw OutputFailure(description: "\(name): write failed (\(String(cString: strerror(errno))))")
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for a file, moves it into place; on failure nothing is left behind.
    func finish() throws(OutputFailure) {
        do {
            try flush()
        } catch {
            abandon()
            throw error
        }
        guard fd != STDOUT_FILENO else { return }
        defer { Interruption.unregister(registration); registration = nil }
        // close() is where some file systems report that the data did not fit.
        if close(fd) != 0 {
            let reason = String(cString: strerror(errno))
            if let temporaryPath { unlink(temporaryPath) }
            throw OutputFailure(description: "\(name): write failed (\(reason))")
        }
        guard let temporaryPath, let finalPath else { return }
        guard rename(temporaryPath, finalPath) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw OutputFailure(description: "\(finalPath): cannot move the output into place (\(reason))")
        }
    }

    /// Removes a partial output file after a fatal error.
    func abandon() {
        guard fd != STDOUT_FILENO else { return }
        close(fd)
        if let temporaryPath { unlink(temporaryPath) }
        Interruption.unregister(registration)
        registration = nil
    }
}

/// The output could not be written: the run stops (exit 1), with the output's name in the message.
struct OutputFailure: Error, CustomStringConvertible {
    var description: String
}
