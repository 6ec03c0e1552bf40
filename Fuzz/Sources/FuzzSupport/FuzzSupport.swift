import Foundation
import Gazette

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// Each target exports `LLVMFuzzerTestOneInput` with `@_cdecl` (libFuzzer's own `main` refers to
/// it) and its `main.swift` calls `Fuzz.run` with it: SwiftPM links the executable's Swift
/// entry point as `main`, so that is what runs, and it hands over to libFuzzer's driver.
public enum Fuzz {
    public static func run(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
    }

    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Stops the run with a message libFuzzer reports as a crash.
    public static func fail(_ message: String, file: StaticString = #file, line: UInt = #line) -> Never {
        FileHandle.standardError.write(Data("FUZZ FAILURE: \(message)\n".utf8))
        fatalError(message, file: file, line: line)
    }

    /// A scratch folder for inputs the library reads from files (gold files, gazetteers).
    public static let scratch: String = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let path = (base as NSString).appendingPathComponent("gazette-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Fuzz.scratch) }
        return path
    }()

    /// Writes `bytes` to a scratch file and returns its path.
    public static func write(_ bytes: some Collection<UInt8>, named name: String) -> String {
        let path = (scratch as NSString).appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { fail("cannot write \(path)") }
        return path
    }

    /// Every line of `bytes` must be one JSON object; returns them.
    public static func jsonObjects(_ bytes: [UInt8]) -> [[String: Any]] {
        guard !bytes.isEmpty else { return [] }
        guard bytes.last == 0x0A else { fail("output does not end with a newline") }
        return bytes.dropLast().split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                fail("output line is not a JSON object: \(String(decoding: line, as: UTF8.self))")
            }
            return object
        }
    }
}

/// The input split at the first NUL: (before, after); `after` is empty without a NUL.
public func splitAtNUL(_ bytes: [UInt8]) -> ([UInt8], [UInt8]) {
    guard let nul = bytes.firstIndex(of: 0) else { return (bytes, []) }
    return (Array(bytes[..<nul]), Array(bytes[(nul + 1)...]))
}
