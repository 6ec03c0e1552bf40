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

    init(splitter: SentenceSplitter, guesser: LanguageGuesser) throws(TextError) {
        self.words = try BreakIterator(.word, locale: "root")
        self.splitter = splitter
        self.guesser = guesser
    }

    func analyze(_ document: Document, language: Language?) throws(TextError) -> TextAnalysis {
        var tokens = tokenize(document.utf16)
        let language = language ?? guesser.guess(tokens)
        let breaker: BreakIterator
        if let b = sentenceBreakers[language] {
            breaker = b
        } else {
            // Plain locale, no "@ss=standard": ICU's French suppressions also swallow real ends
            // ("… de TSMC. Le …"); the splitter's own abbreviation pass does that job.
            breaker = try BreakIterator(.sentence, locale: language.rawValue)
            sentenceBreakers[language] = breaker
        }
        let sentences = splitter.split(document.utf16, tokens: &tokens, breaker: breaker)
        return TextAnalysis(document: document, language: language, tokens: tokens, sentences: sentences)
    }

    /// Tokens of a text, without sentences: used to compile list entries the way documents are read.
    func tokenize(_ utf16: [UInt16]) -> [Token] {
        let normalized = NormalizedText(utf16, cache: &foldCache)
        return tokenizer.tokenize(utf16, normalized: normalized, breaker: words)
    }

    func tokenize(_ string: String) -> [Token] { tokenize(Array(string.utf16)) }
}
