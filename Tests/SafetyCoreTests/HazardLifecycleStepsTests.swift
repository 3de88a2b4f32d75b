import SafetyCore
import Testing

/// The steps that take a stored hazard to the same hazard as upstream now records it.
struct HazardLifecycleStepsTests {
    static let today = Day(iso: "2025-06-30")!
    static let open = Hazard(id: "H1", enterpriseId: "E1", county: "荔城区", foundOn: Day(iso: "2025-06-01")!, source: .inspection,
                             grade: .general, description: "消防通道堵塞", status: .open)

    static func with(_ change: (inout Hazard) -> Void, from base: Hazard = open) -> Hazard {
        var hazard = base
        change(&hazard)
        return hazard
    }

    static let assigned = with { $0.status = .assigned; $0.responsible = "王工"; $0.deadline = Day(iso: "2025-06-20") }
    static let rectified = with({ $0.status = .rectified; $0.rectifiedOn = Day(iso: "2025-06-18") }, from: assigned)
    static let closed = with({ $0.status = .closed; $0.closedOn = Day(iso: "2025-06-19") }, from: rectified)

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let from: Hazard
        let to: Hazard
        let steps: [HazardActionKind]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "nothing changed", from: assigned, to: assigned, steps: []),
        Case(name: "open to closed in one export", from: open, to: closed, steps: [.assign, .markRectified, .close]),
        Case(name: "a new deadline", from: assigned, to: with({ $0.deadline = Day(iso: "2025-07-01") }, from: assigned), steps: [.setDeadline]),
        Case(name: "work started", from: assigned, to: with({ $0.status = .rectifying }, from: assigned), steps: [.startRectifying]),
        Case(name: "closed, found wanting", from: closed, to: assigned, steps: [.reopen]),
        Case(name: "regraded and listed", from: assigned, to: with({ $0.grade = .major; $0.listedOn = Day(iso: "2025-06-02") }, from: assigned),
             steps: [.regrade, .list]),
    ]

    @Test(arguments: cases)
    func theStepsReachTheUpstreamRecord(_ c: Case) throws {
        let steps = try HazardLifecycle.steps(from: c.from, to: c.to, today: Self.today, reason: "import")
        #expect(steps.map(\.kind) == c.steps)
        var hazard = c.from
        for step in steps { hazard = try HazardLifecycle.apply(step, to: hazard, today: Self.today) }
        #expect(hazard == c.to)
    }

    @Test(arguments: [
        (assigned, open, LifecycleRefusal.noStep(hazard: "H1", field: "status", from: "assigned", to: "open")),
        (closed, with({ $0.rectifiedOn = Day(iso: "2025-07-05") }, from: closed),
         LifecycleRefusal.dateAfterToday(hazard: "H1", action: .markRectified, date: Day(iso: "2025-07-05")!, today: today)),
    ])
    func aRecordNoStepReachesIsRefused(from: Hazard, to: Hazard, refusal: LifecycleRefusal) {
        #expect(throws: refusal) { try HazardLifecycle.steps(from: from, to: to, today: Self.today, reason: "import") }
    }
}
