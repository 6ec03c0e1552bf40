import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Output files written under a temporary name (`-o FILE`, `--output-dir`) are removed when
/// the run is interrupted (SIGINT, SIGTERM, SIGHUP): the final name never holds a partial
/// file, and no temporary file is left beside it. The signal then takes its default course,
/// so the exit status still says the run was interrupted.
///
/// The signal handler may run on any thread at any moment, so it touches nothing but a fixed
/// table of C strings, guarded by a spin lock. A thread holding the lock has these signals
/// blocked: the handler never runs on top of it, and only ever waits for another thread to
/// finish a few stores.
enum Interruption {
    static let signals = [SIGINT, SIGTERM, SIGHUP]
    private static let capacity = 4096
    private static let lock = Atomic<Bool>(false)
    /// Slot i: a temporary file, `names[i]` relative to the folder `folders[i]` (or the
    /// current folder, AT_FDCWD); nil when free.
    nonisolated(unsafe) private static let names: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    nonisolated(unsafe) private static let folders: UnsafeMutablePointer<Int32> = {
        let table = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        table.initialize(repeating: AT_FDCWD, count: capacity)
        return table
    }()
    private static let installed = Mutex(false)

    /// Installs the handler (once), for the signals whose action is still the default: a run
    /// started with SIGINT ignored (`nohup`, a background job) keeps ignoring it. Those
    /// signals are also unblocked on the calling thread (and the threads it starts later): a
    /// parent that spawned gazette from a thread blocking them (as libdispatch's do) would
    /// otherwise leave them pending for ever.
    static func install() {
        installed.withLock { done in
            guard !done else { return }
            done = true
            _ = (names, folders)  // initialized here, never first inside the handler
            var handled = sigset_t()
            sigemptyset(&handled)
            defer { pthread_sigmask(SIG_UNBLOCK, &handled, nil) }
            for signal in signals {
                var current = sigaction()
                guard sigaction(signal, nil, &current) == 0, current.__sigaction_handler.sa_handler == nil else { continue }
                var action = sigaction()
                action.__sigaction_handler.sa_handler = { signal in
                    // The lock stays taken until the process ends: no other thread creates a file after this.
                    Interruption.removeAll(keepingLock: true)
                    Glibc.signal(signal, SIG_DFL)
                    raise(signal)
                }
                sigemptyset(&action.sa_mask)
                for other in signals { sigaddset(&action.sa_mask, other) }
                if sigaction(signal, &action, nil) == 0 { sigaddset(&handled, signal) }
            }
        }
    }

    /// Creates a temporary file (`openat` with `flags`) and remembers it, to remove if the run
    /// is interrupted: one step, so that a signal cannot come after the file exists and before
    /// the table has it (a handler on another thread waits for the lock, then finds it). The
    /// slot is nil when the file could not be created (see errno) or the table is full (the
    /// file is then only removed by the normal paths).
    static func create(_ name: String, in folder: Int32 = AT_FDCWD, flags: Int32) -> (file: Int32, slot: Int?) {
        install()
        return locked {
            let file = openat(folder, name, flags, 0o644)
            guard file >= 0 else { return (file, nil) }
            for slot in 0..<capacity where names[slot] == nil {
                folders[slot] = folder
                names[slot] = strdup(name)
                return (file, slot)
            }
            return (file, nil)
        }
    }

    /// Forgets a temporary file (renamed into place, or removed).
    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        locked {
            free(names[slot])
            names[slot] = nil
        }
    }

    /// Removes every registered file: from the signal handler (which keeps the lock, the
    /// process being about to end), and before a quiet exit.
    static func removeAll(keepingLock: Bool = false) {
        locked(keepingLock: keepingLock) {
            for slot in 0..<capacity {
                if let name = names[slot] { unlinkat(folders[slot], name, 0) }
            }
        }
    }

    private static func locked<T>(keepingLock: Bool = false, _ body: () -> T) -> T {
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        for signal in signals { sigaddset(&blocked, signal) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        while !lock.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged {}
        let result = body()
        if !keepingLock { lock.store(false, ordering: .releasing) }
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        return result
    }
}
