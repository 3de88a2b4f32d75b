import Testing
@testable import SafetyCore

@Suite struct InspectionTests {
    static let today = Day(iso: "2025-06-30")!

    typealias Edit = @Sendable (inout Inspection) -> Void

    static let cases: [(String, Edit, [String])] = [
        ("planned and done", { _ in }, []),
        ("only planned, in the future", { $0.doneOn = nil; $0.plannedOn = Day(iso: "2025-09-01") }, []),
        ("only done (unannounced)", { $0.plannedOn = nil }, []),
        ("done today", { $0.doneOn = today }, []),
        ("nothing found, nobody recorded", { $0.hazardsFound = 0; $0.inspectors = 0 }, []),
        ("neither date", { $0.plannedOn = nil; $0.doneOn = nil }, ["planned_on"]),
        ("done tomorrow", { $0.doneOn = today.adding(days: 1) }, ["done_on"]),
        ("negative hazards found", { $0.hazardsFound = -1 }, ["hazards_found"]),
        ("negative inspectors", { $0.inspectors = -3 }, ["inspectors"]),
        ("blank id", { $0.id = "" }, ["id"]),
        ("all wrong", { $0.id = ""; $0.hazardsFound = -1; $0.inspectors = -1; $0.doneOn = Day(iso: "2030-01-01") },
         ["id", "hazards_found", "inspectors", "done_on"]),
    ]

    @Test(arguments: cases)
    func violations(name: String, edit: Edit, fields: [String]) {
        var i = Inspection(
            id: "I-1", county: "平利县", enterpriseId: "E-9", kind: .supervision, plannedOn: Day(iso: "2025-06-01"),
            doneOn: Day(iso: "2025-06-03"), team: "第一督导组", hazardsFound: 2, inspectors: 4)
        edit(&i)
        let found = i.violations(today: Self.today)
        #expect(found.map(\.field) == fields, "\(name): \(found)")
        #expect(found.allSatisfy { $0.message.contains(" — ") })
    }

    @Test(arguments: [
        (Day?.some(Day(iso: "2025-06-29")!), Day?.none, true),
        (Day(iso: "2025-06-30")!, nil, false),  // planned for today is not late yet
        (Day(iso: "2025-06-01")!, Day(iso: "2025-06-05")!, false),
        (nil, Day(iso: "2025-06-05")!, false),
        (nil, nil, false),
    ])
    func overdue(planned: Day?, done: Day?, overdue: Bool) {
        let i = Inspection(id: "I", county: "平利县", enterpriseId: nil, kind: .routine, plannedOn: planned,
                           doneOn: done, team: "", hazardsFound: 0)
        #expect(i.isOverdue(asOf: Self.today) == overdue)
    }
}
