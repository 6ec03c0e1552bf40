/// A position in a text counted in all three offset units at once, so that a piece of a
/// text analyzed on its own can have its offsets moved back into the whole.
struct TextPosition: Sendable, Hashable {
    var utf16 = 0
    var scalars = 0
    var utf8 = 0

    /// Moves past `units`, which must not end inside a surrogate pair.
    mutating func advance(over units: ArraySlice<UInt16>) {
        var scalars = 0, bytes = 0
        for unit in units {
            // A trailing surrogate completes a pair counted at its lead: 4 UTF-8 bytes, one scalar.
            if UTF16.isTrailSurrogate(unit) { continue }
            scalars += 1
            bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : UTF16.isLeadSurrogate(unit) ? 4 : 3
        }
        utf16 += units.count
        self.scalars += scalars
        utf8 += bytes
    }
}

extension TextSpan {
    /// The span moved forward by `origin` in every unit.
    func shifted(by origin: TextPosition) -> TextSpan {
        TextSpan(scalars: (scalars.lowerBound + origin.scalars)..<(scalars.upperBound + origin.scalars),
                 utf16: (utf16.lowerBound + origin.utf16)..<(utf16.upperBound + origin.utf16),
                 utf8: (utf8.lowerBound + origin.utf8)..<(utf8.upperBound + origin.utf8))
    }
}
