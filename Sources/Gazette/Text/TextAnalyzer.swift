/// Turns a document into a `TextAnalysis`: fold, tokenize, detect the language, split sentences.
///
/// Owns ICU break iterators and a fold cache, so one analyzer serves one thread at a time;
/// `Gazette` keeps a pool of them.
final class TextAnalyzer {
    private let words: BreakIterator
    private var sentenceBreakers: [Language: BreakIterator] = [:]
    private var foldCache: [UInt32: [UInt16]] = [:]
    private let splitter: SentenceSplitter
    private let guesser: LanguageGuesser
    private let tokenizer = Tokenizer()
    /// Numbers the tokens of analyzed documents; nil in the analyzer that compiles the lists.
    private var interner: TokenInterner?

    /// `vocabulary` numbers the tokens of analyzed documents; the analyzer that compiles the
    /// lists has an empty one (its tokens are interned by the compiler).
    init(splitter: SentenceSplitter, guesser: LanguageGuesser, vocabulary: (Vocabulary, KnownWords)? = nil) throws(TextError) {
        self.words = try BreakIterator(.word, locale: "root")
        self.splitter = splitter
        self.guesser = guesser
        self.interner = vocabulary.map { TokenInterner($0.0, known: $0.1) }
    }

    func analyze(_ document: Document, language: Language?) throws(TextError) -> TextAnalysis {
        var tokens = tokenize(document.utf16, normalized: normalize(document.utf16))
        let language = language ?? guessLanguage(tokens)
        let sentences = try splitSentences(document.utf16, tokens: &tokens, language: language)
        return TextAnalysis(document: document, language: language, tokens: tokens, sentences: sentences)
    }

    /// Tokens of a text, without sentences or ids: used to compile list entries the way documents are read.
    func tokenize(_ string: String) -> [Token] {
        let utf16 = Array(string.utf16)
        var none: TokenInterner? = nil
        return tokenizer.tokenize(utf16, normalized: normalize(utf16), breaker: words, interner: &none)
    }

    /// `tokenize(_:)` of many texts, in one pass over them joined by line feeds: word break
    /// never joins across a line feed, and folding is per scalar, so every text gets the tokens
    /// it would get alone, with offsets into itself. (The flags of a text's first token, which
    /// would see the line feed before it, are set as for the text alone.)
    func tokenize(all strings: [String]) -> [[Token]] {
        var utf16: [UInt16] = []
        var starts: [Int] = []
        starts.reserveCapacity(strings.count)
        for string in strings {
            starts.append(utf16.count)
            utf16 += string.utf16
            utf16.append(0x0A)
        }
        var none: TokenInterner? = nil
        let tokens = tokenizer.tokenize(utf16, normalized: normalize(utf16), breaker: words, interner: &none)
        var result = [[Token]](repeating: [], count: strings.count)
        var k = 0
        for var token in tokens {
            while k + 1 < starts.count, Int(token.start) >= starts[k + 1] { k += 1 }
            if result[k].isEmpty {
                // Alone, only what the text itself has before its first token counts.
                let before = utf16[starts[k]..<Int(token.start)]
                token.spaceBefore = !before.isEmpty
                token.lineBreakBefore = before.contains(where: Tokenizer.isLineBreak)
            }
            token.start -= Int32(starts[k])
            token.end -= Int32(starts[k])
            result[k].append(token)
        }
        return result
    }

    // The stages of `analyze`, apart for `StageProbe`.

    func normalize(_ utf16: [UInt16]) -> NormalizedText {
        NormalizedText(utf16, cache: &foldCache)
    }

    /// A document's tokens, with their ids.
    func tokenize(_ utf16: [UInt16], normalized: NormalizedText) -> [Token] {
        interner?.reset()
        return tokenizer.tokenize(utf16, normalized: normalized, breaker: words, interner: &interner)
    }

    func guessLanguage(_ tokens: [Token]) -> Language { guesser.guess(tokens) }

    func splitSentences(_ utf16: [UInt16], tokens: inout [Token], language: Language) throws(TextError) -> [Range<Int>] {
        let breaker: BreakIterator
        if let b = sentenceBreakers[language] {
            breaker = b
        } else {
            // Plain locale, no "@ss=standard": ICU's French suppressions also swallow real ends
            // ("… de TSMC. Le …"); the splitter's own abbreviation pass does that job.
            breaker = try BreakIterator(.sentence, locale: language.rawValue)
            sentenceBreakers[language] = breaker
        }
        return splitter.split(utf16, tokens: &tokens, breaker: breaker)
    }
}
