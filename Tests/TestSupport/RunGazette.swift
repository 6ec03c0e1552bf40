import Foundation

/// The result of running the built `gazette` binary.
public struct ProcessResult: Sendable {
    public var stdout: String
    public var stderr: String
    public var status: Int32

    /// Stdout split into lines, each parsed as a JSON object.
    public func jsonLines() throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw CocoaError(.coderReadCorrupt)
            }
            return object
        }
    }
}

/// The built executable, next to the test bundle in the build folder.
public let gazetteExecutable: URL = {
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
        dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
    }
    return dir.appendingPathComponent("gazette")
}()

/// Runs `gazette` with arguments and optional stdin bytes; waits for it to end.
public func runGazette(_ arguments: [String], stdin: [UInt8]? = nil, currentDirectory: URL? = nil) throws -> ProcessResult {
    let process = Process()
    process.executableURL = gazetteExecutable
    process.arguments = arguments
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    let input = Pipe(), output = Pipe(), error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    // Read both pipes concurrently so a full stderr never blocks the child.
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        errData = error.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    if let stdin { input.fileHandleForWriting.write(Data(stdin)) }
    try? input.fileHandleForWriting.close()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return ProcessResult(stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self),
                         status: process.terminationStatus)
}

public func runGazette(_ arguments: [String], input: String) throws -> ProcessResult {
    try runGazette(arguments, stdin: Array(input.utf8))
}
