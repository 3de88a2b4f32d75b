import Foundation
@testable import SafetyStore
import Testing

/// The streaming reader against what was written: fields and the line each record starts on,
/// with records cut anywhere by the reader's chunks.
@Suite struct CSVRecordReaderTests {
    /// A small deterministic generator, so a failing seed can be replayed.
    struct Draw {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    /// Records of random fields (commas, quotes, line breaks of every kind, CJK text), written
    /// as RFC 4180 with `newline` between records and blank lines now and then; with the line
    /// each record starts on.
    static func written(records: Int, newline: String, seed: UInt64) -> (text: String, expected: [(line: Int, fields: [String])]) {
        var draw = Draw(state: seed)
        let pieces = ["隐患", "a", ",", "\"", "\n", "\r\n", "\r", " ", "x1", "整改"]
        var text = "", line = 1
        var expected: [(line: Int, fields: [String])] = []
        func lineBreaks(_ s: String) -> Int {
            // LF, CRLF and a lone CR, each one break (Swift counts "\r\n" as one Character).
            s.reduce(0) { $0 + ($1 == "\n" || $1 == "\r" || $1 == "\r\n" ? 1 : 0) }
        }
        for _ in 0..<records {
            if draw.next(20) == 0 {
                text += newline
                line += 1
            }
            let fields = (0..<(1 + draw.next(6))).map { _ in (0..<draw.next(12)).map { _ in pieces[draw.next(pieces.count)] }.joined() }
            // A record of one empty field is a blank line, which is skipped: never write one.
            let record = fields == [""] ? ["-"] : fields
            let encoded = record.map { field in
                field.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) })
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }
            expected.append((line, record))
            let body = encoded.joined(separator: ",")
            text += body + newline
            line += 1 + lineBreaks(body)
        }
        return (text, expected)
    }

    private func read(_ bytes: [UInt8], chunkSize: Int = CSVRecordReader.chunkSize,
                      maximumRecordBytes: Int = 64 << 20) throws -> [(line: Int, fields: [String])] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sb-reader-\(UUID().uuidString).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = CSVRecordReader(file: path, source: try FileBytes(path: path), chunkSize: chunkSize,
                                     maximumRecordBytes: maximumRecordBytes)
        var records: [(line: Int, fields: [String])] = []
        while try reader.next() { records.append((reader.line, reader.fields)) }
        return records
    }

    @Test(arguments: ["\n", "\r\n", "\r"], [3, 64, 4_099])
    func fieldsAndLinesSurviveChunkBoundaries(newline: String, chunkSize: Int) throws {
        // Small chunks end inside quoted fields, between a quote and its double, between CR
        // and LF, inside a UTF-8 sequence: everywhere, many times over.
        let (text, expected) = Self.written(records: 3_000, newline: newline, seed: UInt64(chunkSize))
        let records = try read(Array(text.utf8), chunkSize: chunkSize)
        #expect(records.count == expected.count)
        let firstWrong = zip(records, expected).first { $0.line != $1.line || $0.fields != $1.fields }
        #expect(firstWrong == nil, "first wrong record: \(String(describing: firstWrong))")
    }

    @Test func aFileOfManyChunksReadsWhole() throws {
        let (text, expected) = Self.written(records: 60_000, newline: "\r\n", seed: 7)
        #expect(text.utf8.count > 3 * CSVRecordReader.chunkSize)
        let records = try read(Array(text.utf8))
        #expect(records.map(\.line) == expected.map(\.line))
        #expect(records.map(\.fields) == expected.map(\.fields))
    }

    @Test func aByteOrderMarkIsSkippedAndTheLastRecordNeedsNoNewline() throws {
        let records = try read([0xEF, 0xBB, 0xBF] + Array("id,name\r\n\r\n1,\"甲\r\n乙\"\r\n2,丙".utf8))
        #expect(records.map(\.line) == [1, 3, 5])
        #expect(records.map(\.fields) == [["id", "name"], ["1", "甲\r\n乙"], ["2", "丙"]])
    }

    @Test func anUnclosedQuoteIsNamedAtTheLineItOpens() throws {
        let issue = #expect(throws: ImportIssue.self) { try read(Array("a,b\n1,2\n3,\"open\n4,5\n".utf8)) }
        #expect(issue?.line == 3)
        #expect(issue?.message == "a quoted field that opens in this record is never closed; add the closing quote (\")")
    }

    @Test func aRecordLongerThanTheLimitIsRefusedWithoutReadingOn() throws {
        // An unclosed quote at the top of a file larger than the limit.
        let bytes = Array("a,b\n1,\"".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 3 << 20)
        let issue = #expect(throws: ImportIssue.self) { try read(bytes, maximumRecordBytes: 2 << 20) }
        #expect(issue?.line == 2)
        #expect(issue?.message.hasPrefix("this record runs on for more than 2 MB") == true)
    }
}
