import Foundation
import Testing
import TestSupport
@testable import Gazette

@Suite("Gold reader: paths and formats")
struct GoldReaderTests {
    @Test("The format comes from the extension, else from the first line")
    func detection() throws {
        let dir = try temporaryDirectory()
        func write(_ name: String, _ text: String) throws -> String {
            let url = dir.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            return url.path
        }
        #expect(try GoldReader.format(ofFile: write("a.jsonl", "")) == .jsonLines)
        #expect(try GoldReader.format(ofFile: write("a.json", "")) == .jsonLines)
        #expect(try GoldReader.format(ofFile: write("a.conll", "")) == .conll)
        #expect(try GoldReader.format(ofFile: write("a.iob", "")) == .conll)
        #expect(try GoldReader.format(ofFile: write("a.bio", "")) == .conll)
        #expect(try GoldReader.format(ofFile: write("a.ann", "")) == .brat)
        #expect(try GoldReader.format(ofFile: write("cols.txt", "\nOpenAI\tB-ORG\n")) == .conll)
        #expect(try GoldReader.format(ofFile: write("gold", #"{"text":"x","entities":[]}"#)) == .jsonLines)
        let prose = try write("prose.txt", "OpenAI\n")
        #expect(dataError { _ = try GoldReader.format(ofFile: prose) }?.message.hasPrefix("cannot tell the gold format") == true)
    }

    @Test("A directory of gold files is read whole, in sorted path order, skipping hidden and other files")
    func directory() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data(#"{"id":"b","text":"x","entities":[]}"#.utf8).write(to: dir.appendingPathComponent("b.jsonl"))
        try Data(#"{"id":"a","text":"x","entities":[]}"#.utf8).write(to: dir.appendingPathComponent("a.jsonl"))
        try Data("OpenAI B-ORG\n".utf8).write(to: dir.appendingPathComponent("sub/c.conll"))
        try Data("junk".utf8).write(to: dir.appendingPathComponent(".hidden.jsonl"))
        try Data("# Notes".utf8).write(to: dir.appendingPathComponent("README.md"))
        #expect(try GoldReader.read(dir.path).documents.map(\.id) == ["a", "b", "c"])
    }

    @Test("A missing path, or a directory without gold files, is not found (exit 66)")
    func notFound() throws {
        let error = dataError { _ = try GoldReader.read("/nonexistent/gold") }
        #expect(error == EvaluationDataError(.notFound, file: "/nonexistent/gold", line: 0, message: "no such file or directory"))
        let empty = try temporaryDirectory()
        #expect(dataError { _ = try GoldReader.read(empty.path) }?.kind == .notFound)
    }

    @Test("A leading BOM is dropped and CRLF line endings are read")
    func bomAndCRLF() throws {
        let url = try temporaryDirectory().appendingPathComponent("g.jsonl")
        let line = #"{"id":"a","text":"OpenAI","entities":[{"start":0,"end":6,"type":"ORG"}]}"#
        try Data([0xEF, 0xBB, 0xBF] + Array((line + "\r\n" + line.replacingOccurrences(of: "\"a\"", with: "\"b\"") + "\r\n").utf8)).write(to: url)
        #expect(try GoldReader.read(url.path).documents.map(\.id) == ["a", "b"])
    }
}
