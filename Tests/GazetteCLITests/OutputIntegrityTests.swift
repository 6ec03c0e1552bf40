import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Output integrity (issue 9): a reader that goes away ends the run quietly, an interrupted
/// run leaves neither a partial output nor a temporary file, and a write error names the
/// output and fails the run. Benchmarks/output-integrity.sh also fills a real (tiny tmpfs) disk.
@Suite("Output integrity")
struct OutputIntegrityTests {
    /// A folder of `count` news articles (the annotated fixtures, over and over).
    static func articles(_ count: Int, in directory: URL) throws -> URL {
        let folder = directory.appendingPathComponent("big")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sources = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Fixtures/annotated").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        for i in 0..<count {
            let source = repositoryRoot.appendingPathComponent("Fixtures/annotated/\(sources[i % sources.count])")
            try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(String(format: "doc%04d.txt", i)))
        }
        return folder
    }

    /// Runs gazette with stdout into a pipe that is closed after the first line, as `| head -1` does.
    static func runClosingAfterFirstLine(_ arguments: [String]) throws -> (firstLine: String, status: Int32, reason: Process.TerminationReason, stderr: String) {
        let process = Process()
        process.executableURL = gazetteExecutable
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        var line: [UInt8] = []
        let reader = output.fileHandleForReading
        while true {
            let byte = try reader.read(upToCount: 1) ?? Data()
            guard let b = byte.first, b != 0x0A else { break }
            line.append(b)
        }
        try reader.close()
        let stderr = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: line, as: UTF8.self), process.terminationStatus, process.terminationReason,
                String(decoding: stderr, as: UTF8.self))
    }

    @Test("`gazette batch big/ | head -1` and `gazette a b c | head -1` end quietly with exit 0")
    func closedStdout() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = try Self.articles(120, in: directory)
        for arguments in [["batch", folder.path], ["batch", "-j", "1", folder.path],
                          (0..<40).map { folder.appendingPathComponent(String(format: "doc%04d.txt", $0)).path }] {
            let run = try Self.runClosingAfterFirstLine(arguments)
            #expect(run.firstLine.hasPrefix(#"{"doc":""#), "\(arguments.first!): \(run.firstLine)")
            #expect(run.reason == .exit && run.status == 0, "\(arguments.first!): \(run.reason) \(run.status) \(run.stderr)")
            #expect(run.stderr.isEmpty, "\(arguments.first!): \(run.stderr)")
        }
    }

    /// Starts gazette with `arguments` in `directory`, stdin a pipe kept open with `input`
    /// written to it; waits until a temporary output file appears under `watched`, then sends
    /// `signal` and waits for the process to end.
    static func interrupt(_ arguments: [String], in directory: URL, input: [UInt8] = [], signal: Int32,
                          watching watched: URL) throws -> Process {
        let process = Process()
        process.executableURL = gazetteExecutable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input))
        let deadline = Date().addingTimeInterval(60)
        func temporaryFiles() -> [String] {
            (FileManager.default.enumerator(atPath: watched.path)?.allObjects as? [String] ?? []).filter { $0.contains(".tmp-") }
        }
        while temporaryFiles().isEmpty, process.isRunning, Date() < deadline { usleep(5_000) }
        kill(process.processIdentifier, signal)
        // A run that ignores the signal would wait for stdin for ever: give it a minute.
        let end = Date().addingTimeInterval(60)
        while process.isRunning, Date() < end { usleep(10_000) }
        if process.isRunning {
            Issue.record("gazette did not end after signal \(signal)")
            kill(process.processIdentifier, SIGKILL)
        }
        try? stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        return process
    }

    @Test("SIGINT, SIGTERM or SIGHUP during -o FILE leaves no output and no temporary file; the signal ends the run",
          arguments: [SIGINT, SIGTERM, SIGHUP])
    func interruptedOutputFile(signal: Int32) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Half a document on stdin, the pipe left open: the run is mid-way when the signal comes.
        let prose = "Le DOE a signé avec OpenAI un accord de 1,5 milliard d’euros, a déclaré M. Jean Dupont.\n\n"
        let process = try Self.interrupt(["-o", "out.jsonl"], in: directory, input: Array(String(repeating: prose, count: 2_000).utf8),
                                         signal: signal, watching: directory)
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal,
                "\(process.terminationReason) \(process.terminationStatus)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [])
    }

    @Test("SIGINT during batch --output-dir leaves only complete outputs, no temporary file")
    func interruptedOutputDirectory() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = try Self.articles(400, in: directory)
        let out = directory.appendingPathComponent("out")
        let process = try Self.interrupt(["batch", "-j", "2", folder.path, "--output-dir", out.path], in: directory,
                                         signal: SIGINT, watching: out)
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(left.allSatisfy { $0.hasSuffix(".txt.jsonl") && !$0.hasPrefix(".") }, "\(left)")
        #expect(left.count < 400)
        for name in left {  // every file that made it is whole: one JSON object a line
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            #expect(text.hasSuffix("\n"))
            for line in text.split(separator: "\n") {
                #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any], "\(name): \(line)")
            }
        }
    }

    @Test("A write error (-o /dev/full) is reported with the path, exit 1; the device is written to, not replaced",
          .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullDisk() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = try Self.articles(4, in: directory)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { folder.appendingPathComponent($0).path }
        for arguments in [files + ["-o", "/dev/full"], ["batch", folder.path, "-o", "/dev/full"],
                          ["--input", "jsonl", "-o", "/dev/full"]] {
            let stdin = arguments.contains("jsonl") ? Array(#"{"id": "a", "text": "Le DOE et OpenAI."}"#.utf8) + [0x0A] : nil
            let result = try runGazette(arguments, stdin: stdin)
            #expect(result.status == 1, "\(arguments.prefix(2)): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("gazette: error: /dev/full: write failed (No space left on device)"), "\(result.stderr)")
            var info = stat()
            #expect(stat("/dev/full", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR, "/dev/full is no longer a device")
        }
    }

    @Test("-o naming a folder is an error naming it; nothing is left behind")
    func outputIsAFolder() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("inside"), withIntermediateDirectories: true)
        let result = try runGazette(["-o", target.path], input: "Le DOE et OpenAI.")
        #expect(result.status == 73)
        #expect(result.stderr.contains("\(target.path): cannot write (is a directory)"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["taken"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["inside"])
    }
}
