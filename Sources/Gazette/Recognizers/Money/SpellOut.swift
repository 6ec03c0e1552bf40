import CICU
import Foundation
import Synchronization

/// Spelled-out numbers through ICU's rule-based spell-out formatter (`UNUM_SPELLOUT`), in
/// one language: "deux cent cinquante millions" → 250000000, "twenty-five million" → 25000000.
///
/// Gazette writes no number grammar of its own: ICU reads the words (leniently, so
/// "twenty five" and "deux-cent-cinquante" work too) and also says which words exist, by
/// spelling numbers out at start-up. An ICU formatter is not thread-safe; parses are rare
/// (only runs of number words) and short, so one formatter behind a lock serves every thread.
final class SpellOut: Sendable {
    /// Owns the C handle; only ever touched under the lock.
    private final class Handle {
        let pointer: OpaquePointer
        /// Parses already made, by text: ICU's lenient parse is slow (it compares through
        /// collation), and news repeats its spelled amounts ("deux milliards", "one million").
        /// The formatter's state no longer changes once `numberWords()` has run, so a text
        /// always parses the same. Emptied when full, so memory stays flat on any stream.
        var parsed: [Key: (value: Double, length: Int)?] = [:]
        static let parsedLimit = 4096
        init(_ pointer: OpaquePointer) { self.pointer = pointer }
        deinit { gz_spellout_close(pointer) }
    }

    /// A text of the cache, hashed in one cheap pass: `Hasher` takes an array of `UInt16`
    /// element by element, which made a hit cost more than the rest of reading the amount.
    private struct Key: Hashable {
        let units: [UInt16]
        let hash: Int

        init(_ units: [UInt16]) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
            for unit in units { hash = (hash ^ UInt64(unit)) &* 0x100_0000_01b3 }
            self.units = units
            self.hash = Int(truncatingIfNeeded: hash)
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        static func == (a: Key, b: Key) -> Bool { a.hash == b.hash && a.units == b.units }
    }

    let locale: String
    private let handle: Mutex<Handle>

    init(locale: String) throws(TextError) {
        var status: Int32 = 0
        guard let pointer = gz_spellout_open(locale, &status) else {
            throw TextError.icu("cannot open the ICU spell-out formatter for locale \(locale) (status \(status))")
        }
        self.locale = locale
        handle = Mutex(Handle(pointer))
    }

    /// Reads a spelled-out number at the start of `units`: its value and how many UTF-16
    /// units it took; nil when no number starts there. Strictly first, then leniently when
    /// the strict reading stops before the end.
    func parse(_ units: ArraySlice<UInt16>) -> (value: Double, length: Int)? {
        guard !units.isEmpty else { return nil }
        let buffer = Array(units)
        let key = Key(buffer)
        return handle.withLock { handle in
            if let known = handle.parsed[key] { return known }
            var result = Self.parse(buffer, handle, lenient: false)
            if result.map({ !Self.onlyConnectors(buffer[$0.length...]) }) ?? true {
                // The lenient parser (a collator, millions of instructions a call) only when the
                // strict one left a word unread: "twenty five", "deux-cent-cinquante".
                result = Self.parse(buffer, handle, lenient: true)
            }
            if handle.parsed.count >= Handle.parsedLimit { handle.parsed.removeAll(keepingCapacity: true) }
            handle.parsed[key] = result
            return result
        }
    }

    /// Whether what follows a strictly read number is only spaces, hyphens and "and"/"et",
    /// which no reading would add to it ("one and", "vingt et").
    static func onlyConnectors(_ rest: ArraySlice<UInt16>) -> Bool {
        let word = rest.filter { !($0 == 0x20 || $0 == 0x2D || $0 == 0xA0 || $0 == 0x202F) }
            .map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        return word.isEmpty || word == Array("and".utf16) || word == Array("et".utf16)
    }

    private static func parse(_ buffer: [UInt16], _ handle: Handle, lenient: Bool) -> (value: Double, length: Int)? {
        // Strict parsing is case-sensitive: "Quarante-deux" at the start of a sentence would
        // need the lenient parser. Latin-1 capitals are lowered in place (same length, so the
        // length read is the same in the original).
        var buffer = buffer
        for i in buffer.indices where (0x41...0x5A).contains(buffer[i]) || ((0xC0...0xDE).contains(buffer[i]) && buffer[i] != 0xD7) {
            buffer[i] += 0x20
        }
        var value = 0.0
        var status: Int32 = 0
        let length = buffer.withUnsafeBufferPointer { pointer in
            gz_spellout_parse(handle.pointer, pointer.baseAddress, Int32(pointer.count), lenient ? 1 : 0, &value, &status)
        }
        return length > 0 && value.isFinite ? (value, Int(length)) : nil
    }


    /// The words ICU uses to spell cardinal numbers in this language, folded, with the value
    /// of each word that is a number on its own ("deux" → 2, "mille" → 1000; not "millions",
    /// "et", "hundred").
    func numberWords() -> NumberWords {
        // Folded word → the word as ICU wrote it.
        var words: [String: String] = [:]
        // Every word of every cardinal rule set shows up in 0…100, the hundreds and the powers of 1000.
        var values: [Double] = Array(0...100).map(Double.init) + (2...9).map { Double($0) * 100 }
        values += [101, 121, 1000, 1001, 1100, 2000, 21000, 1e6, 1_000_001, 2e6, 1e9, 2e9, 1e12, 2e12, 1.5]
        for ruleset in rulesets() {
            for value in values {
                for word in format(value, ruleset: ruleset).split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{A0}" }) {
                    words[Folding.fold(String(word))] = String(word)
                }
            }
        }
        // ICU's own spelling of each word parses strictly: no lenient parse (and its collator,
        // a third of start-up) is needed to learn which words stand alone.
        var standalone: [String: Decimal] = [:]
        handle.withLock { handle in
            for (key, word) in words {
                let units = Array(word.utf16)
                if let (value, length) = Self.parse(units, handle, lenient: false), length == units.count,
                   let decimal = Self.decimal(value) {
                    standalone[key] = decimal
                }
            }
        }
        return NumberWords(words: Set(words.keys), standalone: standalone)
    }

    /// The public cardinal rule sets ("%spellout-numbering", "%spellout-cardinal-feminine", …).
    private func rulesets() -> [String] {
        handle.withLock { handle in
            var buffer = [UInt16](repeating: 0, count: 2048)
            var status: Int32 = 0
            let n = gz_spellout_rulesets(handle.pointer, &buffer, Int32(buffer.count), &status)
            guard n > 0 else { return [] }
            return String(decoding: buffer.prefix(min(Int(n), buffer.count)), as: UTF16.self)
                .split(separator: ";").map(String.init)
                .filter { ($0.contains("cardinal") || $0.contains("numbering")) && !$0.contains("year") }
        }
    }

    private func format(_ value: Double, ruleset: String) -> String {
        handle.withLock { handle in
            let name = Array(ruleset.utf16)
            var buffer = [UInt16](repeating: 0, count: 512)
            var status: Int32 = 0
            let n = gz_spellout_format(handle.pointer, name, Int32(name.count), value, &buffer, Int32(buffer.count), &status)
            guard n > 0 else { return "" }
            return String(decoding: buffer.prefix(min(Int(n), buffer.count)), as: UTF16.self)
        }
    }

    /// An exact decimal for what ICU read: spelled-out amounts are whole numbers, except the
    /// rare "one point five", which keeps its shortest decimal form.
    static func decimal(_ value: Double) -> Decimal? {
        guard value.isFinite, value >= 0 else { return nil }
        if value == value.rounded(), value < 9e15 { return Decimal(Int64(value)) }
        return Decimal(string: "\(value)")
    }
}

/// The words of spelled-out numbers in one language, as ICU writes them.
struct NumberWords: Sendable {
    /// Every folded word of a spelled-out cardinal ("deux", "cent", "millions", "et").
    var words: Set<String>
    /// Words that are a number on their own, with their value: where a spelled number may start.
    var standalone: [String: Decimal]
}
