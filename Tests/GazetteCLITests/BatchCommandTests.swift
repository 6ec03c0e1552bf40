import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A folder tree built for one test, removed at the end.
final class Tree {
    let root: URL

    init() throws { root = try temporaryDirectory() }
    deinit { try? FileManager.default.removeItem(at: root) }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    @discardableResult
    func file(_ relative: String, _ contents: String) throws -> String {
        try bytes(relative, Array(contents.utf8))
    }

    @discardableResult
    func bytes(_ relative: String, _ contents: [UInt8]) throws -> String {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents).write(to: url)
        return url.path
    }

    func link(_ relative: String, to destination: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path(relative)) }

    /// A small list so results do not depend on the shipped lists.
    func list() throws -> [String] {
        let tsv = "id\ttype\tname\taliases\tlang\tmatch\nacme\tORG\tAcme Widgets\t\t*\t\nglobex\tORG\tGlobex Corporation\tGlobex\t*\t\n"
        return ["--gazetteer", try file("list.tsv", tsv), "--no-default-gazetteers", "--types", "ORG"]
    }

    /// Runs `gazette batch` in the tree's root with the test list.
    func batch(_ arguments: [String]) throws -> ProcessResult {
        try runGazette(["batch"] + arguments + list() + ["--progress", "never"], currentDirectory: root)
    }
}

extension ProcessResult {
    /// The `doc` of each output line, consecutive repeats folded.
    func docs() throws -> [String] {
        var docs: [String] = []
        for line in try jsonLines() {
            let doc = line["doc"] as? String ?? "?"
            if docs.last != doc { docs.append(doc) }
        }
        return docs
    }

    /// The summary line on stderr.
    var summary: String { stderr.split(separator: "\n").last { $0.hasPrefix("gazette: ") && $0.contains(" files, ") }.map(String.init) ?? "" }
}

@Suite("gazette batch (end to end)")
struct BatchCommandTests {
    /// Nested folders, hidden files, a .jsonl input, a file that does not match, a symlink
    /// loop and a symlinked folder.
    static func corpus() throws -> Tree {
        let tree = try Tree()
        try tree.file("corpus/a/one.txt", "Acme Widgets et Globex.")
        try tree.file("corpus/a/b/two.txt", "Globex and Acme Widgets.\n\nGlobex again.")
        try tree.file("corpus/c/three.txt", "Nothing here.")
        try tree.file("corpus/Zed.txt", "Acme Widgets")
        try tree.file("corpus/notes.md", "Acme Widgets")
        try tree.file("corpus/.hidden.txt", "Globex")
        try tree.file("corpus/.private/secret.txt", "Globex")
        try tree.file("corpus/docs.jsonl", #"{"id": "j1", "text": "Globex"}"# + "\n" + #"{"id": "j2", "text": "Acme Widgets"}"# + "\n")
        try tree.link("corpus/a/b/loop", to: "../..")
        try tree.file("elsewhere/far.txt", "Globex")
        try tree.link("corpus/linked", to: "../elsewhere")
        return tree
    }

    @Test("Folders are walked recursively in sorted path order; hidden files, other names and loops are skipped")
    func walk() throws {
        let tree = try Self.corpus()
        let result = try tree.batch(["corpus"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try result.docs() == ["corpus/Zed.txt", "corpus/a/b/two.txt", "corpus/a/one.txt", "j1", "j2", "corpus/linked/far.txt"])
        #expect(result.stderr.contains("corpus/a/b/loop: skipped: symbolic link loop"))
        let lines = try result.jsonLines()
        #expect(lines.count == 9)
        #expect(lines.first { $0["doc"] as? String == "corpus/a/b/two.txt" && $0["text"] as? String == "Globex" && $0["start"] as? Int == 26 }?["sentence"] as? Int == 1)
    }

    @Test("--hidden, --glob and --exclude choose the files")
    func selection() throws {
        let tree = try Self.corpus()
        let hidden = try tree.batch(["corpus", "--hidden", "--glob", "*.txt"])
        #expect(try hidden.docs() == ["corpus/.hidden.txt", "corpus/.private/secret.txt", "corpus/Zed.txt",
                                      "corpus/a/b/two.txt", "corpus/a/one.txt", "corpus/linked/far.txt"])
        let markdown = try tree.batch(["corpus", "--glob", "*.md", "--glob", "a/b/*.txt"])
        #expect(try markdown.docs() == ["corpus/a/b/two.txt", "corpus/notes.md"])
        let excluded = try tree.batch(["corpus/", "--exclude", "a", "--exclude", "*.jsonl"])
        #expect(try excluded.docs() == ["corpus/Zed.txt", "corpus/linked/far.txt"])
        // A file named on the command line is taken whatever its name.
        #expect(try tree.batch(["corpus/notes.md"]).docs() == ["corpus/notes.md"])
    }

    @Test("The output is byte-identical with -j 1 and -j 2, in input order")
    func parallelOrder() throws {
        let tree = try Tree()
        for i in 0..<60 {
            // Sizes that vary a lot, so documents finish out of order.
            let text = String(repeating: i % 7 == 0 ? "Acme Widgets a signé avec Globex. " : "Globex. ", count: 1 + (i * 37) % 400)
            try tree.file(String(format: "corpus/d%d/f%03d.txt", i % 5, i), text)
        }
        try tree.file("corpus/d0/stream.jsonl", (0..<50).map { #"{"id": "s\#($0)", "text": "Acme Widgets \#($0)"}"# }.joined(separator: "\n"))
        let one = try tree.batch(["corpus", "-j", "1"])
        let two = try tree.batch(["corpus", "-j2"])
        let many = try tree.batch(["corpus", "-j", "7", "--format", "documents"])
        #expect(one.status == 0)
        #expect(!one.stdout.isEmpty)
        #expect(one.stdout == two.stdout)
        #expect(try one.docs().count == 60 + 50)
        let oneDocuments = try tree.batch(["corpus", "-j", "1", "--format", "documents"])
        #expect(oneDocuments.stdout == many.stdout)
    }

    @Test("Failing inputs are reported with path and reason, counted, and the run goes on; exit 1")
    func failures() throws {
        let tree = try Self.corpus()
        try tree.bytes("corpus/binary.txt", Array("Acme Widgets".utf8) + [0, 1, 2])
        try tree.bytes("corpus/latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" Globex".utf8))
        try tree.file("corpus/big.txt", String(repeating: "Globex ", count: 200))
        let unreadable = try tree.file("corpus/locked.txt", "Globex")
        chmod(unreadable, 0)
        if access(unreadable, R_OK) == 0 {
            // Running as root, chmod 000 does not stop reading: a link to /proc/self/mem,
            // whose first page can never be read (EIO), stands in for an unreadable file.
            try FileManager.default.removeItem(atPath: unreadable)
            try tree.link("corpus/locked.txt", to: "/proc/self/mem")
        }
        let result = try tree.batch(["corpus", "missing.txt", "--strict-utf8", "--max-bytes", "1K"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("gazette: error: corpus/binary.txt: binary file (NUL byte at offset 12)"))
        #expect(result.stderr.contains("gazette: error: corpus/latin1.txt: invalid UTF-8 at byte 3"))
        #expect(result.stderr.contains("gazette: error: corpus/big.txt: larger than --max-bytes 1024 (1400 bytes)"))
        #expect(result.stderr.contains("gazette: error: corpus/locked.txt: "))
        #expect(result.stderr.contains("gazette: error: missing.txt: No such file or directory"))
        #expect(try result.docs() == ["corpus/Zed.txt", "corpus/a/b/two.txt", "corpus/a/one.txt", "j1", "j2", "corpus/linked/far.txt"])
        #expect(result.summary.contains("11 files, 7 documents"), "\(result.summary)")
        #expect(result.summary.contains("5 failed, 0 skipped"), "\(result.summary)")
        // Without --strict-utf8 the file is read with U+FFFD and a warning.
        let lenient = try tree.batch(["corpus/latin1.txt"])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("gazette: warning: corpus/latin1.txt: invalid UTF-8 at byte 3, replaced with U+FFFD"))
        #expect(try lenient.jsonLines().first?["start"] as? Int == 5)
    }

    @Test("A fifo found in a folder is reported, never opened (it would block)")
    func fifo() throws {
        let tree = try Self.corpus()
        #expect(mkfifo(tree.path("corpus/pipe.txt"), 0o644) == 0)
        let result = try tree.batch(["corpus"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("corpus/pipe.txt: not a regular file"))
    }

    @Test("The summary counts files, documents, bytes, entities per type, failures and time; only missing inputs exit 66")
    func summary() throws {
        let tree = try Self.corpus()
        let result = try tree.batch(["corpus/a/one.txt", "corpus/a/b/two.txt", "corpus/docs.jsonl"])
        #expect(result.status == 0)
        #expect(result.summary.hasPrefix("gazette: 3 files, 4 documents, 0.0 MB, 7 entities (ORG 7), 0 failed, 0 skipped, "), "\(result.summary)")
        #expect(result.summary.hasSuffix(" s"))
        let missing = try tree.batch(["nothing/here", "nor/there.txt"])
        #expect(missing.status == 66)
        #expect(missing.summary.contains("2 failed"))
    }

    @Test("--progress always draws the progress line on stderr, in place, and clears it before the summary")
    func progress() throws {
        let tree = try Self.corpus()
        let result = try runGazette(["batch", "corpus", "--progress", "always"] + tree.list(), currentDirectory: tree.root)
        #expect(result.status == 0)
        #expect(result.stderr.contains("\r0/6 files  0.0 MB/s  0 entities"))
        #expect(result.stderr.contains("\r\u{1B}[Kgazette: 6 files, 7 documents"))
        let quiet = try runGazette(["batch", "corpus", "--progress", "never"] + tree.list(), currentDirectory: tree.root)
        #expect(!quiet.stderr.contains("\r"))
    }

    @Test("-o writes the whole output to a file through a temporary file")
    func outputFile() throws {
        let tree = try Self.corpus()
        let result = try tree.batch(["corpus", "-o", "corpus/all.jsonl"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(try tree.read("corpus/all.jsonl").split(separator: "\n").count == 9)
        // The output file is inside the walked folder: a second run must not read it.
        let again = try tree.batch(["corpus", "-o", "corpus/all.jsonl"])
        #expect(try tree.read("corpus/all.jsonl").split(separator: "\n").count == 9, "\(again.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tree.path("corpus")).allSatisfy { !$0.contains(".tmp") })
    }

    @Test("Bad combinations are usage errors", arguments: [
        ["x", "-o", "a", "--output-dir", "b"], ["x", "--resume"], ["x", "-j", "0"], ["x", "--max-bytes", "lots"], [],
    ])
    func usage(_ arguments: [String]) throws {
        #expect(try runGazette(["batch"] + arguments).status == 64)
    }
}

@Suite("gazette batch --output-dir and --resume")
struct BatchOutputDirectoryTests {
    @Test("One .jsonl per input, mirroring the tree below its root")
    func layout() throws {
        let tree = try BatchCommandTests.corpus()
        let result = try tree.batch(["corpus", "--output-dir", "out"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        for name in ["Zed.txt", "a/b/two.txt", "a/one.txt", "c/three.txt", "docs.jsonl", "linked/far.txt"] {
            #expect(tree.exists("out/\(name).jsonl"), "out/\(name).jsonl")
        }
        #expect(try tree.read("out/a/b/two.txt.jsonl").split(separator: "\n").count == 3)
        #expect(try tree.read("out/c/three.txt.jsonl").isEmpty)
        #expect(try tree.read("out/docs.jsonl.jsonl").contains(#""doc":"j2""#))
        let everything = try FileManager.default.subpathsOfDirectory(atPath: tree.path("out"))
        #expect(everything.allSatisfy { !$0.contains(".tmp") })
    }

    @Test("Nothing is written outside the output folder: .., absolute paths, links inside it, an output folder inside the input")
    func pathSafety() throws {
        let tree = try BatchCommandTests.corpus()
        try FileManager.default.createDirectory(atPath: tree.path("work"), withIntermediateDirectories: true)
        // Paths with .. and absolute paths give only their file name.
        let up = try runGazette(["batch", "../corpus/a/one.txt", tree.path("corpus/Zed.txt"), "--output-dir", "../out",
                                 "--progress", "never"] + tree.list(), currentDirectory: tree.root.appendingPathComponent("work"))
        #expect(up.status == 0, "\(up.stderr)")
        #expect(tree.exists("out/one.txt.jsonl"))
        #expect(tree.exists("out/Zed.txt.jsonl"))
        // A link planted in the output folder is refused, not followed.
        try FileManager.default.createDirectory(atPath: tree.path("victim"), withIntermediateDirectories: true)
        try tree.link("out/a", to: tree.path("victim"))
        let planted = try tree.batch(["corpus", "--output-dir", "out"])
        #expect(planted.status == 1)
        #expect(planted.stderr.contains("out/a: it is a symbolic link or not a folder; refusing to write through it"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tree.path("victim")).isEmpty)
        #expect(tree.exists("out/c/three.txt.jsonl"))
        // A link at an output's own name is replaced, never written through.
        try tree.file("outside.txt", "keep")
        try FileManager.default.removeItem(atPath: tree.path("out/Zed.txt.jsonl"))
        try tree.link("out/Zed.txt.jsonl", to: tree.path("outside.txt"))
        _ = try tree.batch(["corpus", "--output-dir", "out"])
        #expect(try tree.read("outside.txt") == "keep")
        #expect(try tree.read("out/Zed.txt.jsonl").contains("Acme Widgets"))
        // Two roots whose files would share an output: the second one fails.
        try tree.file("elsewhere/one.txt", "Globex")
        let clash = try tree.batch(["corpus/a/one.txt", "elsewhere/one.txt", "--output-dir", "clash"])
        #expect(clash.status == 1)
        #expect(clash.stderr.contains("its output one.txt.jsonl would replace that of corpus/a/one.txt"))
        // An output folder inside the walked folder is not read back as input.
        _ = try tree.batch(["corpus", "--output-dir", "corpus/out"])
        let again = try tree.batch(["corpus", "--output-dir", "corpus/out"])
        #expect(!tree.exists("corpus/out/out"))
        #expect(again.summary.contains("7 files, 8 documents"), "\(again.summary)")  // with linked/one.txt
    }

    @Test("--resume skips inputs whose output is complete and newer; changed, new and unfinished ones are redone")
    func resume() throws {
        let tree = try BatchCommandTests.corpus()
        let first = try tree.batch(["corpus", "--output-dir", "out"])
        #expect(first.status == 0)
        let before = try FileManager.default.attributesOfItem(atPath: tree.path("out/a/one.txt.jsonl"))[.modificationDate] as? Date
        let again = try tree.batch(["corpus", "--output-dir", "out", "--resume"])
        #expect(again.summary.contains("6 files, 0 documents"), "\(again.summary)")
        #expect(again.summary.contains("6 skipped"))
        #expect(try FileManager.default.attributesOfItem(atPath: tree.path("out/a/one.txt.jsonl"))[.modificationDate] as? Date == before)
        // A changed input, a deleted output, and an interrupted run's temporary file.
        try tree.file("corpus/a/one.txt", "Globex seulement.")
        try FileManager.default.removeItem(atPath: tree.path("out/Zed.txt.jsonl"))
        try FileManager.default.removeItem(atPath: tree.path("out/c/three.txt.jsonl"))
        try tree.file("out/c/.three.txt.jsonl.tmp-1-2", "partial")
        let third = try tree.batch(["corpus", "--output-dir", "out", "--resume"])
        #expect(third.summary.contains("3 skipped"), "\(third.summary)")
        #expect(try tree.read("out/a/one.txt.jsonl").contains("Globex"))
        #expect(!(try tree.read("out/a/one.txt.jsonl").contains("Acme")))
        #expect(tree.exists("out/Zed.txt.jsonl"))
        #expect(tree.exists("out/c/three.txt.jsonl"))
    }
}
