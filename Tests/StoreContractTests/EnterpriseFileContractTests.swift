import SafetyCore
import SafetyStore
import Testing

/// The enterprise file (一企一档): the enterprise, its hazards not closed first, its
/// inspections planned first, the trainings of its county newest first.
struct EnterpriseFileContractTests {
    @Test(arguments: StoreBackend.sqliteOnlyUntilPorted)
    func theFileHoldsTheEnterprisesRecordsInTheirOrder(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let file = try #require(try fixture.store.enterpriseFile("E1"))
        #expect(file.enterprise.name == "莆田市恒祥织造有限公司")
        #expect(file.hazards.map(\.id) == ["H2", "H1"], "the rectifying hazard before the closed one")
        #expect(file.inspections.map(\.id) == ["I1"])
        #expect(file.trainings.map(\.id) == ["T2", "T1"], "the county's trainings, newest first")
        let other = try #require(try fixture.store.enterpriseFile("E2"))
        #expect(other.inspections.map(\.id) == ["I2"])
        #expect(other.hazards.map(\.id) == ["H3"])
        #expect(try fixture.store.enterpriseFile("E3")?.trainings.map(\.id) == ["T3"])
        #expect(try fixture.store.enterpriseFile("E404") == nil)
    }
}
