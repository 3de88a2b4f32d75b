import StoreTestData
import Foundation
import SafetyCore
import SafetyStore
import Testing

/// `import --update`: an upstream export imported again changes the stored records through
/// the lifecycle, audited as `import`, leaves equal rows alone, and is still all or nothing.
struct ImportUpdateContractTests {
    static let header = "id,enterprise_id,county,found_on,source,grade,description,status,responsible,deadline,rectified_on,closed_on,listed_on,delisted_on,reward_yuan"
    static let h1 = "H1,E1,荔城区,2025-03-02,inspection,general,消防通道堵塞,closed,王工,2025-03-20,2025-03-10,2025-03-15,,,"
    /// H3, open in the fixture, assigned and rectified upstream.
    static let h3Rectified = "H3,E2,荔城区,2025-06-01,employee_report,general,电动车室内充电,rectified,张厂长,2025-06-20,2025-06-25,,,,200"
    static let h5New = "H5,E2,荔城区,2025-06-20,grid_member,general,喷漆房无排风,open,,,,,,,"
    /// H2 is rectifying: no lifecycle step takes it back to open.
    static let h2Open = "H2,E1,荔城区,2025-04-01,self_check,major,有限空间作业未审批,open,,,,,2025-04-05,,0"

    private func options(update: Bool) -> ImportOptions {
        ImportOptions(today: StoreFixture.today, stamp: StoreFixture.stamp, update: update)
    }

    @Test(arguments: StoreBackend.all)
    func newChangedAndUnchangedRowsAreAddedChangedAndSkipped(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let file = try fixture.write("export.csv", [Self.header, Self.h1, Self.h3Rectified, Self.h5New, ""].joined(separator: "\n"))
        let before = try fixture.store.trackedHazard("H3")
        let summary = try fixture.store.importFiles([file], options: options(update: true))
        #expect(summary.files.map { [$0.added, $0.updated, $0.unchanged] } == [[1, 1, 1]])

        let h3 = try fixture.store.trackedHazard("H3")
        #expect(h3.hazard.status == .rectified)
        #expect(h3.hazard.responsible == "张厂长")
        #expect(h3.hazard.rectifiedOn == Day(iso: "2025-06-25"))
        #expect(h3.revision == before.revision + 1)
        let audit = try #require(try fixture.store.hazardHistory("H3").last)
        #expect(audit.action == "import")
        #expect(audit.operatorName == StoreFixture.stamp.operatorName)
        #expect(audit.before?.contains(#""status":"open""#) == true, "\(audit.before ?? "")")
        #expect(audit.after?.contains(#""status":"rectified""#) == true, "\(audit.after ?? "")")
        #expect(try fixture.store.hazardHistory("H1").isEmpty, "an unchanged row writes nothing")
        #expect(try fixture.store.trackedHazard("H5").hazard.status == .open)
        // The figures follow: H3 now counts as rectified.
        let figures = try #require(try fixture.store.summaries(counties: ["荔城区"], asOf: StoreFixture.today).first)
        let recount = try fixture.store.summaryTableContents()
        try fixture.store.recountSummaries()
        #expect(try fixture.store.summaryTableContents() == recount, "the kept figures equal a recount")
        #expect(figures.hazards.rectified == 2)
    }

    @Test(arguments: StoreBackend.all)
    func anIllegalTransitionRefusesTheWholeImportWithItsLine(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let state = try fixture.state()
        let file = try fixture.write("export.csv", [Self.header, Self.h3Rectified, Self.h5New, Self.h2Open, ""].joined(separator: "\n"))
        let failure = try #require(throws: ImportFailure.self) { try fixture.store.importFiles([file], options: options(update: true)) }
        #expect(failure.issues.count == 1)
        #expect(failure.issues.first?.line == 4)
        #expect(failure.issues.first?.column == "status")
        #expect(failure.issues.first?.message.contains("from rectifying to open") == true, "\(failure)")
        #expect(try fixture.state() == state, "nothing was imported, not even the good rows")
    }

    @Test(arguments: StoreBackend.all)
    func withoutUpdateAStoredIdIsStillRefused(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let state = try fixture.state()
        let file = try fixture.write("export.csv", [Self.header, Self.h3Rectified, ""].joined(separator: "\n"))
        let failure = try #require(throws: ImportFailure.self) { try fixture.store.importFiles([file], options: options(update: false)) }
        #expect(failure.issues.first?.message.contains("already in the database") == true, "\(failure)")
        #expect(try fixture.state() == state)
    }

    @Test(arguments: StoreBackend.all)
    func anEnterpriseAndAnInspectionChangeAsTheirRowsSay(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let enterprises = try fixture.write("enterprises.csv", ContractData.enterprises.replacingOccurrences(
            of: "纺织,above,true,orange,2025-03-01", with: "纺织,above,true,red,2025-06-15"))
        let inspections = try fixture.write("inspections.csv", ContractData.inspections.replacingOccurrences(
            of: "I2,荔城区,E2,double_random,2025-06-10,,区局二组,0,2", with: "I2,荔城区,E2,double_random,2025-06-10,2025-06-11,区局二组,1,2"))
        let summary = try fixture.store.importFiles([enterprises, inspections], options: options(update: true))
        #expect(summary.files.map { [$0.added, $0.updated, $0.unchanged] } == [[0, 1, 2], [0, 1, 2]])
        #expect(try fixture.store.enterprise("E1")?.riskLevel == .red)
        let recount = try fixture.store.summaryTableContents()
        try fixture.store.recountSummaries()
        #expect(try fixture.store.summaryTableContents() == recount, "the kept figures equal a recount")
    }
}
