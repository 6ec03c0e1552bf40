import Foundation
import Testing
@testable import Gazette

@Suite("JSON writer")
struct JSONWriterTests {
    func written(_ value: String) -> String {
        var json = JSONWriter()
        json.string(value)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    @Test("Strings are escaped as JSON requires; non-ASCII stays UTF-8", arguments: [
        ("plain", #""plain""#),
        ("say \"hi\"", #""say \"hi\"""#),
        ("back\\slash", #""back\\slash""#),
        ("a\nb\rc\td", #""a\nb\rc\td""#),
        ("\u{01}\u{1F}\u{7F}", #""\u0001\u001f\u007f""#),
        ("Énergie — « ok » 😀", "\"Énergie — « ok » 😀\""),
        ("line\u{2028}para\u{2029}", #""line\u2028para\u2029""#),
        ("€ and ₂", "\"€ and ₂\""),
    ])
    func escaping(_ input: String, _ expected: String) throws {
        let output = written(input)
        #expect(output == expected)
        // And it reads back to the same string.
        let back = try JSONSerialization.jsonObject(with: Data(output.utf8), options: .fragmentsAllowed) as? String
        #expect(back == input)
    }

    @Test("Decimals are written in plain notation, exactly")
    func decimals() {
        #expect(JSONWriter.plain(Decimal(string: "1500000000")!) == "1500000000")
        #expect(JSONWriter.plain(Decimal(string: "4.7")!) == "4.7")
        #expect(JSONWriter.plain(Decimal(string: "0.43")!) == "0.43")
        #expect(JSONWriter.plain(Decimal(string: "1e21")!) == "1000000000000000000000")
    }

    @Test("Decimals scaled by a magnitude print the same as the value written out",
          arguments: [("1.5", 9, "1500000000"), ("4.7", 9, "4700000000"), ("12.50", 0, "12.5"), ("0.43", 0, "0.43"),
                      ("0.05", 0, "0.05"), ("320", 6, "320000000"), ("1.25", 1, "12.5"), ("7", 12, "7000000000000"),
                      ("10372", 7, "103720000000"), ("0", 9, "0"), ("99999999999999999999", 3, "99999999999999999999000")])
    func scaledDecimals(written: String, power: Int, expected: String) {
        let value = Decimal(string: written)!.scaled(byPowerOfTen: power)
        #expect(JSONWriter.plain(value) == expected)
        #expect(value == Decimal(string: expected)!)
        var json = JSONWriter()
        json.decimal(value)
        #expect(String(decoding: json.bytes, as: UTF8.self) == expected)
    }

    @Test("Scores print as Swift's shortest form does", arguments: [0.95, 0.9, 0.875, 0.5, 0.05, 0.001, 1.0, 0.0,
                                                                    -2.5, 12.345, 0.1 + 0.2, 1.0 / 3.0, 0.9999, 1e-7])
    func scores(value: Double) throws {
        var json = JSONWriter()
        json.doubleValue(value)
        #expect(String(decoding: json.bytes, as: UTF8.self) == (value == value.rounded() ? "\(Int(value))" : value.description))
    }

    @Test("Integers print as their description does", arguments: [0, 7, 9, 10, 99, 100, 1234567, -1, -10, -987, Int.max, Int.min])
    func integers(_ value: Int) {
        var json = JSONWriter()
        json.int(value)
        #expect(String(decoding: json.bytes, as: UTF8.self) == String(value))
    }

    @Test("Objects and arrays get their commas")
    func structure() {
        var json = JSONWriter()
        json.beginObject()
        json.key("a"); json.int(1)
        json.key("b"); json.beginArray(); json.int(2); json.string("x"); json.endArray()
        json.key("c"); json.double(0.98)
        json.endObject()
        #expect(String(decoding: json.bytes, as: UTF8.self) == #"{"a":1,"b":[2,"x"],"c":0.98}"#)
    }

    @Test("A character to escape is found at any place in a string, short or long (strings are read eight bytes at a time)",
          arguments: [("\"", #"\""#), ("\\", #"\\"#), ("\n", #"\n"#), ("\u{01}", #"\u0001"#), ("\u{1F}", #"\u001f"#),
                      ("\u{7F}", #"\u007f"#), ("\u{2028}", #"\u2028"#)])
    func escapeAnywhere(_ special: String, _ escaped: String) {
        for position in 0...20 {
            let before = String(repeating: "a", count: position), after = String(repeating: "é", count: 20 - position)
            #expect(written(before + special + after) == "\"" + before + escaped + after + "\"", "at \(position)")
        }
        // In short strings too (under eight bytes, read as one padded word), at every place.
        for length in 1...9 {
            for position in 0..<length {
                let before = String(repeating: "a", count: position), after = String(repeating: "b", count: length - 1 - position)
                #expect(written(before + special + after) == "\"" + before + escaped + after + "\"", "length \(length), at \(position)")
            }
        }
        // Bytes next to the special ones in value are left alone: space, "!", "#", "[", "]", "~", "â", "ã".
        #expect(written(" !#[]~âã — ok") == "\" !#[]~âã — ok\"")
    }

    @Test("A line longer than the writer's scratch room, escapes throughout, reads back the same")
    func longLine() throws {
        // Every character here is escaped (6 bytes for \u0001), so the line needs far more room than its text.
        let text = String(repeating: "\u{01}\"\u{2028}x", count: 3_000)
        var json = JSONWriter()
        json.string("short")
        json.string(text)
        let output = String(decoding: json.bytes, as: UTF8.self)
        #expect(output.hasPrefix(#""short""#))
        let back = try JSONSerialization.jsonObject(with: Data(output.dropFirst(7).utf8), options: .fragmentsAllowed) as? String
        #expect(back == text)
    }
}
