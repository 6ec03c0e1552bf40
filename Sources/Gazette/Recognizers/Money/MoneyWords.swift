/// The folded words the money tables know, numbered from 0 as the tables are filled.
///
/// Pieces of a sentence carry the number of their word (or -1), so the parser's lookups are
/// array reads and its comparisons integer ones; a piece copies without retaining a string.
struct MoneyWords: Sendable {
    private var ids: [String: Int32] = [:]
    /// The word of each number.
    private(set) var keys: [String] = []

    var count: Int { keys.count }

    @discardableResult
    mutating func intern(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(keys.count)
        ids[key] = id
        keys.append(key)
        return id
    }

    /// The number of a word, or -1 when no table has it.
    func id(_ key: String) -> Int32 { ids[key] ?? -1 }

    /// The word of a number; "" for -1.
    func key(_ id: Int32) -> String { id >= 0 ? keys[Int(id)] : "" }
}

/// Values by word number: an array read, with nil for words (and -1) it has no value for.
struct WordMap<Value: Sendable>: Sendable {
    private var values: [Value?] = []

    subscript(_ id: Int32) -> Value? {
        get { id >= 0 && Int(id) < values.count ? values[Int(id)] : nil }
        set {
            precondition(id >= 0, "a word number is never negative")
            if Int(id) >= values.count { values += [Value?](repeating: nil, count: Int(id) - values.count + 1) }
            values[Int(id)] = newValue
        }
    }

    /// The numbers that have a value.
    var ids: [Int32] { values.indices.filter { values[$0] != nil }.map(Int32.init) }

    func contains(_ id: Int32) -> Bool { self[id] != nil }
}

extension WordMap where Value == Bool {
    /// A set of words from their folded keys, numbered in `words`.
    init(_ keys: some Sequence<String>, _ words: inout MoneyWords) {
        for key in keys { self[words.intern(key)] = true }
    }
}
