/// Gives a document's tokens their key and id straight from the folded buffer: one hash of
/// the folded units and a probe, no `String` made or hashed for a word seen before.
///
/// Words written with units below U+0300 only (Latin letters once accents are folded away:
/// nearly all of French and English) go through open-addressing tables compared unit by unit.
/// Folded keys are decomposed (NFD), so for such words equal units means equal strings, as
/// `String` equality has it. Other words take the `Vocabulary` dictionary, as before.
/// One interner per `TextAnalyzer`: the per-document table is reused from document to document.
struct TokenInterner {
    /// The vocabulary's words, read-only, shared by every analyzer.
    let known: KnownWords
    private let vocabulary: Vocabulary
    /// Words of the current document the vocabulary lacks.
    private let local = UnitTable()
    /// The vocabulary's answer for short words seen lately, in the L1 cache.
    private let recent = RecentWords()
    private var localStrings: [String] = []
    private var slowLocal: [String: Int32] = [:]

    init(_ vocabulary: Vocabulary, known: KnownWords) {
        self.vocabulary = vocabulary
        self.known = known
    }

    /// Forgets the previous document's words.
    mutating func reset() {
        local.removeAll()
        localStrings.removeAll(keepingCapacity: true)
        slowLocal.removeAll(keepingCapacity: true)
    }

    /// The key and id of the folded units `units`.
    mutating func intern(_ units: UnsafeBufferPointer<UInt16>) -> (key: String, id: Int32) {
        if let hash = UnitTable.key(units) {
            let knownID = hash.count <= 6 ? recent.lookUp(hash) { known.table.find(units, hash) } : known.table.find(units, hash)
            if let id = knownID {
                // Keys of up to 7 units (at most 14 UTF-8 bytes here) are small strings, made in
                // registers: cheaper than loading the vocabulary's copy from memory.
                return (units.count <= 7 ? String(utf16Units: units) : known.strings[Int(id)], id)
            }
            if let index = local.find(units, hash) { return (localStrings[Int(index)], vocabulary.count + index) }
            let key = String(utf16Units: units)
            let index = Int32(localStrings.count)
            local.insert(units, hash, value: index)
            localStrings.append(key)
            return (key, vocabulary.count + index)
        }
        let key = String(utf16Units: units)
        if let id = vocabulary.ids[key] { return (key, id) }
        if let id = slowLocal[key] { return (key, id) }
        // Numbered after every fast-path word the document may still hold: ids only need to be
        // distinct, and the two kinds of words never share a key.
        let id = Int32.max - Int32(slowLocal.count)
        slowLocal[key] = id
        return (key, id)
    }
}

/// A direct-mapped cache of the vocabulary's answers (an id, or none) for words of up to six
/// units, which the packed key holds whole: most tokens are a few hundred frequent words,
/// and the vocabulary's table is too large to stay in the fastest cache.
final class RecentWords {
    private struct Entry { var hash: UInt32; var value: Int32; var packed: UInt64 }
    private static let size = 1024
    private let entries: UnsafeMutablePointer<Entry>

    init() {
        entries = .allocate(capacity: Self.size)
        // packed 0 is the empty word's, never looked up here: it marks an empty entry.
        entries.initialize(repeating: Entry(hash: 0, value: -1, packed: 0), count: Self.size)
    }

    deinit { entries.deallocate() }

    @inline(__always)
    func lookUp(_ key: UnitTable.Key, _ find: () -> Int32?) -> Int32? {
        let slot = Int(key.hash) & (Self.size - 1)
        let e = entries[slot]
        if e.packed == key.packed, e.hash == key.hash, key.count > 0 { return e.value >= 0 ? e.value : nil }
        let found = find()
        if key.count > 0 { entries[slot] = Entry(hash: key.hash, value: found ?? -1, packed: key.packed) }
        return found
    }
}

/// The vocabulary's words below U+0300 in a `UnitTable`, with their key strings by id.
struct KnownWords: Sendable {
    let table = UnitTable()
    var strings: [String] = []

    init(_ vocabulary: Vocabulary) {
        strings = [String](repeating: "", count: Int(vocabulary.count))
        for (key, id) in vocabulary.ids {
            strings[Int(id)] = key
            let units = Array(key.utf16)
            units.withUnsafeBufferPointer { units in
                if let key = UnitTable.key(units) { table.insert(units, key, value: id) }
            }
        }
    }
}

/// An open-addressing hash table from short runs of UTF-16 units to Int32 values, in raw
/// buffers: it sits on the path of every token, where bounds checks and reference counting
/// of Swift arrays cost as much as the lookup itself.
///
/// A word of up to six units is held whole in its 16-byte slot (units below U+0300 take 10
/// bits each), so a lookup usually touches one cache line; longer words compare the rest
/// of their units in a side buffer.
///
/// A class, so copies share it: the vocabulary's table is filled once and then only read
/// (by any number of threads); a document's table belongs to one `TokenInterner`.
final class UnitTable: @unchecked Sendable {
    /// A word's hash and its first units with its length, computed in one pass.
    struct Key {
        var hash: UInt32
        /// Length (4 bits, 15 for 15 or more) and the first six units, 10 bits each.
        var packed: UInt64
        var count: Int
    }

    private struct Slot {
        var hash: UInt32
        /// -1 when the slot is empty.
        var value: Int32
        var packed: UInt64
    }

    private var slots: UnsafeMutablePointer<Slot>
    /// For each slot holding a word longer than six units, where its units start in `storage`.
    private var starts: UnsafeMutablePointer<Int32>
    private var slotCount = 64
    private var storage: UnsafeMutablePointer<UInt16>
    private var storageCapacity = 256
    private var storageCount = 0
    private(set) var count = 0

    init() {
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: Slot(hash: 0, value: -1, packed: 0), count: slotCount)
        starts = .allocate(capacity: slotCount)
        starts.initialize(repeating: 0, count: slotCount)
        storage = .allocate(capacity: storageCapacity)
    }

    deinit {
        slots.deallocate()
        starts.deallocate()
        storage.deallocate()
    }

    /// FNV-1a over the units and the packed prefix; nil when a unit is at or above U+0300
    /// (those words take the slow path).
    @inline(__always)
    static func key(_ units: UnsafeBufferPointer<UInt16>) -> Key? {
        var h: UInt32 = 2_166_136_261
        var packed = UInt64(min(units.count, 15))
        var shift: UInt64 = 4
        for u in units {
            if u >= 0x300 { return nil }
            h = (h ^ UInt32(u)) &* 16_777_619
            if shift < 64 { packed |= UInt64(u) << shift; shift += 10 }
        }
        // Mix the high bits down: the slot index takes the low ones.
        return Key(hash: h ^ (h >> 15), packed: packed, count: units.count)
    }

    @inline(__always)
    func find(_ units: UnsafeBufferPointer<UInt16>, _ key: Key) -> Int32? {
        let mask = slotCount - 1
        var slot = Int(key.hash) & mask
        while true {
            let s = slots[slot]
            if s.value < 0 { return nil }
            if s.hash == key.hash, s.packed == key.packed, key.count <= 6 || rest(slot, equals: units) { return s.value }
            slot = (slot + 1) & mask
        }
    }

    private func rest(_ slot: Int, equals units: UnsafeBufferPointer<UInt16>) -> Bool {
        let stored = storage + Int(starts[slot])
        // Lengths of 15 and more share a packed length: compare the stored length too.
        guard Int(stored[0]) == units.count else { return false }
        var k = 6
        while k < units.count {
            if stored[k - 5] != units[k] { return false }
            k += 1
        }
        return true
    }

    /// Adds units known to be absent.
    func insert(_ units: UnsafeBufferPointer<UInt16>, _ key: Key, value: Int32) {
        if (count + 1) * 2 > slotCount { grow() }
        var start: Int32 = 0
        if key.count > 6 {
            // The length, then the units after the first six.
            let needed = key.count - 5
            if storageCount + needed > storageCapacity {
                let capacity = max(storageCapacity * 2, storageCount + needed)
                let bigger = UnsafeMutablePointer<UInt16>.allocate(capacity: capacity)
                bigger.moveInitialize(from: storage, count: storageCount)
                storage.deallocate()
                storage = bigger
                storageCapacity = capacity
            }
            start = Int32(storageCount)
            storage[storageCount] = UInt16(truncatingIfNeeded: key.count)
            for k in 6..<key.count { storage[storageCount + k - 5] = units[k] }
            storageCount += needed
        }
        place(Slot(hash: key.hash, value: value, packed: key.packed), start: start)
        count += 1
    }

    private func place(_ entry: Slot, start: Int32) {
        let mask = slotCount - 1
        var slot = Int(entry.hash) & mask
        while slots[slot].value >= 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
        starts[slot] = start
    }

    private func grow() {
        let oldSlots = slots, oldStarts = starts, oldCount = slotCount
        slotCount *= 2
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: Slot(hash: 0, value: -1, packed: 0), count: slotCount)
        starts = .allocate(capacity: slotCount)
        starts.initialize(repeating: 0, count: slotCount)
        for i in 0..<oldCount where oldSlots[i].value >= 0 { place(oldSlots[i], start: oldStarts[i]) }
        oldSlots.deallocate()
        oldStarts.deallocate()
    }

    func removeAll() {
        guard count > 0 else { return }
        slots.update(repeating: Slot(hash: 0, value: -1, packed: 0), count: slotCount)
        count = 0
        storageCount = 0
    }
}
