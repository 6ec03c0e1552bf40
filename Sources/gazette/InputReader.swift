import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads inputs as bytes: whole files, or line by line for JSON Lines streams.
enum InputReader {
    /// The whole content of a file, or of stdin for "-".
    static func readAll(_ path: String) throws(InputFailure) -> [UInt8] {
        let fd = try open(path)
        defer { if fd != STDIN_FILENO { close(fd) } }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputFailure(kind: .unreadable, description: "\(display(path)): read failed (\(String(cString: strerror(errno))))")
            }
            if n == 0 { break }
            bytes += chunk[0..<n]
        }
        return bytes
    }

    static func open(_ path: String) throws(InputFailure) -> Int32 {
        if path == "-" { return STDIN_FILENO }
        var info = stat()
        if stat(path, &info) != 0 {
            let kind: InputFailure.Kind = errno == ENOENT || errno == ENOTDIR ? .notFound : .unreadable
            throw InputFailure(kind: kind, description: "\(path): \(String(cString: strerror(errno)))")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw InputFailure(kind: .unreadable, description: "\(path): is a directory (use `gazette batch` for directories)")
        }
        let fd = Glibc.open(path, O_RDONLY)
        if fd < 0 {
            throw InputFailure(kind: .unreadable, description: "\(path): \(String(cString: strerror(errno)))")
        }
        return fd
    }

    static func display(_ path: String) -> String { path == "-" ? "<stdin>" : path }
}

/// Yields the lines of a file descriptor as bytes, without their line ending, reading in
/// fixed chunks so that memory stays flat however long the stream.
struct LineReader: IteratorProtocol {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var done = false

    init(fd: Int32) { self.fd = fd }

    mutating func next() -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var line = Array(buffer[start..<newline])
                if line.last == 0x0D { line.removeLast() }
                start = newline + 1
                return line
            }
            if done {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            buffer.removeFirst(start)
            start = 0
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { done = true } else { buffer += chunk[0..<n] }
        }
    }
}
