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
    private let vocabulary: Vocabulary
    /// Ids of the words of the current document that the vocabulary lacks.
    private var local: [String: Int32] = [:]

    /// `vocabulary` numbers the tokens of analyzed documents; the analyzer that compiles the
    /// lists has an empty one (its tokens are interned by the compiler).
    init(splitter: SentenceSplitter, guesser: LanguageGuesser, vocabulary: Vocabulary = Vocabulary()) throws(TextError) {
        self.words = try BreakIterator(.word, locale: "root")
        self.splitter = splitter
        self.guesser = guesser
        self.vocabulary = vocabulary
    }

    func analyze(_ document: Document, language: Language?) throws(TextError) -> TextAnalysis {
        var tokens = tokenize(document.utf16)
        intern(&tokens)
        let language = language ?? guessLanguage(tokens)
        let sentences = try splitSentences(document.utf16, tokens: &tokens, language: language)
        return TextAnalysis(document: document, language: language, tokens: tokens, sentences: sentences)
    }

    /// Tokens of a text, without sentences: used to compile list entries the way documents are read.
    func tokenize(_ utf16: [UInt16]) -> [Token] {
        tokenize(utf16, normalized: normalize(utf16))
    }

    func tokenize(_ string: String) -> [Token] { tokenize(Array(string.utf16)) }

    // The stages of `analyze`, apart for `StageProbe`.

    func normalize(_ utf16: [UInt16]) -> NormalizedText {
        NormalizedText(utf16, cache: &foldCache)
    }

    func tokenize(_ utf16: [UInt16], normalized: NormalizedText) -> [Token] {
        tokenizer.tokenize(utf16, normalized: normalized, breaker: words)
    }

    /// Gives every token its id: the vocabulary's, or a number after it shared by the
    /// document's tokens with the same key.
    func intern(_ tokens: inout [Token]) {
        local.removeAll(keepingCapacity: true)
        let base = vocabulary.count
        for i in tokens.indices {
            if let id = vocabulary.ids[tokens[i].key] {
                tokens[i].id = id
            } else if let id = local[tokens[i].key] {
                tokens[i].id = id
            } else {
                let id = base + Int32(local.count)
                local[tokens[i].key] = id
                tokens[i].id = id
            }
        }
    }

    func guessLanguage(_ tokens: [Token]) -> Language { guesser.guess(tokens) }

    func splitSentences(_ utf16: [UInt16], tokens: inout [Token], language: Language) throws(TextError) -> [Range<Int>] {
        let breaker: BreakIterator
        if let b = sentenceBreakers[language] {
            breaker = b
        } else {
            breaker = try BreakIterator(.sentence, locale: "\(language.rawValue)@ss=standard")
            sentenceBreakers[language] = breaker
        }
        return splitter.split(utf16, tokens: &tokens, breaker: breaker)
    }
}
