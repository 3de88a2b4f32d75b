import SafetyCore
import Testing

/// When a deadline extension may be asked for and who decides it.
struct ExtensionRulesTests {
    static let hazard = Hazard(id: "H1", enterpriseId: "E1", county: "荔城区", foundOn: Day(iso: "2025-06-01")!, source: .inspection,
                               grade: .general, description: "d", status: .assigned, responsible: "王工", deadline: Day(iso: "2025-06-20")!)
    static let pending = DeadlineExtension(hazardId: "H1", until: Day(iso: "2025-07-01")!, reason: "r", requestedBy: "u", requestedAt: "t")

    @Test func aLaterDayWithAReasonMayBeAskedOnce() throws {
        try ExtensionRules.checkRequest(Self.hazard, until: Day(iso: "2025-06-21")!, reason: "设备到货晚", pending: nil)
        #expect(throws: ExtensionRefusal.alreadyPending(hazard: "H1", until: Self.pending.until)) {
            try ExtensionRules.checkRequest(Self.hazard, until: Day(iso: "2025-06-21")!, reason: "r", pending: Self.pending)
        }
        #expect(throws: ExtensionRefusal.notLater(hazard: "H1", until: Day(iso: "2025-06-20")!, deadline: Day(iso: "2025-06-20")!)) {
            try ExtensionRules.checkRequest(Self.hazard, until: Day(iso: "2025-06-20")!, reason: "r", pending: nil)
        }
    }

    @Test(arguments: [HazardStatus.rectified, .closed])
    func aRectifiedHazardHasNoDeadlineToExtend(status: HazardStatus) {
        var hazard = Self.hazard
        hazard.status = status
        #expect(throws: ExtensionRefusal.notOpen(hazard: "H1", status: status)) { try ExtensionRules.checkStanding(hazard, pending: nil) }
    }

    @Test func aMajorHazardsExtensionNeedsASupervisor() throws {
        var major = Self.hazard
        major.grade = .major
        #expect(ExtensionRules.needsSupervisor(major))
        #expect(!ExtensionRules.needsSupervisor(Self.hazard))
        #expect(try ExtensionRules.checkDecision(Self.hazard, pending: Self.pending) == Self.pending)
        #expect(throws: ExtensionRefusal.nonePending(hazard: "H1")) { try ExtensionRules.checkDecision(Self.hazard, pending: nil) }
    }
}
