import CICU

/// Splits a document into tokens with ICU word break, then splits what ICU keeps whole but
/// names need apart: French elisions ("d’OpenAI" → "d’" + "OpenAI") and English
/// possessives ("OpenAI's" → "OpenAI" + "'s").
struct Tokenizer {
    /// Elided words, folded, without their apostrophe.
    static let elisions: Set<String> = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"]

    static func isApostrophe(_ unit: UInt16) -> Bool {
        unit == 0x27 || unit == 0x2019 || unit == 0x02BC || unit == 0x2018
    }

    static func isJoinedSpace(_ unit: UInt16) -> Bool { unit == 0x202F || unit == 0x180E }

    static func isLineBreak(_ unit: UInt16) -> Bool {
        unit == 0x0A || unit == 0x0D || unit == 0x2028 || unit == 0x2029 || unit == 0x85 || unit == 0x0B || unit == 0x0C
    }

    /// Tokens with their keys, and their ids when an interner is given.
    func tokenize(_ utf16: [UInt16], normalized: NormalizedText, breaker: BreakIterator,
                  interner: inout TokenInterner?) -> [Token] {
        let (ends, statuses) = breaker.segments(utf16)
        var tokens: [Token] = []
        tokens.reserveCapacity(ends.count / 2 + 1)
        var start = 0
        var space = false, lineBreak = false
        for (end32, status) in zip(ends, statuses) {
            let end = Int(end32)
            defer { start = end }
            guard end > start else { continue }
            let kind: Token.Kind
            switch status {
            case Int32(GZ_WORD_NUMBER)..<Int32(GZ_WORD_NUMBER_LIMIT): kind = .number
            case Int32(GZ_WORD_LETTER)..<Int32(GZ_WORD_IDEO_LIMIT): kind = .word
            default:
                if let k = Self.punctuationKind(utf16[start]) {
                    kind = k
                } else {
                    space = true
                    if utf16[start..<end].contains(where: Self.isLineBreak) { lineBreak = true }
                    continue
                }
            }
            // ICU joins U+202F (narrow no-break space) to letters and digits as ExtendNumLet, but
            // French puts it inside guillemets and before punctuation: « Genesis », so it
            // separates words. Numbers keep it inside ("40 000"), only not at their ends.
            var first = start
            while first < end {
                while first < end, Self.isJoinedSpace(utf16[first]) { first += 1; space = true }
                var last = first
                if kind == .number {
                    last = end
                    while last > first, Self.isJoinedSpace(utf16[last - 1]) { last -= 1 }
                } else {
                    while last < end, !Self.isJoinedSpace(utf16[last]) { last += 1 }
                }
                guard first < last else { break }
                var digitOrNarrowSpace = false
                let shape = Token.Shape.of(utf16[first..<last], digitOrNarrowSpace: &digitOrNarrowSpace)
                let (key, id) = normalized.key(first..<last, &interner)
                let tokenKind = shape == .digits ? Token.Kind.number : kind
                defer { space = false; lineBreak = false }
                // Most words have no apostrophe to split at: built in place in the array, not copied into it.
                guard tokenKind == .word, normalized.keyContains(0x27, first..<last) else {
                    tokens.append(Token(start: Int32(first), end: Int32(last), kind: tokenKind, shape: shape,
                                        lineBreakBefore: lineBreak, spaceBefore: space,
                                        digitOrNarrowSpace: digitOrNarrowSpace, key: key, id: id))
                    first = last
                    continue
                }
                var token = Token(start: Int32(first), end: Int32(last), kind: tokenKind,
                                  shape: shape, lineBreakBefore: lineBreak,
                                  spaceBefore: space, digitOrNarrowSpace: digitOrNarrowSpace, key: key, id: id)
                while token.kind == .word, let split = splitPoint(token, utf16, normalized) {
                    var head = token
                    head.end = Int32(split)
                    head.digitOrNarrowSpace = false
                    head.shape = .of(utf16[Int(token.start)..<split], digitOrNarrowSpace: &head.digitOrNarrowSpace)
                    (head.key, head.id) = normalized.key(Int(token.start)..<split, &interner)
                    tokens.append(head)
                    token.start = Int32(split)
                    token.digitOrNarrowSpace = false
                    token.shape = .of(utf16[split..<Int(token.end)], digitOrNarrowSpace: &token.digitOrNarrowSpace)
                    (token.key, token.id) = normalized.key(split..<Int(token.end), &interner)
                    token.spaceBefore = false
                    token.lineBreakBefore = false
                }
                tokens.append(token)
                first = last
            }
            if first < end { space = true }
        }
        return tokens
    }

    /// Whether a non-word, non-space segment is punctuation or a symbol; nil for whitespace.
    private static func punctuationKind(_ unit: UInt16) -> Token.Kind? {
        guard unit < 0x2200 else { return classify(unit) }
        let code = punctuationKinds[Int(unit)]
        return code == 0xFF ? nil : Token.Kind(rawValue: code)
    }

    /// `classify` for the units below U+2200, 0xFF for nil.
    private static let punctuationKinds: [UInt8] = (0..<0x2200).map { classify(UInt16($0))?.rawValue ?? 0xFF }

    private static func classify(_ unit: UInt16) -> Token.Kind? {
        guard let scalar = Unicode.Scalar(unit) else { return .symbol }  // a surrogate: an emoji or similar
        if scalar.properties.isWhitespace || scalar.value == 0x200B || scalar.value == 0xFEFF { return nil }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return nil
        default:
            return .symbol
        }
    }

    /// Where to split an elision or a possessive, as a UTF-16 offset; nil to keep the word whole.
    private func splitPoint(_ token: Token, _ utf16: [UInt16], _ normalized: NormalizedText) -> Int? {
        // Most words have no apostrophe in their key: one pass over its units says so.
        guard normalized.keyContains(0x27, token.range) else { return nil }
        let key = token.key
        guard let apostrophe = key.firstIndex(of: "'") else { return nil }
        let head = key[..<apostrophe]
        let tail = key[key.index(after: apostrophe)...]
        let range = token.range
        guard let offset = utf16[range].firstIndex(where: Self.isApostrophe) else { return nil }
        if !tail.isEmpty, Self.elisions.contains(String(head)), tail.first!.isLetter {
            return offset + 1
        }
        if tail == "s", !head.isEmpty, key.count > 2 {
            return offset
        }
        return nil
    }
}
