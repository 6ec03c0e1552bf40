import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file or folder's identity, whatever path leads to it.
struct FileID: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

/// One input of a batch: a file found under a root, or a path given on the command line.
struct BatchInput: Sendable {
    /// The path opened, and the `doc` of its entities: as given, or the root joined with
    /// the path found under it.
    var path: String
    /// The path below its root, one name per component; the basename for a file given
    /// directly. `--output-dir` mirrors it.
    var relative: [String]
    /// Size when found, for progress.
    var size: Int = 0
    /// Why it cannot be processed, when that is known from the walk (missing, not a file…).
    var problem: InputFailure?
}

/// Finds a batch's inputs: the files given, and the files under the folders given that
/// match the globs, in sorted path order.
///
/// Names are compared byte by byte, and a folder's entries are visited in that order
/// depth-first, so the order is the same on every machine. Hidden files and folders are
/// skipped unless asked for; a symbolic link to a folder is followed, but every folder is
/// walked once: a link back to an ancestor (a loop) or to a folder already walked is
/// reported and skipped.
struct FileWalker {
    /// File name patterns (fnmatch); a pattern with a "/" is matched against the path below the root.
    var globs: [String]
    var excludes: [String]
    var includesHidden: Bool
    /// Folders and files never to take (the output folder or file, when inside a root).
    var ignored: Set<FileID> = []

    private(set) var inputs: [BatchInput] = []
    /// Things noticed on the way that are not failures (loops, names that are not UTF-8).
    private(set) var warnings: [String] = []
    private var visited: Set<FileID> = []

    init(globs: [String], excludes: [String], includesHidden: Bool) {
        self.globs = globs
        self.excludes = excludes
        self.includesHidden = includesHidden
    }

    mutating func walk(_ paths: [String]) {
        for path in paths { add(root: path) }
    }

    private mutating func add(root path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let missing = errno == ENOENT || errno == ENOTDIR
            var reason = String(cString: strerror(errno))
            var linkInfo = stat()
            if missing, lstat(path, &linkInfo) == 0 { reason = "broken symbolic link" }
            inputs.append(BatchInput(path: path, relative: [Self.basename(path)],
                                     problem: InputFailure(kind: missing ? .notFound : .unreadable, description: "\(path): \(reason)")))
            return
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            if ignored.contains(FileID(info)) {
                warnings.append("\(path): skipped: it is the output folder")
                return
            }
            var ancestors: Set<FileID> = []
            walk(directory: path, id: FileID(info), relative: [], ancestors: &ancestors)
        } else {
            // A file named on the command line is taken whatever its name; a pipe or a device too (`<(cmd)`).
            inputs.append(BatchInput(path: path, relative: [Self.basename(path)], size: Int(info.st_size)))
        }
    }

    private mutating func walk(directory path: String, id: FileID, relative: [String], ancestors: inout Set<FileID>) {
        guard visited.insert(id).inserted else {
            warnings.append(ancestors.contains(id)
                ? "\(path): skipped: symbolic link loop (it leads back to a folder above it)"
                : "\(path): skipped: this folder was already walked through another path")
            return
        }
        ancestors.insert(id)
        defer { ancestors.remove(id) }
        let names: [String]
        do throws(InputFailure) {
            names = try entries(path)
        } catch {
            inputs.append(BatchInput(path: path, relative: relative, problem: error))
            return
        }
        for name in names {
            if !includesHidden, name.hasPrefix(".") { continue }
            let child = Self.join(path, name)
            let childRelative = relative + [name]
            if isExcluded(name: name, relative: childRelative) { continue }
            var info = stat()
            if stat(child, &info) != 0 {
                // A dangling symbolic link: a failure if it names an input, otherwise nothing.
                if matches(name: name, relative: childRelative) {
                    inputs.append(BatchInput(path: child, relative: childRelative,
                                             problem: InputFailure(kind: .notFound, description: "\(child): broken symbolic link")))
                }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if ignored.contains(FileID(info)) { continue }
                walk(directory: child, id: FileID(info), relative: childRelative, ancestors: &ancestors)
            case S_IFREG:
                guard matches(name: name, relative: childRelative), !ignored.contains(FileID(info)) else { continue }
                inputs.append(BatchInput(path: child, relative: childRelative, size: Int(info.st_size)))
            default:
                // A fifo or a device found in a tree would block or never end: not read.
                guard matches(name: name, relative: childRelative) else { continue }
                inputs.append(BatchInput(path: child, relative: childRelative,
                                         problem: InputFailure(kind: .unreadable, description: "\(child): not a regular file")))
            }
        }
    }

    private func matches(name: String, relative: [String]) -> Bool {
        globs.contains { Self.match($0, name: name, relative: relative) }
    }

    private func isExcluded(name: String, relative: [String]) -> Bool {
        excludes.contains { Self.match($0, name: name, relative: relative) }
    }

    static func match(_ pattern: String, name: String, relative: [String]) -> Bool {
        if pattern.contains("/") {
            return fnmatch(pattern, relative.joined(separator: "/"), FNM_PATHNAME) == 0
        }
        return fnmatch(pattern, name, 0) == 0
    }

    /// A folder's entry names, sorted byte by byte.
    private mutating func entries(_ path: String) throws(InputFailure) -> [String] {
        guard let dir = opendir(path) else {
            throw InputFailure(kind: .unreadable, description: "\(path): cannot list the folder (\(String(cString: strerror(errno))))")
        }
        defer { closedir(dir) }
        var names: [[UInt8]] = []
        while let entry = readdir(dir) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix(while: { $0 != 0 }))
            }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            names.append(bytes)
        }
        names.sort { $0.lexicographicallyPrecedes($1) }
        return names.compactMap { bytes in
            guard let name = String(validating: bytes, as: UTF8.self) else {
                warnings.append("\(Self.join(path, String(decoding: bytes, as: UTF8.self))): skipped: the file name is not valid UTF-8")
                return nil
            }
            return name
        }
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    static func basename(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
