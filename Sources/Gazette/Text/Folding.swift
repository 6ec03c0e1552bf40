import CICU
import Synchronization

/// Folding for matching: NFKC, case folding and accent folding through ICU, and the
/// typographic variants news text mixes freely unified to one form each.
///
/// Folding is per scalar so that every folded unit maps back to exactly one original
/// scalar; accents written as combining marks fold away on their own.
enum Folding {
    /// The one form each typographic variant folds to.
    static func typographic(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x2019, 0x2018, 0x02BC, 0x00B4, 0x0060, 0x2032, 0xFF07: "'"
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xFF02, 0x2039, 0x203A: "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63, 0xFF0D: "-"
        case 0x00A0, 0x202F, 0x2007, 0x2009, 0x200A, 0x2002...0x2006, 0x2008, 0x205F, 0x3000, 0x0009:
            " "
        default: nil
        }
    }

    /// The folded form of one scalar, as UTF-16 units (possibly empty, e.g. a combining accent).
    static func fold(_ scalar: Unicode.Scalar) -> [UInt16] {
        if let variant = typographic(scalar) { return [UInt16(variant.value)] }
        if scalar.isASCII {
            let v = UInt16(scalar.value)
            return [(0x41...0x5A).contains(v) ? v + 0x20 : v]
        }
        var source = Array(String(scalar).utf16)
        var out = [UInt16](repeating: 0, count: 32)
        var status: Int32 = 0
        let n = gz_fold(&source, Int32(source.count), &out, Int32(out.count), &status)
        guard n >= 0, status <= 0 else { return source }
        if Int(n) > out.count {
            out = [UInt16](repeating: 0, count: Int(n))
            _ = gz_fold(&source, Int32(source.count), &out, n, &status)
        }
        return Array(out.prefix(Int(n)))
    }

    /// Folds a whole string (list entries and lexicons: tens of thousands at start-up).
    static func fold(_ string: String) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            if scalar.isASCII, scalar.value != 0x60, scalar.value != 0x09 {
                // What `fold(_:)` gives for ASCII, without an array per scalar.
                let v = UInt16(scalar.value)
                units.append((0x41...0x5A).contains(v) ? v + 0x20 : v)
            } else if let cached = foldCache.withLock({ $0[scalar.value] }) {
                units += cached
            } else {
                let folded = fold(scalar)
                foldCache.withLock { $0[scalar.value] = folded }
                units += folded
            }
        }
        return String(utf16Units: units[...])
    }

    /// Folded forms of the non-ASCII scalars seen so far (the ICU call is the costly part).
    private static let foldCache = Mutex<[UInt32: [UInt16]]>([:])
}

/// The folded text of a document, with a map from every folded position back to the original.
///
/// Folding happens once per document into a flat buffer; token keys are slices of it.
struct NormalizedText {
    /// Folded UTF-16 units.
    private(set) var folded: [UInt16] = []
    /// For each folded unit, the UTF-16 offset of the original scalar it came from.
    private(set) var origin: [Int32] = []
    /// For each original UTF-16 offset (and the end), the folded offset where that scalar's folding starts.
    private(set) var position: [Int32] = []

    init(_ utf16: [UInt16], cache: inout [UInt32: [UInt16]]) {
        // ASCII, nearly every unit of news text, is folded in place in buffers of the final
        // size; the rest goes through the per-scalar cache and may grow them.
        folded = [UInt16](repeating: 0, count: utf16.count)
        origin = [Int32](repeating: 0, count: utf16.count)
        position = [Int32](repeating: 0, count: utf16.count + 1)
        var count = 0
        var i = 0
        while i < utf16.count {
            // Invariant: the buffers have room for one folded unit per original unit left, what
            // ASCII takes, so the loop below stays in bounds.
            let ascii = utf16.withUnsafeBufferPointer { source in
                folded.withUnsafeMutableBufferPointer { folded in
                    origin.withUnsafeMutableBufferPointer { origin in
                        position.withUnsafeMutableBufferPointer { position in
                            var k = i
                            while k < source.count {
                                let unit = source[k]
                                guard unit < 0x80 else { break }
                                position[k] = Int32(count)
                                folded[count] = unit &- 0x41 < 26 ? unit | 0x20 : (unit == 0x09 ? 0x20 : unit)
                                origin[count] = Int32(k)
                                count += 1
                                k += 1
                            }
                            return k - i
                        }
                    }
                }
            }
            i += ascii
            guard i < utf16.count else { break }
            let unit = utf16[i]
            position[i] = Int32(count)
            var width = 1
            var value = UInt32(unit)
            if UTF16.isLeadSurrogate(unit), i + 1 < utf16.count, UTF16.isTrailSurrogate(utf16[i + 1]) {
                value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(utf16[i + 1]) - 0xDC00)
                width = 2
                position[i + 1] = Int32(count)
            }
            let units: [UInt16]
            if let cached = cache[value] {
                units = cached
            } else {
                units = Unicode.Scalar(value).map(Folding.fold) ?? [0xFFFD]
                cache[value] = units
            }
            let room = count + units.count + (utf16.count - i - width)
            if folded.count < room {
                folded += [UInt16](repeating: 0, count: room - folded.count)
                origin += [Int32](repeating: 0, count: room - origin.count)
            }
            for u in units {
                folded[count] = u
                origin[count] = Int32(i)
                count += 1
            }
            i += width
        }
        folded.removeLast(folded.count - count)
        origin.removeLast(origin.count - count)
        position[utf16.count] = Int32(count)
    }

    /// The folded form of the original UTF-16 range.
    func key(_ range: Range<Int>) -> String {
        String(utf16Units: folded[Int(position[range.lowerBound])..<Int(position[range.upperBound])])
    }

    /// The key and id of the original UTF-16 range: interned when an interner is given, else
    /// a new string and id -1 (list entries, compiled before any vocabulary exists).
    func key(_ range: Range<Int>, _ interner: inout TokenInterner?) -> (key: String, id: Int32) {
        guard interner != nil else { return (key(range), -1) }
        let lower = Int(position[range.lowerBound]), upper = Int(position[range.upperBound])
        return folded.withUnsafeBufferPointer { buffer in
            interner!.intern(UnsafeBufferPointer(rebasing: buffer[lower..<upper]))
        }
    }

    /// Whether the folded form of the original UTF-16 range holds `unit`.
    func keyContains(_ unit: UInt16, _ range: Range<Int>) -> Bool {
        folded[Int(position[range.lowerBound])..<Int(position[range.upperBound])].contains(unit)
    }

    /// The original UTF-16 range a non-empty folded range came from, whole scalars included.
    func originalRange(_ foldedRange: Range<Int>) -> Range<Int> {
        let start = Int(origin[foldedRange.lowerBound])
        let last = Int(origin[foldedRange.upperBound - 1])
        var end = last + 1
        // The second half of a surrogate pair shares its folding start with the first.
        while end < position.count - 1, position[end] == position[last] { end += 1 }
        return start..<end
    }
}
