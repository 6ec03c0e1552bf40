import Foundation
import Synchronization

/// A value computed on another thread from the moment it is made; `value()` waits for it.
/// (Start-up only: two parts of the compile run at once on a second core.)
final class BackgroundTask<Value: Sendable>: Sendable {
    private let result = Mutex<Result<Value, any Error>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            let outcome = Result { try work() }
            result.withLock { $0 = outcome }
            done.signal()
        }
        // ICU's data loading and the lexicon's tables want more than a secondary thread's
        // default stack in debug builds.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The value, once the other thread has made it; rethrows its error.
    func value() throws -> Value {
        done.wait()
        done.signal()  // later calls return at once
        return try result.withLock { $0! }.get()
    }
}
