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
    private var vocabulary: [String: Int32] = [:]
    private var edges: [UInt64: Int32] = [:]
    private var terminals: [Int32: [AliasRef]] = [:]
    private var nodeCount: Int32 = 1

    var aliasCount: Int { terminals.values.reduce(0) { $0 + $1.count } }

    /// Compiles `entries`; an entry earlier in the list wins an alias shared with a later one.
    init(entries: [GazetteerEntry], tokenize: (String) -> [Token]) {
        self.entries = entries
        for (index, entry) in entries.enumerated() {
            for alias in entry.aliases {
                let tokens = tokenize(alias).filter(Self.isMatchable)
                guard !tokens.isEmpty else { continue }
                let forms = tokens.map { Self.exactForm(alias, $0) }
                let exact = entry.matching == .exact
                    || (entry.matching == nil && tokens.count == 1 && Self.isShortAcronym(forms[0]))
                var node: Int32 = 0
                for token in tokens {
                    let id = intern(token.key)
                    let edge = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
                    if let next = edges[edge] {
                        node = next
                    } else {
                        edges[edge] = nodeCount
                        node = nodeCount
                        nodeCount += 1
                    }
                }
                terminals[node, default: []].append(AliasRef(
                    entry: Int32(index), exactForms: exact ? forms : nil,
                    capitalized: alias.unicodeScalars.contains { $0.properties.isUppercase },
                    tokenCount: Int32(tokens.count)))
            }
        }
    }

    private mutating func intern(_ key: String) -> Int32 {
        if let id = vocabulary[key] { return id }
        let id = Int32(vocabulary.count)
        vocabulary[key] = id
        return id
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

    /// The longest valid match starting at each token, within sentences.
    func matches(in text: TextAnalysis) -> [(tokens: Range<Int>, entry: GazetteerEntry)] {
        var ids = [Int32](repeating: -1, count: text.tokens.count)
        for (i, token) in text.tokens.enumerated() where Self.isMatchable(token) {
            ids[i] = vocabulary[token.key] ?? -1
        }
        var found: [(tokens: Range<Int>, entry: GazetteerEntry)] = []
        for sentence in text.sentences {
            for start in sentence where ids[start] >= 0 {
                var node: Int32 = 0
                var best: (end: Int, entry: Int32)?
                var j = start
                while j < sentence.upperBound {
                    let token = text.tokens[j]
                    if !Self.isMatchable(token) { j += 1; continue }
                    guard ids[j] >= 0 else { break }
                    let edge = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: ids[j]))
                    guard let next = edges[edge] else { break }
                    node = next
                    if let refs = terminals[node], let ref = refs.first(where: { accepts($0, start...j, text) }) {
                        best = (j, ref.entry)
                    }
                    j += 1
                }
                if let best {
                    found.append((start..<(best.end + 1), entries[Int(best.entry)]))
                }
            }
        }
        return found
    }

    private func accepts(_ ref: AliasRef, _ range: ClosedRange<Int>, _ text: TextAnalysis) -> Bool {
        let entry = entries[Int(ref.entry)]
        if let language = entry.language, language != text.language { return false }
        let tokens = text.tokens[range].filter(Self.isMatchable)
        if let forms = ref.exactForms {
            guard forms.count == tokens.count else { return false }
            for (form, token) in zip(forms, tokens) where Self.exactForm(text.utf16[token.range]) != form {
                return false
            }
        } else if ref.capitalized, tokens.allSatisfy({ $0.shape == .lower || $0.kind != .word }) {
            return false
        }
        return true
    }
}
