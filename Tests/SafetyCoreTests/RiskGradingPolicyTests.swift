import Testing
@testable import SafetyCore

@Suite struct RiskGradingPolicyTests {
    let tree = JurisdictionTree([
        Jurisdiction(code: "63", name: "青海省", level: .province, parentCode: nil),
        Jurisdiction(code: "6328", name: "海西州", level: .prefecture, parentCode: "63"),
        Jurisdiction(code: "632801", name: "格尔木市", level: .county, parentCode: "6328"),
        Jurisdiction(code: "65", name: "新疆", level: .province, parentCode: nil),
        Jurisdiction(code: "652829", name: "博湖县", level: .county, parentCode: "65"),
    ])

    static func strictLEC() throws -> RiskBandTable {
        try RiskBandTable(bands: [
            RiskBand(lower: .inclusive(160), upper: nil, level: .red),
            RiskBand(lower: .inclusive(70), upper: .exclusive(160), level: .orange),
            RiskBand(lower: .inclusive(20), upper: .exclusive(70), level: .yellow),
            RiskBand(lower: nil, upper: .exclusive(20), level: .blue),
        ])
    }

    @Test func standardWithoutOverrides() {
        let policy = RiskGradingPolicy()
        #expect(policy.tables(forCode: "632801", in: tree) == .standard)
        #expect(policy.tables(forCounty: "博湖县", in: tree).lec == .defaultLEC)
    }

    @Test func overrideAppliesToTheUnitAndEveryUnitBelow() throws {
        let custom = RiskBandTables(lec: try Self.strictLEC())
        let policy = RiskGradingPolicy(overrides: ["63": custom])
        #expect(policy.tables(forCode: "63", in: tree) == custom)
        #expect(policy.tables(forCode: "632801", in: tree) == custom)
        #expect(policy.tables(forCounty: "海西州", in: tree) == custom)
        #expect(policy.tables(forCounty: "博湖县", in: tree) == .standard)
        #expect(policy.tables(forCounty: "不存在县", in: tree) == .standard)
        // Without a tree only the unit's own override counts.
        #expect(policy.tables(forCode: "632801") == .standard)
        #expect(custom.riskMatrix == .defaultRiskMatrix)
    }

    @Test func nearestOverrideWins() throws {
        let provincial = RiskBandTables(lec: try Self.strictLEC())
        let prefectural = RiskBandTables(riskMatrix: try RiskBandTable(bands: [RiskBand(lower: nil, upper: nil, level: .yellow)]))
        let policy = RiskGradingPolicy(overrides: ["63": provincial, "6328": prefectural])
        #expect(policy.tables(forCode: "632801", in: tree) == prefectural)
        let d = try LECAssessment(likelihood: 1, exposure: 6, consequence: 15)  // D = 90
        #expect(d.level(in: policy.tables(forCode: "63", in: tree).lec) == .orange)
        #expect(d.level(in: policy.tables(forCode: "6328", in: tree).lec) == .yellow)
    }
}
