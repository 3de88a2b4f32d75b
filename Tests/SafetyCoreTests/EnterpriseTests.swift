import Testing
@testable import SafetyCore

@Suite struct EnterpriseTests {
    static let today = Day(iso: "2025-06-30")!

    typealias Edit = @Sendable (inout Enterprise) -> Void

    static let cases: [(String, Edit, [String])] = [
        ("as registered", { _ in }, []),
        ("never assessed", { $0.riskLevel = nil; $0.riskAssessedOn = nil }, []),
        ("assessed today", { $0.riskAssessedOn = today }, []),
        ("assessed tomorrow", { $0.riskAssessedOn = today.adding(days: 1) }, ["risk_assessed_on"]),
        ("empty name", { $0.name = "" }, ["name"]),
        ("blank name", { $0.name = "　 " }, ["name"]),  // ideographic space too
        ("blank id", { $0.id = "" }, ["id"]),
        ("all wrong", { $0.id = ""; $0.name = ""; $0.riskAssessedOn = Day(iso: "2026-01-01") }, ["id", "name", "risk_assessed_on"]),
    ]

    @Test(arguments: cases)
    func violations(name: String, edit: Edit, fields: [String]) {
        var e = Enterprise(
            id: "E-1", name: "荔城区某鞋业有限公司", county: "荔城区", town: "黄石镇", industry: "制鞋",
            scale: .above, keySupervised: true, riskLevel: .yellow, riskAssessedOn: Day(iso: "2025-03-01"))
        edit(&e)
        let found = e.violations(today: Self.today)
        #expect(found.map(\.field) == fields, "\(name): \(found)")
        #expect(found.allSatisfy { $0.message.contains(" — ") })
    }
}
