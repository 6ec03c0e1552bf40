import Foundation

/// Runs a batch's tasks on worker threads and hands their output and their results on in
/// task order, so that the output is byte-identical whatever the number of workers.
///
/// Memory stays bounded: a worker takes a task only while it is fewer than `window` tasks
/// ahead of the oldest unfinished one (the head), and a task that is not the head buffers
/// at most `capacity` bytes of output, then waits to become the head. The head never
/// waits, so the run always moves on; its output is written as it comes.
final class BatchScheduler<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let taskCount: Int
    private let window: Int
    private let capacity: Int
    private var next = 0
    private var head = 0
    private var waiting: [Int: Pending] = [:]
    private let write: ([UInt8]) throws -> Void
    private let complete: (Int, Result) -> Void
    /// The first error writing the output; once set, workers stop taking tasks.
    private(set) var failure: (any Error)?

    private struct Pending {
        var bytes: [UInt8] = []
        var result: Result?
    }

    /// `write` receives the output in task order; `complete` each task's result in task
    /// order, after its output. Both are called with the scheduler's lock held.
    init(taskCount: Int, window: Int, capacity: Int = 1 << 22,
         write: @escaping ([UInt8]) throws -> Void, complete: @escaping (Int, Result) -> Void) {
        self.taskCount = taskCount
        self.window = max(1, window)
        self.capacity = capacity
        self.write = write
        self.complete = complete
    }

    /// Runs `work` for every task on `workers` threads and returns when all are done.
    /// `work` gets the task index and an `emit` for its output.
    func run(workers: Int, _ work: @escaping @Sendable (_ task: Int, _ emit: ([UInt8]) -> Void) -> Result) {
        let group = DispatchGroup()
        for _ in 0..<max(1, min(workers, taskCount)) {
            group.enter()
            let thread = Thread { [self] in
                while let task = take() {
                    let result = work(task) { bytes in emit(bytes, task: task) }
                    finish(task, result)
                }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
    }

    private func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while failure == nil, next < taskCount, next >= head + window { condition.wait() }
        guard failure == nil, next < taskCount else { return nil }
        next += 1
        return next - 1
    }

    private func emit(_ bytes: [UInt8], task: Int) {
        guard !bytes.isEmpty else { return }
        condition.lock()
        defer { condition.unlock() }
        while failure == nil {
            if task == head {
                output(bytes)
                return
            }
            if waiting[task, default: Pending()].bytes.count + bytes.count <= capacity {
                waiting[task, default: Pending()].bytes += bytes
                return
            }
            condition.wait()
        }
    }

    private func finish(_ task: Int, _ result: Result) {
        condition.lock()
        defer { condition.unlock() }
        guard task == head else {
            waiting[task, default: Pending()].result = result
            return
        }
        complete(task, result)
        head += 1
        // Hand on what the tasks that finished in the meantime left, up to one still running.
        while let pending = waiting[head] {
            output(pending.bytes)
            guard let done = pending.result else {
                waiting[head]?.bytes = []
                break
            }
            complete(head, done)
            waiting[head] = nil
            head += 1
        }
        condition.broadcast()
    }

    private func output(_ bytes: [UInt8]) {
        guard failure == nil, !bytes.isEmpty else { return }
        do { try write(bytes) } catch {
            failure = error
            condition.broadcast()
        }
    }
}
