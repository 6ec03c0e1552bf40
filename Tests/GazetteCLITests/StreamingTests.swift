import Foundation
import Testing
import TestSupport

@Suite("Streaming JSON Lines")
struct StreamingTests {
    @Test("extract --input jsonl writes each document's output before the next line is read")
    func flushedPerDocument() throws {
        let tree = try Tree()
        let process = Process()
        process.executableURL = gazetteExecutable
        process.arguments = ["--input", "jsonl"] + (try tree.list())
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        input.fileHandleForWriting.write(Data((#"{"id": "first", "text": "Acme Widgets et Globex."}"# + "\n").utf8))
        // The input stays open: the first document's lines must come out now.
        let firstLine = try #require(readLine(output.fileHandleForReading, timeout: 60))
        #expect(firstLine.contains(#""doc":"first""#))
        #expect(firstLine.contains(#""text":"Acme Widgets""#))

        input.fileHandleForWriting.write(Data((#"{"id": "second", "text": "Globex"}"# + "\n").utf8))
        try input.fileHandleForWriting.close()
        let rest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(rest.hasSuffix("}\n"))
        #expect(rest.split(separator: "\n").last?.contains(#""doc":"second""#) == true)
    }

    @Test("A text document longer than a chunk keeps global offsets end to end")
    func longDocument() throws {
        let tree = try Tree()
        let paragraph = "Le Département a signé avec Acme Widgets. Globex aussi.\n\n"
        let count = 25_000  // 1.4 MB: two chunks
        let path = try tree.file("long.txt", String(repeating: paragraph, count: count))
        let result = try runGazette([path] + tree.list())
        #expect(result.status == 0)
        let lines = try result.jsonLines()
        #expect(lines.count == 2 * count)
        let step = paragraph.unicodeScalars.count
        let last = try #require(lines.last)
        #expect(last["start"] as? Int == (count - 1) * step + 42)
        #expect(last["sentence"] as? Int == 2 * count - 1)
    }
}

/// Reads one line from `handle`, or nil if none comes within `timeout` seconds.
func readLine(_ handle: FileHandle, timeout: Double) -> String? {
    let box = LineBox()
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        var bytes = Data()
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            bytes += chunk
            if bytes.contains(0x0A) { break }
        }
        box.set(String(decoding: bytes, as: UTF8.self).split(separator: "\n").first.map(String.init))
        done.signal()
    }
    guard done.wait(timeout: .now() + timeout) == .success else { return nil }
    return box.get()
}

private final class LineBox: @unchecked Sendable {
    private let lock = NSLock()
    private var line: String?
    func set(_ value: String?) { lock.withLock { line = value } }
    func get() -> String? { lock.withLock { line } }
}
