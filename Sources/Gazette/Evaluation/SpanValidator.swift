/// Checks spans against the text they point into.
struct SpanValidator {
    let scalars: [Unicode.Scalar]
    let file: String

    init(text: String, file: String) {
        self.scalars = Array(text.unicodeScalars)
        self.file = file
    }

    /// The span, once `0 ≤ start < end ≤ length` and its slice equals `surface` when given.
    /// Comparison is scalar by scalar: "é" and "e\u{301}" differ, as they do in offsets.
    func check(start: Int, end: Int, label: String, surface: String?, line: Int) throws(EvaluationDataError) -> GoldSpan {
        guard !label.isEmpty else {
            throw EvaluationDataError(file: file, line: line, message: "span \(start)-\(end) has an empty label")
        }
        guard 0 <= start, start < end, end <= scalars.count else {
            throw EvaluationDataError(file: file, line: line, message:
                "\(label) span \(start)-\(end) is out of bounds (need 0 ≤ start < end ≤ \(scalars.count), the text's length in Unicode scalars)")
        }
        if let surface, !surface.unicodeScalars.elementsEqual(scalars[start..<end]) {
            throw EvaluationDataError(file: file, line: line, message:
                "\(label) span \(start)-\(end) is \"\(slice(start, end))\" in the text, but its text says \"\(surface)\"")
        }
        return GoldSpan(start: start, end: end, label: label, line: line)
    }

    func slice(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
