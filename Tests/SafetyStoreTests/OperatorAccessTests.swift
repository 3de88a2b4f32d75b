import Foundation
import SafetyCore
@testable import SafetyStore
import Testing

/// The role × action × scope matrix, through the store: every write and scoped read asks the
/// one check point, a refusal names the rule it broke, and nothing changes on refusal.
struct OperatorAccessTests {
    /// The roster every case runs against (besides the fixture's admin, `tester`).
    static let roster: [(login: String, role: OperatorRole, scope: String)] = [
        ("duty-li", .duty, "荔城区"), ("triage-li", .triage, "荔城区"), ("triage-pt", .triage, "莆田市"),
        ("super-li", .supervisor, "荔城区"), ("admin-xt", .admin, "新泰市"), ("gone", .triage, "all"),
    ]

    /// One thing an operator may try, on 荔城区 (莆田市's county) or 新泰市.
    enum Attempt: String, CaseIterable, CustomTestStringConvertible {
        case commentLicheng, commentXintai, addHazardXintai, recordInspectionLicheng, savePlanLicheng
        case importFacts, countyPageLicheng, rankingAll, addOperator, listOperators, triageListAll, triageListXintai
        /// H2 (major) and H3 (general) of 荔城区 have an extension request pending (see ``fixture()``).
        case decideMajorExtensionLicheng, decideGeneralExtensionLicheng, attachLicheng
        case optimize
        /// An operator's own saved view: any role may keep one, but only a login on the roster.
        case saveView

        var testDescription: String { rawValue }

        func perform(_ store: SafetyDatabase, _ f: Fixture) throws {
            switch self {
            case .commentLicheng: try store.apply(.comment("到场核查"), to: [.id("H3")], stamp: Fixture.stamp, today: Fixture.today)
            case .commentXintai: try store.apply(.comment("到场核查"), to: [.id("H4")], stamp: Fixture.stamp, today: Fixture.today)
            case .addHazardXintai:
                try store.add(Hazard(id: "H9", enterpriseId: "E3", county: "新泰市", foundOn: Fixture.today, source: .inspection,
                                     grade: .general, description: "巷道积水", status: .open), stamp: Fixture.stamp, today: Fixture.today)
            case .recordInspectionLicheng:
                try store.recordInspection("I2", doneOn: Fixture.today, hazards: [], stamp: Fixture.stamp, today: Fixture.today)
            case .savePlanLicheng:
                let item = PlannedInspection(id: "P1", county: "荔城区", enterpriseId: "E1", kind: "routine",
                                             plannedOn: Day(iso: "2025-07-02")!, team: "区局一组", rule: "r")
                _ = try store.save(InspectionPlan(county: "荔城区", from: Fixture.today, to: Day(iso: "2025-07-31")!, seed: 1,
                                                  inputsHash: "", rules: [], inspections: [item]))
            case .importFacts:
                let path = try f.write("facts.csv", "county,key,value,note\n荔城区,enterprises_total,12,\n")
                _ = try store.importFiles([path], options: ImportOptions(today: Fixture.today, stamp: Fixture.stamp))
            case .countyPageLicheng: _ = try store.countyPage("荔城区", asOf: Fixture.today)
            case .rankingAll: _ = try store.countyRanking(nil, asOf: Fixture.today)
            case .addOperator:
                _ = try store.addOperator(login: "new-one", name: "新人", role: .duty, scope: "荔城区", stamp: Fixture.stamp)
            case .listOperators: _ = try store.operators()
            case .triageListAll:
                _ = try store.triageWindow(filter: TriageFilter(), sort: .urgency, descending: false, offset: 0, limit: 10,
                                           selection: 0, today: Fixture.today)
            case .decideMajorExtensionLicheng:
                _ = try store.decideExtension("H2", approve: true, note: nil, stamp: Fixture.stamp, today: Fixture.today)
            case .decideGeneralExtensionLicheng:
                _ = try store.decideExtension("H3", approve: false, note: "材料不全", stamp: Fixture.stamp, today: Fixture.today)
            case .attachLicheng:
                _ = try store.attach("H3", file: try f.write("photo.jpg", "现场照片"), note: nil, stamp: Fixture.stamp)
            case .optimize: _ = try store.optimize(vacuum: false)
            case .saveView: try store.saveView(SavedView(name: "逾期", filter: "overdue"))
            case .triageListXintai:
                _ = try store.triageWindow(filter: TriageFilter(county: "新泰市"), sort: .urgency, descending: false, offset: 0,
                                           limit: 10, selection: 0, today: Fixture.today)
            }
        }
    }

    /// What each login gets: nil allowed, else the words the refusal must hold.
    static let matrix: [(String, Attempt, String?)] = [
        ("duty-li", .commentLicheng, "role rule"), ("duty-li", .recordInspectionLicheng, nil),
        ("duty-li", .countyPageLicheng, "role rule"), ("duty-li", .triageListAll, nil), ("duty-li", .triageListXintai, "scope rule"),
        ("duty-li", .importFacts, "role rule"),
        ("triage-li", .commentLicheng, nil), ("triage-li", .commentXintai, "scope rule"), ("triage-li", .addHazardXintai, "scope rule"),
        ("triage-li", .recordInspectionLicheng, nil), ("triage-li", .savePlanLicheng, "role rule"),
        ("triage-li", .addOperator, "role rule"), ("super-li", .listOperators, "role rule"), ("admin-xt", .listOperators, nil), ("triage-li", .rankingAll, "role rule"),
        ("triage-pt", .commentLicheng, nil), ("triage-pt", .commentXintai, "scope rule"),
        ("triage-pt", .triageListAll, "name one of its counties"),
        ("super-li", .commentLicheng, "role rule"), ("super-li", .savePlanLicheng, nil), ("super-li", .countyPageLicheng, nil),
        ("super-li", .rankingAll, nil), ("super-li", .recordInspectionLicheng, "role rule"), ("super-li", .importFacts, "role rule"),
        ("admin-xt", .commentLicheng, nil), ("admin-xt", .addHazardXintai, nil), ("admin-xt", .importFacts, nil),
        ("admin-xt", .addOperator, nil), ("admin-xt", .savePlanLicheng, nil),
        ("triage-li", .decideMajorExtensionLicheng, "role rule"), ("super-li", .decideMajorExtensionLicheng, nil),
        ("admin-xt", .decideMajorExtensionLicheng, nil), ("duty-li", .decideMajorExtensionLicheng, "role rule"),
        ("triage-li", .decideGeneralExtensionLicheng, nil), ("super-li", .decideGeneralExtensionLicheng, nil),
        ("duty-li", .decideGeneralExtensionLicheng, "role rule"), ("triage-pt", .decideGeneralExtensionLicheng, nil),
        ("duty-li", .attachLicheng, "role rule"), ("triage-li", .attachLicheng, nil), ("super-li", .attachLicheng, "role rule"),
        ("triage-li", .optimize, "role rule"), ("duty-li", .optimize, "role rule"), ("super-li", .optimize, "role rule"),
        ("admin-xt", .optimize, nil),
        ("gone", .commentLicheng, "disabled"), ("gone", .triageListAll, "disabled"),
        ("duty-li", .saveView, nil), ("super-li", .saveView, nil), ("gone", .saveView, "disabled"),
        ("stranger", .saveView, "not on this database's operators roster"),
        ("stranger", .commentLicheng, "not on this database's operators roster"),
        ("stranger", .triageListAll, "ask an admin (admin-xt, second-console, tester)"),
    ]

    static func fixture() throws -> Fixture {
        let f = try Fixture()
        try f.loadAll()
        for entry in roster {
            _ = try f.database.addOperator(login: entry.login, name: entry.login, role: entry.role, scope: entry.scope, stamp: Fixture.stamp)
        }
        _ = try f.database.updateOperator("gone", change: OperatorChange(active: false), stamp: Fixture.stamp)
        try f.database.requestExtension("H2", until: Day(iso: "2025-08-01")!, reason: "设备采购周期长", stamp: Fixture.stamp, today: Fixture.today)
        try f.database.apply(.assign(responsible: "行政部", deadline: Day(iso: "2025-07-10")!), to: [.id("H3")], stamp: Fixture.stamp,
                             today: Fixture.today)
        try f.database.requestExtension("H3", until: Day(iso: "2025-07-31")!, reason: "待物业配合", stamp: Fixture.stamp, today: Fixture.today)
        return f
    }

    @Test(arguments: matrix)
    func theStoreAllowsOrRefusesByRoleAndScope(login: String, attempt: Attempt, refusal: String?) throws {
        let f = try Self.fixture()
        let before = try f.contents()
        let store = f.database.acting(as: login)
        if let refusal {
            #expect {
                try attempt.perform(store, f)
            } throws: { error in
                error is AccessRefusal && "\(error)".contains(refusal)
            }
            #expect(try f.contents() == before, "nothing changed on refusal")
        } else {
            try attempt.perform(store, f)
        }
    }

    @Test func aWriteIsAuditedUnderTheLoginTheStoreActsForWhateverTheStampSays() throws {
        let f = try Self.fixture()
        try f.database.acting(as: "triage-li").apply(.comment("核查"), to: [.id("H3")],
                                                      stamp: AuditStamp(operatorName: "someone-else", at: Fixture.stamp.at), today: Fixture.today)
        #expect(try f.database.hazardHistory("H3").last?.operatorName == "triage-li")
    }

    @Test func aCountyOperatorSeesOnlyTheirCounty() throws {
        let f = try Self.fixture()
        let store = f.database.acting(as: "duty-li")
        #expect(try store.countyNames() == ["荔城区"])
        var seen: [String] = []
        try store.forEachHazard(HazardFilter(), pageSize: 10) { seen.append($0.county) }
        #expect(Set(seen) == ["荔城区"])
        #expect(try store.situation(ConsoleRequest(scope: nil, asOf: Fixture.today, hazardRows: 10), majorsAfter: nil).snapshot.scope == "荔城区")
        #expect(throws: AccessRefusal.self) { try store.trackedHazard("H4") }
        #expect(try f.database.acting(as: "triage-pt").countiesInScope() == ["荔城区"])
    }

    @Test func theRosterRefusesLeavingNoAdmin() throws {
        let f = try Fixture()
        _ = try f.database.updateOperator("second-console", change: OperatorChange(active: false), stamp: Fixture.stamp)
        #expect(throws: OperatorRosterError.lastAdmin(login: "tester")) {
            try f.database.updateOperator("tester", change: OperatorChange(role: .duty), stamp: Fixture.stamp)
        }
        #expect(try f.database.currentOperator().role == .admin)
        #expect(try f.database.auditLog(AuditLogFilter()).filter { $0.entity == "operator" }.map(\.entityId) == ["tester", "second-console", "second-console"],
                "the first admin and every roster change are audited")
    }
}
