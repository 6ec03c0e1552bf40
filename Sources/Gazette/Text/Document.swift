/// One input text with its identity, kept exactly as decoded: every offset Gazette reports
/// points into `text`, whatever normalization was used for matching.
public struct Document: Sendable {
    public var id: String
    public var text: String
    /// The text as UTF-16 code units, the unit ICU works in; internal offsets are indices here.
    let utf16: [UInt16]

    public init(id: String = "-", text: String) {
        self.id = id
        self.text = text
        self.utf16 = Array(text.utf16)
    }

    /// The original text between two UTF-16 offsets.
    func slice(_ range: Range<Int>) -> String {
        String(utf16Units: utf16[range])
    }
}
