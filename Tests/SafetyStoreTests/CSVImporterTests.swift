import StoreTestData
import Foundation
import GRDB
import SafetyCore
@testable import SafetyStore
import Testing

@Suite struct CSVImporterTests {
    @Test func goodFilesLoadWithEveryRowAndAnAuditEntryPerFile() throws {
        let f = try Fixture()
        try f.loadAll()
        let counts = try f.database.pool.read { db in
            try ["jurisdiction", "enterprise", "hazard", "training", "inspection", "audit WHERE entity = 'import'"].map {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)")!
            }
        }
        #expect(counts == [10, 3, 4, 3, 3, 5])
    }

    @Test func quotedCommasAndNewlinesAreKeptAndLaterLinesNumberedRight() throws {
        let f = try Fixture()
        try f.loadAll()
        let (name, description) = try f.database.pool.read { db in
            (try String.fetchOne(db, sql: "SELECT name FROM enterprise WHERE id = 'E2'")!,
             try String.fetchOne(db, sql: "SELECT description FROM hazard WHERE id = 'H2'")!)
        }
        #expect(name == "荔城区某鞋业有限公司, 二厂")
        #expect(description == "有限空间作业未审批,\n无监护人")

        // H2 spans lines 3–4, so the record after it starts on line 5.
        let bad = ContractData.hazards.replacingOccurrences(of: "H3,E2,荔城区,2025-06-01", with: "H3,E2,荔城区,2025-13-01")
        let g = try Fixture()
        _ = try g.importer.importFiles([g.write("j.csv", ContractData.jurisdictions), g.write("e.csv", ContractData.enterprises)])
        #expect(throws: ImportFailure(issues: [ImportIssue(file: try g.write("h.csv", bad), line: 5, column: "found_on",
            message: "'2025-13-01' is not a date; write it as YYYY-MM-DD (e.g. 2025-06-11)")])) {
            try g.importer.importFiles([try g.write("h.csv", bad)])
        }
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let f = try Fixture()
        let path = try f.write("jurisdictions.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(ContractData.jurisdictions.utf8))
        let summary = try f.importer.importFiles([path])
        #expect(summary.files.map(\.rows) == [10])
        #expect(try f.database.pool.read { db in try String.fetchOne(db, sql: "SELECT code FROM jurisdiction ORDER BY code LIMIT 1") } == "350000")
    }

    @Test func gb18030FilesAreDecodedAndSaidSo() throws {
        let f = try Fixture()
        // "code,name,level,parent_code\n350000,福建省,province,\n" in GB18030.
        let gbk: [UInt8] = Array("code,name,level,parent_code\n350000,".utf8) + [0xB8, 0xA3, 0xBD, 0xA8, 0xCA, 0xA1] + Array(",province,\n".utf8)
        let summary = try f.importer.importFiles([try f.write("gbk.csv", bytes: gbk)])
        #expect(summary.files.first?.encoding == "GB18030")
        #expect(try f.database.pool.read { db in try String.fetchOne(db, sql: "SELECT name FROM jurisdiction") } == "福建省")
    }

    /// A bad file and the one issue it must produce; the database must be left as it was.
    struct BadCase: CustomTestStringConvertible, Sendable {
        let name: String
        let kind: String
        let text: String
        let line: Int
        let column: String
        let message: String
        var testDescription: String { name }
    }

    static let badCases: [BadCase] = [
        BadCase(name: "wrong header", kind: "hazards",
                text: "id,enterprise_id,county,found_on\nH9,E1,荔城区,2025-06-01\n", line: 1, column: "",
                message: "header is not one of the data contract's files; closest is hazards.csv, which also needs: source, grade, description, status, responsible, deadline, rectified_on, closed_on, listed_on, delisted_on"),
        BadCase(name: "bad date", kind: "hazards",
                text: ContractData.hazards.replacingOccurrences(of: "2025-06-01,employee_report", with: "2025/6/1,employee_report"),
                line: 5, column: "found_on", message: "'2025/6/1' is not a date; write it as YYYY-MM-DD (e.g. 2025-06-11)"),
        BadCase(name: "bad enum", kind: "hazards",
                text: ContractData.hazards.replacingOccurrences(of: "inspection,general", with: "inspection,Major"),
                line: 2, column: "grade", message: "'Major' is not one of general, major"),
        BadCase(name: "duplicate id", kind: "trainings",
                text: ContractData.trainings + "T1,荔城区,2025-05-11,training,worker,offline,1,30,复训,0\n",
                line: 5, column: "id", message: "'T1' is already in the database or earlier in this import"),
        BadCase(name: "unknown enterprise", kind: "hazards",
                text: ContractData.hazards.replacingOccurrences(of: "H3,E2,", with: "H3,E9,"),
                line: 5, column: "enterprise_id", message: "'E9' is not an enterprise in the database or in this import's enterprises.csv"),
        BadCase(name: "unknown county", kind: "trainings",
                text: ContractData.trainings.replacingOccurrences(of: "T3,新泰市", with: "T3,新太市"),
                line: 4, column: "county", message: "'新太市' is not a county or prefecture in jurisdictions.csv; import that first, or correct the name"),
        BadCase(name: "enterprise in another county", kind: "hazards",
                text: ContractData.hazards.replacingOccurrences(of: "H4,E3,新泰市", with: "H4,E3,荔城区"),
                line: 6, column: "county", message: "'荔城区' does not match enterprise E3, which is in 新泰市"),
        BadCase(name: "lifecycle: closed without rectified_on", kind: "hazards",
                text: ContractData.hazards.replacingOccurrences(of: "2025-03-20,2025-03-10,2025-03-15", with: "2025-03-20,,2025-03-15"),
                line: 2, column: "rectified_on", message: "a closed hazard needs rectified_on — give the day it was rectified"),
        BadCase(name: "unclosed quote", kind: "trainings",
                text: "id,county,held_on,kind,audience,mode,sessions,person_times,topic\nT7,荔城区,2025-05-10,training,worker,offline,1,10,\"未闭合\n",
                line: 2, column: "", message: "a quoted field that opens in this record is never closed; add the closing quote (\")"),
        BadCase(name: "empty file", kind: "trainings", text: "", line: 0, column: "",
                message: "the file is empty; expected a header row and records"),
    ]

    @Test(arguments: badCases)
    func badFileIsRefusedWithItsPlaceAndChangesNothing(_ bad: BadCase) throws {
        let f = try Fixture()
        try f.loadAll(except: [bad.kind])
        let before = try f.contents()
        let path = try f.write("\(bad.kind)-bad.csv", bad.text)
        do {
            _ = try f.importer.importFiles([path])
            Issue.record("the import of a bad file succeeded")
        } catch let failure as ImportFailure {
            let first = try #require(failure.issues.first)
            #expect(first.file == path)
            #expect(first.line == bad.line)
            #expect(first.column == bad.column)
            #expect(first.message == bad.message)
            #expect(failure.description.hasSuffix("nothing was imported: fix the file(s) and run the import again"))
        }
        #expect(try f.contents() == before)
    }

    @Test func oneBadFileRollsBackTheGoodFilesOfTheSameCall() throws {
        let f = try Fixture()
        let before = try f.contents()
        let badHazards = ContractData.hazards.replacingOccurrences(of: "open,,,", with: "opened,,,")
        #expect(throws: ImportFailure.self) {
            try f.importer.importFiles([
                f.write("jurisdictions.csv", ContractData.jurisdictions), f.write("enterprises.csv", ContractData.enterprises),
                f.write("hazards.csv", badHazards),
            ])
        }
        #expect(try f.contents() == before)
    }
}
