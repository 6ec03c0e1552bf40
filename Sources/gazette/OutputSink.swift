import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where JSON Lines go: stdout, or a file written beside its final name and renamed into
/// place when complete, so an interrupted run never leaves a half-written file.
final class OutputSink {
    private let fd: Int32
    private let temporaryPath: String?
    private let finalPath: String?
    private var buffer: [UInt8] = []

    init(path: String?) throws {
        guard let path, path != "-" else {
            fd = STDOUT_FILENO
            temporaryPath = nil
            finalPath = nil
            signal(SIGPIPE, SIG_IGN)
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        let opened = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard opened >= 0 else {
            throw InputFailure(kind: .unreadable, description: "\(path): cannot write (\(String(cString: strerror(errno))))")
        }
        fd = opened
        temporaryPath = temporary
        finalPath = path
    }

    func write(_ bytes: [UInt8]) throws {
        buffer += bytes
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes out what is buffered; a reader that went away (`| head`) ends the run quietly.
    func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(0) }
                let reason = String(cString: strerror(errno))
                throw InputFailure(kind: .unreadable, description: "\(finalPath ?? "stdout"): write failed (\(reason))")
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for a file, moves it into place.
    func finish() throws {
        try flush()
        guard let temporaryPath, let finalPath else { return }
        close(fd)
        guard rename(temporaryPath, finalPath) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw InputFailure(kind: .unreadable, description: "\(finalPath): cannot move the output into place (\(reason))")
        }
    }

    /// Removes a partial output file after a fatal error.
    func abandon() {
        guard let temporaryPath else { return }
        close(fd)
        unlink(temporaryPath)
    }
}
