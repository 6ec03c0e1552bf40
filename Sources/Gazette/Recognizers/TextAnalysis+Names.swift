/// Token tests shared by the name rules.
extension TextAnalysis {
    /// A capitalized word ("Weil", "OpenAI", "O’Neill"); all-caps words count only when short
    /// (acronyms), so ALL CAPS headlines do not read as names.
    func isCapitalizedWord(_ i: Int) -> Bool {
        // Fields read one by one: binding the whole token would retain and release its key.
        guard i >= 0, i < tokens.count, tokens[i].kind == .word else { return false }
        let shape = tokens[i].shape
        return shape == .capitalized || (shape == .upper && tokens[i].end - tokens[i].start <= 5)
    }

    /// A one-letter initial followed by its period: "F." in "John F. Kennedy".
    func isInitial(_ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        return tokens[i].kind == .word && tokens[i].shape == .capitalized && tokens[i].end - tokens[i].start == 1
            && tokens[i + 1].key == "." && tokens[i + 1].start == tokens[i].end
    }

    /// Whether tokens `i` and `i + 1` are written together, with no space between.
    func isGlued(_ i: Int) -> Bool {
        i + 1 < tokens.count && tokens[i].end == tokens[i + 1].start
    }

    /// Whether token `i` opens its sentence (ignoring opening quotes and dashes).
    func startsSentence(_ i: Int, in sentence: Range<Int>) -> Bool {
        var k = i - 1
        while k >= sentence.lowerBound, tokens[k].kind == .punctuation, ["\"", "-", "(", "["].contains(tokens[k].key) { k -= 1 }
        return k < sentence.lowerBound
    }

    /// Whether token `i` begins a line of the original text.
    func startsLine(_ i: Int) -> Bool { i == 0 || tokens[i].lineBreakBefore }

    /// A definite article, which starts a new noun phrase: after "and"/"et" inside a run of
    /// capitalized words, a second name begins ("… Energy and the National Science Foundation").
    func isArticle(_ i: Int) -> Bool {
        i < tokens.count && ["the", "la", "le", "les", "l'"].contains(tokens[i].key)
    }
}

extension TextAnalysis {
    /// Whether the tokens are one word joined by hyphens, with no space: "BelSAR-Next", "Hexa-X-II".
    func isHyphenated(_ range: Range<Int>) -> Bool {
        guard range.count >= 3, range.count % 2 == 1 else { return false }
        return range.dropLast().allSatisfy { isGlued($0) }
            && stride(from: range.lowerBound + 1, to: range.upperBound, by: 2).allSatisfy { tokens[$0].key == "-" }
    }

    /// Whether a UTF-16 range is only part of a hyphenated word: a lowercase start after
    /// "word-" ("préfecture" in "sous-préfecture"), or an end before "-sur-", "-de-", "-en-"
    /// (a place: "Port-Jérôme" in "Port-Jérôme-sur-Seine").
    func isInsideCompound(_ range: Range<Int>) -> Bool {
        func isHyphen(_ i: Int) -> Bool { i >= 0 && i < utf16.count && (utf16[i] == 0x2D || utf16[i] == 0x2010 || utf16[i] == 0x2011) }
        func isLower(_ i: Int) -> Bool {
            guard i >= 0, i < utf16.count, let scalar = Unicode.Scalar(utf16[i]) else { return false }
            return scalar.properties.isLowercase
        }
        func isLetter(_ i: Int) -> Bool {
            guard i >= 0, i < utf16.count, let scalar = Unicode.Scalar(utf16[i]) else { return false }
            return scalar.properties.isAlphabetic
        }
        if isLower(range.lowerBound), isHyphen(range.lowerBound - 1), isLetter(range.lowerBound - 2) { return true }
        guard isHyphen(range.upperBound), isLower(range.upperBound + 1) else { return false }
        var k = range.upperBound + 1
        while isLower(k) { k += 1 }
        return isHyphen(k) && isLetter(k + 1)
    }

    /// A Title Case or ALL CAPS headline: a whole line without final punctuation whose longer
    /// words are mostly capitalized. Capitals there say nothing about names.
    func isHeadline(_ sentence: Range<Int>) -> Bool {
        guard let first = sentence.first, let last = sentence.last, startsLine(first),
              last + 1 == tokens.count || tokens[last + 1].lineBreakBefore,
              ![".", "!", "?", "…", ":"].contains(tokens[last].key) else { return false }
        let long = sentence.filter { tokens[$0].kind == .word && tokens[$0].end - tokens[$0].start >= 4 }
        guard long.count >= 3 else { return false }
        let capitalized = long.filter { tokens[$0].shape == .capitalized || tokens[$0].shape == .upper }.count
        return capitalized * 10 >= long.count * 6
    }
}
