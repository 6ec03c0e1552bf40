import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `--output-dir`: one `.jsonl` per input, mirroring the tree below the input's root, and
/// nothing ever written outside the folder.
///
/// Input paths only contribute the names below their root (never `..`, `.` or an absolute
/// path), and every folder is opened relative to its parent with `O_NOFOLLOW`: a symbolic
/// link inside the output folder, planted before or during the run, is refused rather than
/// followed. Files are written beside their final name and renamed into place when
/// complete, so a file at its final name is always whole — what `--resume` relies on.
final class OutputDirectory: Sendable {
    /// As given, for messages.
    let path: String
    let identity: FileID
    private let fd: Int32

    init(_ path: String) throws(InputFailure) {
        self.path = path
        Interruption.install()  // on the main thread, before the workers start
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw InputFailure(kind: .unreadable, description: "\(path): cannot create the output folder (\((error as NSError).localizedDescription))")
        }
        fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        var info = stat()
        guard fd >= 0, fstat(fd, &info) == 0 else {
            throw InputFailure(kind: .unreadable, description: "\(path): cannot open the output folder (\(String(cString: strerror(errno))))")
        }
        identity = FileID(info)
    }

    deinit { close(fd) }

    /// The output's path below the folder: the input's path below its root, `.jsonl` added.
    /// Empty, `.` and `..` components are dropped, whatever produced them.
    static func outputPath(for relative: [String]) -> [String] {
        var names = relative.filter { !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("/") }
        guard let last = names.popLast() else { return [] }
        return names + [last + ".jsonl"]
    }

    /// Where an output goes, for messages.
    func display(_ names: [String]) -> String { FileWalker.join(path, names.joined(separator: "/")) }

    /// Whether the output for `names` is already complete and newer than the input (`--resume`).
    func isComplete(_ names: [String], newerThan input: stat) -> Bool {
        guard let last = names.last, let folder = try? openFolder(names.dropLast(), creating: false) else { return false }
        defer { if folder != fd { close(folder) } }
        var info = stat()
        guard fstatat(folder, last, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        let output = info.st_mtim, source = input.st_mtim
        return output.tv_sec > source.tv_sec || (output.tv_sec == source.tv_sec && output.tv_nsec > source.tv_nsec)
    }

    /// A new output file for `names`, written beside its final name.
    func create(_ names: [String]) throws(InputFailure) -> OutputFile {
        guard let last = names.last else {
            throw InputFailure(kind: .unreadable, description: "\(path): no output name for this input")
        }
        let folder = try openFolder(names.dropLast(), creating: true)
        let temporary = ".\(last).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let (file, registration) = Interruption.create(temporary, in: folder, flags: O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC)
        guard file >= 0 else {
            let reason = String(cString: strerror(errno))
            if folder != fd { close(folder) }
            throw InputFailure(kind: .unreadable, description: "\(display(names)): cannot write (\(reason))")
        }
        return OutputFile(folder: folder, ownsFolder: folder != fd, file: file, temporary: temporary, name: last,
                          display: display(names), registration: registration)
    }

    /// Opens (and creates) the folders below the output folder one by one, never through a link.
    private func openFolder(_ names: ArraySlice<String>, creating: Bool) throws(InputFailure) -> Int32 {
        var current = fd
        var walked: [String] = []
        for name in names {
            walked.append(name)
            if creating, mkdirat(current, name, 0o755) != 0, errno != EEXIST {
                let reason = String(cString: strerror(errno))
                if current != fd { close(current) }
                throw InputFailure(kind: .unreadable, description: "\(display(walked)): cannot create the folder (\(reason))")
            }
            let next = openat(current, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            let failure = errno
            if current != fd { close(current) }
            guard next >= 0 else {
                let reason = failure == ELOOP || failure == ENOTDIR
                    ? "it is a symbolic link or not a folder; refusing to write through it"
                    : String(cString: strerror(failure))
                throw InputFailure(kind: .unreadable, description: "\(display(walked)): \(reason)")
            }
            current = next
        }
        return current
    }
}

/// One output file of `--output-dir`, under a temporary name until `commit()`.
final class OutputFile {
    private let folder: Int32
    private let ownsFolder: Bool
    private let file: Int32
    private let temporary: String
    private let name: String
    let display: String
    private var open = true
    /// In `Interruption`'s table until renamed or removed (the folder stays open until then).
    private let registration: Int?

    init(folder: Int32, ownsFolder: Bool, file: Int32, temporary: String, name: String, display: String, registration: Int?) {
        self.folder = folder
        self.ownsFolder = ownsFolder
        self.file = file
        self.temporary = temporary
        self.name = name
        self.display = display
        self.registration = registration
    }

    deinit { abandon() }

    func write(_ bytes: [UInt8]) throws(InputFailure) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(file, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputFailure(kind: .unreadable, description: "\(display): write failed (\(String(cString: strerror(errno))))")
            }
            offset += n
        }
    }

    /// Moves the file to its final name (replacing a link there, never following it).
    func commit() throws(InputFailure) {
        guard open else { return }
        open = false
        defer {
            Interruption.unregister(registration)
            if ownsFolder { close(folder) }
        }
        // close() is where some file systems report that the data did not fit.
        if close(file) != 0 {
            let reason = String(cString: strerror(errno))
            unlinkat(folder, temporary, 0)
            throw InputFailure(kind: .unreadable, description: "\(display): write failed (\(reason))")
        }
        guard renameat(folder, temporary, folder, name) == 0 else {
            let reason = String(cString: strerror(errno))
            unlinkat(folder, temporary, 0)
            throw InputFailure(kind: .unreadable, description: "\(display): cannot move the output into place (\(reason))")
        }
    }

    /// Removes the unfinished file.
    func abandon() {
        guard open else { return }
        open = false
        close(file)
        unlinkat(folder, temporary, 0)
        Interruption.unregister(registration)
        if ownsFolder { close(folder) }
    }
}
