import Gazette

/// What happened to the documents of one run (`extract`) or one input (`batch`): counts,
/// and the messages for stderr — printed at once, or kept to be printed in input order.
///
/// Used by one thread at a time: the worker that fills it, then — handed over under the
/// batch scheduler's lock — the one that prints it.
final class Report: @unchecked Sendable {
    private(set) var documents = 0
    private(set) var entities: [EntityType: Int] = [:]
    private(set) var failures: [InputFailure] = []
    /// Messages not printed yet (when not printing live).
    private(set) var messages: [String] = []
    /// Whether the input was skipped because its output is already there (`--resume`).
    var skipped = false
    private let live: Bool

    /// `live`: print messages as they come; otherwise keep them in `messages`.
    init(live: Bool) { self.live = live }

    var entityCount: Int { entities.values.reduce(0, +) }

    func fail(_ failure: InputFailure) {
        failures.append(failure)
        say("gazette: error: \(failure.description)")
    }

    func warn(_ message: String) { say("gazette: warning: \(message)") }

    func count(_ entities: [Entity]) {
        for entity in entities { self.entities[entity.type, default: 0] += 1 }
    }

    func documentWritten() { documents += 1 }

    private func say(_ line: String) {
        if live { Diagnostics.write(line + "\n") } else { messages.append(line) }
    }
}
