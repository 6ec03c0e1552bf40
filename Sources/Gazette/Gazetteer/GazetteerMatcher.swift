/// All aliases of all entries compiled into one token trie.
///
/// Aliases are tokenized and folded exactly as documents are, and each distinct folded
/// token gets an integer id, so matching costs one dictionary probe per token and step:
/// linear in the text, whatever the number of aliases.
struct GazetteerMatcher: Sendable {
    struct AliasRef: Sendable {
        var entry: Int32
        /// The alias's tokens as written, for `exact` matching; nil when folded.
        var exactForms: [String]?
        /// Whether the alias has an uppercase letter (the capitalization guard).
        var capitalized: Bool
        var tokenCount: Int32
        /// The next alias ending at the same node, or -1.
        var next: Int32 = -1
    }

    private(set) var entries: [GazetteerEntry] = []
    private var trie = TokenTrie()
    /// The aliases ending at each node, in the order they were added: a list through
    /// `refs` from `firstRef[node]` (-1: none). Flat arrays, not an array per node: a
    /// 200,000-alias list makes hundreds of thousands of nodes.
    private var refs: [AliasRef] = []
    private var firstRef: [Int32] = [-1]
    private var lastRef: [Int32] = [-1]

    var aliasCount: Int { refs.count }

    /// Compiles `entries`; an entry earlier in the list wins an alias shared with a later one.
    /// Alias tokens are numbered in `vocabulary`, the one documents are interned with.
    /// `tokenizeAll` tokenizes many aliases in one pass, as `tokenize` would one by one.
    init(entries: [GazetteerEntry], tokenizeAll: ([String]) -> (tokens: [Token], bounds: [Int]), vocabulary: inout Vocabulary) {
        self.entries = entries
        let (allTokens, bounds) = tokenizeAll(entries.flatMap(\.aliases))
        var aliasIndex = 0
        var tokens: [Token] = []
        var ids: [Int32] = []
        for (index, entry) in entries.enumerated() {
            for alias in entry.aliases {
                tokens.removeAll(keepingCapacity: true)
                for t in bounds[aliasIndex]..<bounds[aliasIndex + 1] where Self.isMatchable(allTokens[t]) { tokens.append(allTokens[t]) }
                aliasIndex += 1
                guard !tokens.isEmpty else { continue }
                // The forms as written are needed only to test for an acronym or to match exactly.
                let needsForms = entry.matching == .exact || (entry.matching == nil && tokens.count == 1)
                let units = needsForms ? Array(alias.utf16) : []
                let forms = needsForms ? tokens.map { Self.exactForm(units[$0.range]) } : []
                let exact = entry.matching == .exact
                    || (entry.matching == nil && tokens.count == 1 && Self.isShortAcronym(forms[0]))
                ids.removeAll(keepingCapacity: true)
                for token in tokens { ids.append(vocabulary.intern(token.key)) }
                let node = trie.insert(ids)
                while firstRef.count < Int(trie.nodeCount) {
                    firstRef.append(-1)
                    lastRef.append(-1)
                }
                let ref = Int32(refs.count)
                refs.append(AliasRef(
                    entry: Int32(index), exactForms: exact ? forms : nil,
                    capitalized: alias.unicodeScalars.contains { $0.isASCII ? (0x41...0x5A).contains($0.value) : $0.properties.isUppercase },
                    tokenCount: Int32(tokens.count)))
                if lastRef[Int(node)] >= 0 { refs[Int(lastRef[Int(node)])].next = ref } else { firstRef[Int(node)] = ref }
                lastRef[Int(node)] = ref
            }
        }
    }

    /// Hyphens and dashes are not part of the match: "Paris-Saclay" = "Paris Saclay".
    static func isMatchable(_ token: Token) -> Bool {
        !(token.kind == .punctuation && token.key == "-")
    }

    /// Short all-caps acronyms ("DOE", "CEA", "NASA") match case-sensitively unless told otherwise.
    static func isShortAcronym(_ form: String) -> Bool {
        let letters = form.unicodeScalars.filter { $0.properties.isAlphabetic }
        return (2...5).contains(letters.count) && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// A token as written, with typographic variants unified (for case-sensitive comparison).
    static func exactForm(_ text: String, _ token: Token) -> String {
        exactForm(Array(text.utf16)[token.range])
    }

    static func exactForm(_ units: ArraySlice<UInt16>) -> String {
        var scalars = String.UnicodeScalarView()
        for s in String(decoding: units, as: UTF16.self).unicodeScalars {
            scalars.append(Folding.typographic(s) ?? s)
        }
        return String(scalars)
    }

    /// The longest valid match starting at each token, within sentences, as token ranges and entry indices.
    func matches(in text: TextAnalysis) -> [(tokens: Range<Int>, entry: Int)] {
        // -2 marks tokens the match skips (hyphens); tokens an alias cannot start with (most
        // of them) cost one bit test.
        var ids = [Int32](repeating: -1, count: text.tokens.count)
        for i in text.tokens.indices {
            if text.tokens[i].kind == .punctuation && text.tokens[i].key == "-" { ids[i] = -2 }  // not matchable
            else if text.tokens[i].id >= 0 { ids[i] = text.tokens[i].id }
        }
        var found: [(tokens: Range<Int>, entry: Int)] = []
        for sentence in text.sentences {
            for start in sentence where ids[start] >= 0 && trie.canStart(ids[start]) {
                var node: Int32 = 0
                var best: (end: Int, entry: Int32)?
                var j = start
                while j < sentence.upperBound {
                    let id = ids[j]
                    if id == -2 { j += 1; continue }
                    guard id >= 0, let next = trie.next(node, id) else { break }
                    node = next
                    var r = firstRef[Int(node)]
                    while r >= 0 {
                        if accepts(refs[Int(r)], start...j, text) { best = (j, refs[Int(r)].entry); break }
                        r = refs[Int(r)].next
                    }
                    j += 1
                }
                if let best, !Self.isPartOfAcronymCompound(start..<(best.end + 1), text) {
                    found.append((start..<(best.end + 1), Int(best.entry)))
                }
            }
        }
        return found
    }

    /// "AP" and "HP" in "AP-HP": an acronym joined by hyphens to another is part of a longer one.
    static func isPartOfAcronymCompound(_ range: Range<Int>, _ text: TextAnalysis) -> Bool {
        guard range.count == 1, text.tokens[range.lowerBound].shape == .upper else { return false }
        let i = range.lowerBound
        func isAcronymHyphen(_ hyphen: Int, _ other: Int) -> Bool {
            other >= 0 && other < text.tokens.count && text.tokens[hyphen].key == "-" && text.tokens[other].shape == .upper
                && text.isGlued(min(i, other)) && text.isGlued(min(i, other) + 1)
        }
        return isAcronymHyphen(i + 1, i + 2) || isAcronymHyphen(i - 1, i - 2)
    }

    private func accepts(_ ref: AliasRef, _ range: ClosedRange<Int>, _ text: TextAnalysis) -> Bool {
        if let language = entries[Int(ref.entry)].language, language != text.language { return false }
        if let forms = ref.exactForms {
            let tokens = text.tokens[range].filter(Self.isMatchable)
            guard forms.count == tokens.count else { return false }
            for (form, token) in zip(forms, tokens) where Self.exactForm(text.utf16[token.range]) != form {
                return false
            }
        } else if ref.capitalized {
            // Rejected when every matchable token is lowercase or not a word.
            for i in range where !(text.tokens[i].kind == .punctuation && text.tokens[i].key == "-") {
                if text.tokens[i].shape != .lower && text.tokens[i].kind == .word { return true }
            }
            return false
        }
        return true
    }
}
