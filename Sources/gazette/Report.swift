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
        // By index, into one counter per type: a loop over the entities themselves would copy
        // each one, strings and all, and hash its type.
        var counts = (org: 0, person: 0, money: 0, program: 0)
        for i in entities.indices {
            switch entities[i].type {
            case .org: counts.org += 1
            case .person: counts.person += 1
            case .money: counts.money += 1
            case .program: counts.program += 1
            }
        }
        for (type, n) in [(EntityType.org, counts.org), (.person, counts.person), (.money, counts.money), (.program, counts.program)]
        where n > 0 {
            self.entities[type, default: 0] += n
        }
    }

    func documentWritten() { documents += 1 }

    private func say(_ line: String) {
        if live { Diagnostics.write(line + "\n") } else { messages.append(line) }
    }
}
