extension String {
    /// `Array(utf16)`, transcoded from the UTF-8 storage in one loop (the `utf16` view goes
    /// scalar by scalar through generic code; every document's text is converted once).
    var utf16Array: [UInt16] {
        var units: [UInt16] = []
        appendUTF16(of: self, to: &units)
        return units
    }

    /// The string of some UTF-16 units, as `String(decoding:as: UTF16.self)` makes it (an
    /// unpaired surrogate becomes U+FFFD), without its generic transcoding path: token keys
    /// and entity texts are made by the hundred thousand per megabyte.
    init(utf16Units units: ArraySlice<UInt16>) {
        self = units.withUnsafeBufferPointer { String(utf16Units: $0) }
    }

    init(utf16Units source: UnsafeBufferPointer<UInt16>) {
        guard !source.isEmpty else { self = ""; return }
        // The UTF-8 length (exact but for pairs, 4 bytes counted as 6): strings of up to 15 bytes
        // are then made in place, without the allocation a larger capacity asks for.
        var capacity = 0
        for u in source { capacity += u < 0x80 ? 1 : u < 0x800 ? 2 : 3 }
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

/// Appends the UTF-16 units of `text` to `units`, as `units.append(contentsOf: text.utf16)` does.
func appendUTF16(of text: some StringProtocol, to units: inout [UInt16]) {
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
        units.reserveCapacity(units.count + bytes.count)
        // Swift strings are valid UTF-8: every lead byte announces its sequence.
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = UInt32(bytes[i])
            if b0 < 0x80 {
                units.append(UInt16(b0))
                i += 1
            } else if b0 < 0xE0 {
                units.append(UInt16((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)))
                i += 2
            } else if b0 < 0xF0 {
                units.append(UInt16((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)))
                i += 3
            } else {
                let scalar = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                    | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                let v = scalar - 0x10000
                units.append(UInt16(0xD800 + (v >> 10)))
                units.append(UInt16(0xDC00 + (v & 0x3FF)))
                i += 4
            }
        }
    }
    if done == nil { units.append(contentsOf: text.utf16) }
}
