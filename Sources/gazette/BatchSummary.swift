import Foundation
import Gazette

/// The totals of a batch, printed as one line on stderr at the end:
/// `gazette: 12 files, 40 documents, 3.4 MB, 1234 entities (ORG 500, PERSON 400, MONEY 300, PROGRAM 34), 2 failed, 1 skipped, 1.2 s`
struct BatchSummary {
    var files = 0
    var documents = 0
    var bytes = 0
    var entities: [EntityType: Int] = [:]
    /// Failures reported: inputs that could not be read, and documents (JSONL lines) that failed.
    var failures = 0
    /// Inputs whose output was already complete (`--resume`).
    var skipped = 0
    /// Whether nothing was processed and every failure was a missing input (exit 66).
    var onlyMissing = true

    mutating func add(_ report: Report, bytes: Int) {
        files += 1
        documents += report.documents
        self.bytes += bytes
        for (type, count) in report.entities { entities[type, default: 0] += count }
        failures += report.failures.count
        if report.skipped { skipped += 1 }
        if report.documents > 0 || report.skipped || report.failures.contains(where: { $0.kind != .notFound }) {
            onlyMissing = false
        }
    }

    /// 0, 1 when some input failed, 66 when every input was missing.
    var exitCode: Int32 {
        guard failures > 0 else { return 0 }
        return onlyMissing ? 66 : 1
    }

    func line(types: Set<EntityType>, seconds: Double) -> String {
        let total = entities.values.reduce(0, +)
        let perType = EntityType.allCases.filter(types.contains).map { "\($0.rawValue) \(entities[$0, default: 0])" }
        return "gazette: \(files) files, \(documents) documents, \(Progress.megabytes(Double(bytes))), "
            + "\(total) entities (\(perType.joined(separator: ", "))), \(failures) failed, \(skipped) skipped, "
            + String(format: "%.1f s", seconds)
    }
}
