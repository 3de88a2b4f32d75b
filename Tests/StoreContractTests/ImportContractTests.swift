import StoreTestData
import Foundation
import SafetyCore
import SafetyStore
import Testing

/// Import is all or nothing: a valid set loads every row; a set with one bad row anywhere in
/// any file is refused with the row's place, and the store is exactly as it was.
struct ImportContractTests {
    @Test(arguments: StoreBackend.all)
    func aValidSetLoadsEveryRow(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend, loaded: false)
        #expect(try fixture.store.isEmpty())
        let summary = try fixture.importFiles(ContractData.files)
        let expected = ContractData.counts
        #expect(summary.files.map(\.kind) == [.jurisdictions, .enterprises, .hazards, .trainings, .inspections])
        #expect(summary.files.map(\.rows) == [expected.jurisdictions, expected.enterprises, expected.hazards,
                                              expected.trainings, expected.inspections])
        #expect(try fixture.store.recordCounts() == RecordCounts(
            jurisdictions: expected.jurisdictions, enterprises: expected.enterprises, hazards: expected.hazards,
            trainings: expected.trainings, inspections: expected.inspections))
        #expect(try !fixture.store.isEmpty())
        #expect(try fixture.allHazards().map(\.id).sorted() == ["H1", "H2", "H3", "H4"])
        // Quoted commas and line breaks are kept as written.
        #expect(try fixture.store.enterprise("E2")?.name == "荔城区某鞋业有限公司, 二厂")
        #expect(try fixture.store.trackedHazard("H2").hazard.description == "有限空间作业未审批,\n无监护人")
    }

    /// One bad row, late in one file of a set whose other files are good.
    struct BadRow: CustomTestStringConvertible, Sendable {
        let name: String
        /// Which file of the set is broken (its name in `set`).
        let file: String
        let original: String
        let broken: String
        let line: Int
        let column: String
        var testDescription: String { name }
    }

    /// A set loaded on top of jurisdictions and enterprises: a new enterprise and the hazards,
    /// trainings and inspections (one hazard at the new enterprise, so the files depend on
    /// each other within the set).
    static let set: [(name: String, text: String)] = [
        ("more-enterprises.csv", """
            id,name,county,town,industry,scale,key_supervised,risk_level,risk_assessed_on
            E4,黄石镇某家具厂,荔城区,黄石镇,家具,below,false,yellow,2025-04-01
            E5,东都镇某化工厂,新泰市,东都镇,化工,above,true,red,2025-04-02

            """),
        ("hazards.csv", ContractData.hazards + "H5,E4,荔城区,2025-06-20,grid_member,general,喷漆房无排风,open,,,,,,,\n"),
        ("trainings.csv", ContractData.trainings),
        ("inspections.csv", ContractData.inspections),
    ]

    static let badRows: [BadRow] = [
        BadRow(name: "wrong enum", file: "hazards.csv", original: "瓦斯监测失效,closed", broken: "瓦斯监测失效,done",
               line: 6, column: "status"),
        BadRow(name: "bad date", file: "trainings.csv", original: "T3,新泰市,2025-03-01", broken: "T3,新泰市,2025/3/1",
               line: 4, column: "held_on"),
        BadRow(name: "unknown enterprise reference", file: "inspections.csv", original: "I3,新泰市,E3", broken: "I3,新泰市,E9",
               line: 4, column: "enterprise_id"),
        BadRow(name: "reference to an enterprise of another county", file: "hazards.csv",
               original: "H5,E4,荔城区", broken: "H5,E5,荔城区", line: 7, column: "county"),
        BadRow(name: "duplicate id within the file", file: "hazards.csv", original: "H5,E4", broken: "H3,E4",
               line: 7, column: "id"),
        BadRow(name: "duplicate id of a stored record", file: "more-enterprises.csv", original: "E5,东都镇某化工厂",
               broken: "E1,东都镇某化工厂", line: 3, column: "id"),
        BadRow(name: "lifecycle: closed before rectified", file: "hazards.csv", original: "2025-02-18,2025-02-25",
               broken: "2025-02-26,2025-02-25", line: 6, column: "closed_on"),
    ]

    @Test(arguments: StoreBackend.all, badRows)
    func aSetWithOneBadRowIsRefusedWhole(backend: StoreBackend, bad: BadRow) throws {
        let fixture = try StoreFixture(backend, loaded: false)
        try fixture.importFiles(Array(ContractData.files.prefix(2)))
        let before = try fixture.state()
        let files = Self.set.map { file in
            guard file.name == bad.file else { return file }
            #expect(file.text.contains(bad.original), "the case must break a row that is there")
            return (name: file.name, text: file.text.replacingOccurrences(of: bad.original, with: bad.broken))
        }

        #expect {
            try fixture.importFiles(files)
        } throws: { error in
            guard let failure = error as? ImportFailure, let issue = failure.issues.first else { return false }
            return issue.file == fixture.scratch.appendingPathComponent(bad.file).path && issue.line == bad.line
                && issue.column == bad.column && !issue.message.isEmpty
        }
        #expect(try fixture.state() == before, "a refused import changes nothing")

        // Nothing was kept half-way (no id taken, no figure counted): the good set loads after.
        try fixture.importFiles(Self.set)
        #expect(try fixture.store.recordCounts() == RecordCounts(
            jurisdictions: ContractData.counts.jurisdictions, enterprises: ContractData.counts.enterprises + 2,
            hazards: ContractData.counts.hazards + 1, trainings: ContractData.counts.trainings,
            inspections: ContractData.counts.inspections))
    }

    @Test(arguments: StoreBackend.all)
    func aSetThatRepeatsStoredRecordsIsRefusedWhole(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let before = try fixture.state()
        #expect(throws: ImportFailure.self) { try fixture.importFiles(Array(ContractData.files.dropFirst())) }
        #expect(try fixture.state() == before)
    }
}
