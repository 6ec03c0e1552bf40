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
