extension String {
    /// The string of some UTF-16 units, as `String(decoding:as: UTF16.self)` makes it (an
    /// unpaired surrogate becomes U+FFFD), without its generic transcoding path: token keys
    /// and entity texts are made by the hundred thousand per megabyte.
    init(utf16Units units: ArraySlice<UInt16>) {
        self = units.withUnsafeBufferPointer { String(utf16Units: $0) }
    }

    init(utf16Units source: UnsafeBufferPointer<UInt16>) {
        guard !source.isEmpty else { self = ""; return }
        // Every UTF-16 unit takes at most 3 UTF-8 bytes (a pair, 2 units, takes 4).
        let capacity = source.count * 3
        self = String(unsafeUninitializedCapacity: capacity) { bytes in
                var out = 0
                var i = 0
                let n = source.count
                while i < n {
                    let u = source[i]
                    if u < 0x80 {
                        bytes[out] = UInt8(truncatingIfNeeded: u)
                        out += 1
                        i += 1
                    } else if u < 0x800 {
                        bytes[out] = UInt8(truncatingIfNeeded: 0xC0 | (u >> 6))
                        bytes[out + 1] = UInt8(truncatingIfNeeded: 0x80 | (u & 0x3F))
                        out += 2
                        i += 1
                    } else if u & 0xFC00 == 0xD800, i + 1 < n, source[i + 1] & 0xFC00 == 0xDC00 {
                        let scalar = 0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(source[i + 1]) - 0xDC00)
                        bytes[out] = UInt8(truncatingIfNeeded: 0xF0 | (scalar >> 18))
                        bytes[out + 1] = UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 12) & 0x3F))
                        bytes[out + 2] = UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F))
                        bytes[out + 3] = UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F))
                        out += 4
                        i += 2
                    } else {
                        // A scalar of the BMP, or an unpaired surrogate replaced by U+FFFD.
                        let v: UInt16 = u & 0xF800 == 0xD800 ? 0xFFFD : u
                        bytes[out] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                        bytes[out + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                        bytes[out + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                        out += 3
                        i += 1
                    }
                }
                return out
        }
    }
}
