import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The batch's progress line on stderr — files done / total, MB/s, entities, ETA — redrawn
/// in place with `\r` a few times a second, and the messages printed above it.
final class Progress: Sendable {
    enum Mode: String, CaseIterable, Sendable {
        /// When stderr is a terminal.
        case auto
        case always
        case never
    }

    private struct State {
        var filesDone = 0
        var bytesRead = 0
        var entities = 0
        var shown = false
        var finished = false
        var totalBytes = 0
    }

    private let state: Mutex<State>
    private let enabled: Bool
    private let totalFiles: Int
    private let start: ContinuousClock.Instant

    init(mode: Mode, totalFiles: Int, totalBytes: Int, start: ContinuousClock.Instant) {
        enabled = switch mode {
        case .always: true
        case .never: false
        case .auto: isatty(STDERR_FILENO) == 1
        }
        self.totalFiles = totalFiles
        state = Mutex(State(totalBytes: totalBytes))
        self.start = start
    }

    /// Redraws the line until `finish()`, on a thread of its own.
    func startTicking() {
        guard enabled else { return }
        state.withLock { draw(&$0) }
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.25)
                let finished = state.withLock { state in
                    if !state.finished { draw(&state) }
                    return state.finished
                }
                if finished { return }
            }
        }
        thread.start()
    }

    /// Bytes read from inputs, as they are read (from any worker).
    func read(_ bytes: Int) {
        state.withLock { $0.bytesRead += bytes }
    }

    /// An input that will not be read after all (`--resume`).
    func skipped(bytes: Int) {
        state.withLock { $0.totalBytes -= bytes }
    }

    /// One input done, with its entities.
    func completed(entities: Int) {
        state.withLock {
            $0.filesDone += 1
            $0.entities += entities
        }
    }

    /// Prints lines on stderr above the progress line.
    func print(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        state.withLock { state in
            var text = state.shown ? "\r\u{1B}[K" : ""
            text += lines.joined(separator: "\n") + "\n"
            Diagnostics.write(text)
            state.shown = false
        }
    }

    /// Clears the progress line for good.
    func finish() {
        state.withLock { state in
            state.finished = true
            if state.shown { Diagnostics.write("\r\u{1B}[K") }
            state.shown = false
        }
    }

    private func draw(_ state: inout State) {
        let seconds = max(0.001, Self.seconds(since: start))
        let rate = Double(state.bytesRead) / seconds
        var line = "\(state.filesDone)/\(totalFiles) files  \(Self.megabytes(rate))/s  \(state.entities) entities"
        if rate > 0, state.totalBytes > state.bytesRead {
            line += "  ETA \(Self.duration(Double(state.totalBytes - state.bytesRead) / rate))"
        }
        Diagnostics.write("\r" + line + "\u{1B}[K")
        state.shown = true
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = (ContinuousClock.now - start).components
        return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    }

    static func megabytes(_ bytes: Double) -> String {
        String(format: "%.1f MB", bytes / 1_000_000)
    }

    /// "0:42", "12:05", "1:02:03".
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }
}
