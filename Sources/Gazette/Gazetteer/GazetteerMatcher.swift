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
    }

    private(set) var entries: [GazetteerEntry] = []
    private var edges = EdgeTable()
    /// The aliases ending at each node.
    private var terminals: [[AliasRef]] = [[]]
    private var nodeCount: Int32 = 1
    /// A bit for every token id an alias can start with.
    private var firsts: [UInt64] = []

    var aliasCount: Int { terminals.reduce(0) { $0 + $1.count } }

    /// Compiles `entries`; an entry earlier in the list wins an alias shared with a later one.
    /// Alias tokens are numbered in `vocabulary`, the one documents are interned with.
    /// `tokenizeAll` tokenizes many aliases in one pass, as `tokenize` would one by one.
    init(entries: [GazetteerEntry], tokenizeAll: ([String]) -> [[Token]], vocabulary: inout Vocabulary) {
        self.entries = entries
        let allTokens = tokenizeAll(entries.flatMap(\.aliases))
        var aliasIndex = 0
        for (index, entry) in entries.enumerated() {
            for alias in entry.aliases {
                let tokens = allTokens[aliasIndex].filter(Self.isMatchable)
                aliasIndex += 1
                guard !tokens.isEmpty else { continue }
                // The forms as written are needed only to test for an acronym or to match exactly.
                let needsForms = entry.matching == .exact || (entry.matching == nil && tokens.count == 1)
                let units = needsForms ? Array(alias.utf16) : []
                let forms = needsForms ? tokens.map { Self.exactForm(units[$0.range]) } : []
                let exact = entry.matching == .exact
                    || (entry.matching == nil && tokens.count == 1 && Self.isShortAcronym(forms[0]))
                var node: Int32 = 0
                for token in tokens {
                    let id = vocabulary.intern(token.key)
                    if node == 0 {
                        let word = Int(id) >> 6
                        if word >= firsts.count { firsts += [UInt64](repeating: 0, count: word - firsts.count + 1) }
                        firsts[word] |= 1 << UInt64(id & 63)
                    }
                    let edge = EdgeTable.edge(node, id)
                    if let next = edges[edge] {
                        node = next
                    } else {
                        edges.insert(edge, nodeCount)
                        node = nodeCount
                        nodeCount += 1
                        terminals.append([])
                    }
                }
                terminals[Int(node)].append(AliasRef(
                    entry: Int32(index), exactForms: exact ? forms : nil,
                    capitalized: alias.unicodeScalars.contains { $0.isASCII ? (0x41...0x5A).contains($0.value) : $0.properties.isUppercase },
                    tokenCount: Int32(tokens.count)))
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
            for start in sentence where ids[start] >= 0 && canStart(ids[start]) {
                var node: Int32 = 0
                var best: (end: Int, entry: Int32)?
                var j = start
                while j < sentence.upperBound {
                    let id = ids[j]
                    if id == -2 { j += 1; continue }
                    guard id >= 0, let next = edges[EdgeTable.edge(node, id)] else { break }
                    node = next
                    if !terminals[Int(node)].isEmpty, let ref = terminals[Int(node)].first(where: { accepts($0, start...j, text) }) {
                        best = (j, ref.entry)
                    }
                    j += 1
                }
                if let best {
                    found.append((start..<(best.end + 1), Int(best.entry)))
                }
            }
        }
        return found
    }

    @inline(__always)
    private func canStart(_ id: Int32) -> Bool {
        let word = Int(id) >> 6
        return word < firsts.count && firsts[word] & (1 << UInt64(id & 63)) != 0
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
