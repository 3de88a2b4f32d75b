import SafetyCore
import SafetyStore
import Testing

/// The enterprise file (一企一档): the enterprise, its hazards not closed first, its
/// inspections planned first, the trainings of its county newest first.
struct EnterpriseFileContractTests {
    @Test(arguments: StoreBackend.all)
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

    /// The risk zoom's list: reddest first, never assessed last, by name within a colour, paged.
    @Test(arguments: StoreBackend.all)
    func aCountysEnterprisesComeReddestFirstInPages(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.importFiles([("enterprises.csv", """
            id,name,county,town,industry,scale,key_supervised,risk_level,risk_assessed_on,reward_mechanism,platform_registered
            E4,甲未评估企业,荔城区,黄石镇,纺织,below,false,,,false,false
            E5,乙红色企业,荔城区,黄石镇,化工,above,true,red,2025-05-01,false,false
            E6,丙黄色企业,荔城区,镇海街道,鞋服,below,false,yellow,2025-05-02,false,false

            """)])
        let all = try fixture.store.enterprises(county: "荔城区", offset: 0, limit: 10)
        #expect(all.total == 5)
        #expect(all.enterprises.map(\.id) == ["E5", "E1", "E6", "E2", "E4"])
        let page = try fixture.store.enterprises(county: "荔城区", offset: 2, limit: 2)
        #expect(page.offset == 2 && page.total == 5)
        #expect(page.enterprises.map(\.id) == ["E6", "E2"])
        #expect(try fixture.store.enterprises(county: "新泰市", offset: 0, limit: 10).enterprises.map(\.id) == ["E3"])
        #expect(try fixture.store.enterprises(county: "无此县", offset: 0, limit: 10).total == 0)
    }
}
