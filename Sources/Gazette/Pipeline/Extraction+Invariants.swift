import Foundation

extension Extraction {
    /// What is wrong with this result, if anything: entities sorted by start and
    /// non-overlapping, `0 ≤ start < end ≤ length`, `text` equal to the original slice in
    /// all three offset units, a type among `types`, amounts (MONEY only, and always there)
    /// finite, not negative, `value ≤ max`, with an ISO 4217-shaped currency, and a source
    /// and a finite score in 0…1.
    public func invariantViolations(types: Set<EntityType> = Set(EntityType.allCases)) -> [String] {
        var problems: [String] = []
        let scalars = Array(document.text.unicodeScalars)
        let utf16 = document.utf16
        let utf8 = Array(document.text.utf8)
        var previousEnd = 0
        for (i, e) in entities.enumerated() {
            let label = "entity \(i) \(e.type.rawValue) \"\(e.text)\""
            if e.start < previousEnd { problems.append("\(label) starts before the previous one ends") }
            previousEnd = e.end
            for unit in OffsetUnit.allCases {
                let r = e.span.range(in: unit)
                let count = unit == .scalar ? scalars.count : unit == .utf16 ? utf16.count : utf8.count
                guard r.lowerBound >= 0, r.lowerBound < r.upperBound, r.upperBound <= count else {
                    problems.append("\(label) has out-of-bounds \(unit) offsets \(r)")
                    continue
                }
                let slice = switch unit {
                case .scalar: String(String.UnicodeScalarView(scalars[r]))
                case .utf16: String(decoding: utf16[r], as: UTF16.self)
                case .utf8: String(decoding: utf8[r], as: UTF8.self)
                }
                if !slice.unicodeScalars.elementsEqual(e.text.unicodeScalars) { problems.append("\(label) != \(unit) slice \"\(slice)\"") }
            }
            if !types.contains(e.type) { problems.append("\(label) has a type that was not asked for") }
            if (e.type == .money) != (e.money != nil) { problems.append("\(label) has an amount iff it is not MONEY") }
            if let money = e.money {
                if let max = money.max, max < money.value { problems.append("\(label) has max < value") }
                if money.value.isNaN || (money.max?.isNaN ?? false) { problems.append("\(label) has a non-finite amount") }
                if money.value < 0 { problems.append("\(label) has a negative amount") }
                if money.currency.utf8.count != 3 || !money.currency.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) {
                    problems.append("\(label) has currency \"\(money.currency)\", not three capital letters")
                }
            }
            if !(e.score.isFinite && (0...1).contains(e.score)) { problems.append("\(label) has score \(e.score)") }
            if e.source.isEmpty { problems.append("\(label) has no source") }
            if e.sentence < 0 { problems.append("\(label) has sentence \(e.sentence)") }
        }
        return problems
    }
}
