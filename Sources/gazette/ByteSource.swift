import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An open input read block by block, so that no input is ever held whole: it counts what
/// it reads (for progress), enforces `--max-bytes` on inputs whose size is not known in
/// advance (pipes), and lets the first bytes be looked at before they are read (binary check).
final class ByteSource {
    let fd: Int32
    /// The name used in messages: the path, or `<stdin>`.
    let name: String
    /// What `stat` said when opened.
    let info: stat
    private let maxBytes: Int?
    private var pushedBack: [UInt8] = []
    private(set) var bytesRead = 0
    /// Told the size of each block read, from the reading thread.
    var onRead: ((Int) -> Void)?

    static let blockSize = 1 << 20

    /// Opens `path` ("-" for stdin).
    init(path: String, maxBytes: Int? = nil) throws(InputFailure) {
        fd = try InputReader.open(path)
        name = InputReader.display(path)
        var info = stat()
        fstat(fd, &info)
        self.info = info
        self.maxBytes = maxBytes
        if let maxBytes, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > maxBytes {
            throw tooLarge(Int(info.st_size))
        }
    }

    deinit { if fd != STDIN_FILENO { close(fd) } }

    var isRegularFile: Bool { (info.st_mode & S_IFMT) == S_IFREG }

    /// The next block, or nil at the end of the input.
    func read(upTo count: Int = ByteSource.blockSize) throws(InputFailure) -> [UInt8]? {
        if !pushedBack.isEmpty {
            defer { pushedBack = [] }
            return pushedBack
        }
        var block = [UInt8](repeating: 0, count: count)
        while true {
            let n = block.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputFailure(kind: .unreadable, description: "\(name): read failed (\(String(cString: strerror(errno))))")
            }
            if n == 0 { return nil }
            bytesRead += n
            onRead?(n)
            if let maxBytes, bytesRead > maxBytes { throw tooLarge(nil) }
            block.removeLast(count - n)
            return block
        }
    }

    /// Up to `count` first bytes, which the next reads return again.
    func peek(_ count: Int) throws(InputFailure) -> [UInt8] {
        var bytes = pushedBack
        pushedBack = []
        while bytes.count < count, let block = try read(upTo: count - bytes.count) { bytes += block }
        pushedBack = bytes
        return bytes
    }

    private func tooLarge(_ size: Int?) -> InputFailure {
        let what = size.map { "\($0) bytes" } ?? "more than \(maxBytes ?? 0) bytes"
        return InputFailure(kind: .malformed, description: "\(name): larger than --max-bytes \(maxBytes ?? 0) (\(what))")
    }
}

/// Yields the lines of an input as bytes, without their line ending, reading in blocks so
/// that memory stays flat however long the stream: only the line being read is held.
struct LineReader {
    private let source: ByteSource
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next newline resumes: a long line is scanned once, not once per block.
    private var scanned = 0
    private var done = false

    init(_ source: ByteSource) { self.source = source }

    mutating func next() throws(InputFailure) -> [UInt8]? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                scanned = start
                return line
            }
            scanned = buffer.count
            if done {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            if start > 0 {
                buffer.removeFirst(start)
                scanned -= start
                start = 0
            }
            if let block = try source.read(upTo: 1 << 16) { buffer += block } else { done = true }
        }
    }
}
