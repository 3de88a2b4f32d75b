import SafetyCore
import SafetyStore
import Testing

/// Deadline extensions (延期申请): recorded with their reason, shown with the hazard, decided
/// once; approval moves the deadline through the lifecycle; every step is on the hazard's trail.
struct DeadlineExtensionContractTests {
    static let today = StoreFixture.today
    static let until = Day(iso: "2025-07-31")!

    private func pending(_ store: any Store, scope: String? = nil) throws -> Int {
        try store.situation(ConsoleRequest(scope: scope, asOf: Self.today, hazardRows: 5), majorsAfter: nil).snapshot.hazards.pendingExtensions
    }

    private func row(_ store: any Store, _ id: String) throws -> TriageRow? {
        try store.triageWindow(filter: TriageFilter(), sort: .urgency, descending: false, offset: 0, limit: 50, selection: 0, today: Self.today)
            .rows.first { $0.hazard.id == id }
    }

    @Test(arguments: StoreBackend.all)
    func anApprovedRequestMovesTheDeadlineAndBothStepsAreAudited(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let store = fixture.store
        let request = try store.requestExtension("H2", until: Self.until, reason: "设备到货晚", stamp: StoreFixture.stamp, today: Self.today)
        #expect(request.isPending)
        #expect(try row(store, "H2")?.pendingExtension == request, "the list shows the pending request")
        #expect(try pending(store) == 1)
        #expect(try pending(store, scope: "新泰市") == 0)
        #expect(try store.trackedHazard("H2").hazard.deadline == Day(iso: "2025-05-01"), "a request alone moves nothing")

        // Decided by another officer, on their own connection: the store records who it acts for.
        let decided = try fixture.connectAgain().decideExtension("H2", approve: true, note: "同意", stamp: StoreFixture.otherStamp,
                                                                 today: Self.today)
        #expect(decided.request.decision == .approved)
        #expect(decided.change?.after.deadline == Self.until)
        #expect(try store.trackedHazard("H2").hazard.deadline == Self.until)
        #expect(try store.extensions(of: "H2").map(\.decision) == [.approved])
        #expect(try store.extensions(of: "H2").first?.decidedBy == StoreFixture.otherStamp.operatorName)
        #expect(try row(store, "H2")?.pendingExtension == nil)
        #expect(try pending(store) == 0)
        let actions = try store.hazardHistory("H2").map(\.action)
        #expect(actions.suffix(3) == ["extension_request", "extension_approve", "set_deadline"])
    }

    @Test(arguments: StoreBackend.all)
    func aRefusedRequestKeepsTheDeadline(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let store = fixture.store
        try store.requestExtension("H2", until: Self.until, reason: "资金未到位", stamp: StoreFixture.stamp, today: Self.today)
        let decided = try store.decideExtension("H2", approve: false, note: "理由不充分", stamp: StoreFixture.stamp, today: Self.today)
        #expect(decided.change == nil)
        #expect(decided.request.decision == .refused)
        #expect(try store.trackedHazard("H2").hazard.deadline == Day(iso: "2025-05-01"))
        #expect(try store.hazardHistory("H2").last?.action == "extension_refuse")
        #expect(try store.hazardHistory("H2").last?.note == "资金未到位 — 理由不充分")
        // Decided once: the next request may follow.
        try store.requestExtension("H2", until: Self.until, reason: "再次申请", stamp: StoreFixture.stamp, today: Self.today)
        #expect(try store.extensions(of: "H2").map(\.decision) == [.refused, nil])
    }

    @Test(arguments: StoreBackend.all)
    func aRequestOrDecisionTheRulesForbidChangesNothing(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let store = fixture.store
        let before = try fixture.state()
        let stamp = StoreFixture.stamp
        #expect(throws: ExtensionRefusal.notOpen(hazard: "H1", status: .closed)) {
            try store.requestExtension("H1", until: Self.until, reason: "r", stamp: stamp, today: Self.today)
        }
        #expect(throws: ExtensionRefusal.noDeadline(hazard: "H3")) {
            try store.requestExtension("H3", until: Self.until, reason: "r", stamp: stamp, today: Self.today)
        }
        #expect(throws: ExtensionRefusal.notLater(hazard: "H2", until: Day(iso: "2025-04-30")!, deadline: Day(iso: "2025-05-01")!)) {
            try store.requestExtension("H2", until: Day(iso: "2025-04-30")!, reason: "r", stamp: stamp, today: Self.today)
        }
        #expect(throws: ExtensionRefusal.blankReason(hazard: "H2")) {
            try store.requestExtension("H2", until: Self.until, reason: "  ", stamp: stamp, today: Self.today)
        }
        #expect(throws: ExtensionRefusal.nonePending(hazard: "H2")) {
            try store.decideExtension("H2", approve: true, note: nil, stamp: stamp, today: Self.today)
        }
        #expect(throws: TriageError.notFound(hazard: "H404")) {
            try store.requestExtension("H404", until: Self.until, reason: "r", stamp: stamp, today: Self.today)
        }
        #expect(try fixture.state() == before)
        try store.requestExtension("H2", until: Self.until, reason: "r", stamp: stamp, today: Self.today)
        #expect(throws: ExtensionRefusal.alreadyPending(hazard: "H2", until: Self.until)) {
            try store.requestExtension("H2", until: Self.until.adding(days: 5), reason: "r", stamp: stamp, today: Self.today)
        }
        #expect(try store.extensions(of: "H2").count == 1)
    }
}
