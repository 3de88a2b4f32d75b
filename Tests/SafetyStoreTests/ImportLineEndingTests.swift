import StoreTestData
import Foundation
@testable import SafetyStore
import Testing

/// Files as Windows and old Mac tools write them: CRLF or CR line endings, a byte-order mark,
/// line breaks inside quoted fields. Errors still name the line a record starts on.
@Suite struct ImportLineEndingTests {
    struct Endings: CustomTestStringConvertible, Sendable {
        let record: String
        let field: String
        let byteOrderMark: Bool
        var testDescription: String { "\(record.debugDescription) between records, \(field.debugDescription) in fields\(byteOrderMark ? ", BOM" : "")" }
    }

    @Test(arguments: [
        Endings(record: "\n", field: "\n", byteOrderMark: false),
        Endings(record: "\r\n", field: "\r\n", byteOrderMark: false),
        Endings(record: "\r\n", field: "\n", byteOrderMark: true),
        Endings(record: "\r", field: "\r", byteOrderMark: false),
    ])
    func errorsNameTheLineTheRecordStartsOn(_ endings: Endings) throws {
        let f = try Fixture()
        try f.loadAll(except: ["hazards", "trainings", "inspections"])
        let rows = GeneratedRows(newline: endings.record, fieldNewline: endings.field)
        _ = try f.importer.importFiles([try f.write("g-enterprises.csv", rows.enterprises(120))])
        let text = rows.hazards(400, enterprises: 120, bad: [151, 398])
        let path = try f.write("g-hazards.csv", bytes: (endings.byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8))
        let failure = #expect(throws: ImportFailure.self) { try f.importer.importFiles([path]) }
        #expect(failure?.issues.map(\.line) == [GeneratedRows.hazardLine(151), GeneratedRows.hazardLine(398)])
        #expect(failure?.issues.map(\.column) == ["found_on", "found_on"])
    }

    /// `text` with "\r\n" between records and "\n" kept inside quoted fields, as Excel saves.
    private static func windows(_ text: String) -> String {
        var quoted = false
        return text.map { character in
            if character == "\"" { quoted.toggle() }
            return character == "\n" && !quoted ? "\r\n" : String(character)
        }.joined()
    }

    @Test func excelFilesLoadAsTheirUnixTwins() throws {
        let unix = try Fixture(), excel = try Fixture()
        try unix.loadAll()
        let files = [("jurisdictions", ContractData.jurisdictions), ("enterprises", ContractData.enterprises), ("hazards", ContractData.hazards),
                     ("trainings", ContractData.trainings), ("inspections", ContractData.inspections)]
        _ = try excel.importer.importFiles(try files.map {
            try excel.write("\($0.0).csv", bytes: [0xEF, 0xBB, 0xBF] + Array(Self.windows($0.1).utf8))
        })
        var unixRows = try StoredState(unix.database).rows, excelRows = try StoredState(excel.database).rows
        // The audit names the files, which are in different folders.
        unixRows["audit"] = nil
        excelRows["audit"] = nil
        #expect(unixRows == excelRows)
        #expect(unixRows["hazard"]?.contains { $0.contains("\"有限空间作业未审批,\\n无监护人\"") } == true)
    }
}
