import SafetyCore
import SafetyStore
import Testing

/// Writes the hazard lifecycle does not allow (HazardLifecycle's rules) are refused with the
/// lifecycle's reason, and change nothing: no field, no revision, no audit row, no figure.
struct LifecycleContractTests {
    static let today = StoreFixture.today

    /// An action on a fixture hazard whose standing or arguments rule it out.
    struct Refusal: CustomTestStringConvertible, Sendable {
        let name: String
        let hazard: String
        let action: HazardAction
        let refusal: LifecycleRefusal
        var testDescription: String { name }
    }

    static let refusals: [Refusal] = [
        Refusal(name: "close a hazard that is not rectified", hazard: "H3", action: .close(on: today),
                refusal: .wrongStatus(hazard: "H3", action: .close, status: .open)),
        Refusal(name: "delist a hazard that is not closed", hazard: "H2", action: .delist(on: today),
                refusal: .wrongStatus(hazard: "H2", action: .delist, status: .rectifying)),
        Refusal(name: "delist a hazard never listed", hazard: "H1", action: .delist(on: today),
                refusal: .notListed(hazard: "H1")),
        Refusal(name: "list a general hazard", hazard: "H3", action: .list(on: today), refusal: .notMajor(hazard: "H3")),
        Refusal(name: "list a hazard twice", hazard: "H2", action: .list(on: today),
                refusal: .alreadyListed(hazard: "H2", listedOn: Day(iso: "2025-04-05")!)),
        Refusal(name: "reopen a delisted hazard", hazard: "H4", action: .reopen(reason: "复查"),
                refusal: .delisted(hazard: "H4", delistedOn: Day(iso: "2025-03-01")!)),
        Refusal(name: "reopen an open hazard", hazard: "H3", action: .reopen(reason: "复查"),
                refusal: .wrongStatus(hazard: "H3", action: .reopen, status: .open)),
        Refusal(name: "start rectifying before assignment", hazard: "H3", action: .startRectifying,
                refusal: .wrongStatus(hazard: "H3", action: .startRectifying, status: .open)),
        Refusal(name: "regrade a closed hazard", hazard: "H1", action: .regrade(to: .major, reason: "复核"),
                refusal: .wrongStatus(hazard: "H1", action: .regrade, status: .closed)),
        Refusal(name: "regrade a listed hazard to general", hazard: "H2", action: .regrade(to: .general, reason: "复核"),
                refusal: .generalWhileListed(hazard: "H2")),
        Refusal(name: "assign nobody", hazard: "H3", action: .assign(responsible: "  ", deadline: Day(iso: "2025-07-10")!),
                refusal: .blankResponsible(hazard: "H3")),
        Refusal(name: "assign without a deadline", hazard: "H3", action: .assign(responsible: "张厂长", deadline: nil),
                refusal: .noDeadline(hazard: "H3")),
        Refusal(name: "rectified after today", hazard: "H2", action: .markRectified(on: today.adding(days: 1), note: "n"),
                refusal: .dateAfterToday(hazard: "H2", action: .markRectified, date: today.adding(days: 1), today: today)),
        Refusal(name: "a deadline before the hazard was found", hazard: "H2", action: .setDeadline(Day(iso: "2025-03-31")!),
                refusal: .dateBefore(hazard: "H2", action: .setDeadline, date: Day(iso: "2025-03-31")!, milestone: .found,
                                     milestoneDate: Day(iso: "2025-04-01")!)),
    ]

    @Test(arguments: StoreBackend.all, refusals)
    func aRefusedActionChangesNothing(backend: StoreBackend, refused: Refusal) throws {
        let fixture = try StoreFixture(backend)
        let before = try fixture.state()
        let seen = try fixture.store.trackedHazard(refused.hazard)
        for basis in [TriageBasis.seen(seen), .id(refused.hazard), .id(refused.hazard, expectedRevision: seen.revision)] {
            #expect(throws: TriageError.refused(refused.refusal)) {
                try fixture.store.apply(refused.action, to: [basis], stamp: StoreFixture.stamp, today: Self.today)
            }
        }
        #expect(try fixture.state() == before)
    }

    @Test(arguments: StoreBackend.all)
    func aBatchWithOneRefusalChangesNoHazard(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let before = try fixture.state()
        // H1 is closed and cannot get a deadline, so neither H2 before it nor H3 after it gets one.
        #expect(throws: TriageError.refused(.wrongStatus(hazard: "H1", action: .setDeadline, status: .closed))) {
            try fixture.store.apply(.setDeadline(Day(iso: "2025-07-31")!), to: [.id("H2"), .id("H1"), .id("H3")],
                                    stamp: StoreFixture.stamp, today: Self.today)
        }
        // A sequence on one hazard is one write too: the second step fails, the first is undone.
        #expect(throws: TriageError.refused(.wrongStatus(hazard: "H3", action: .startRectifying, status: .rectified))) {
            try fixture.store.apply([.markRectified(on: Self.today, note: "n"), .startRectifying], to: .id("H3"),
                                    stamp: StoreFixture.stamp, today: Self.today)
        }
        #expect(try fixture.state() == before)
    }

    @Test(arguments: StoreBackend.all)
    func aWriteToAnUnknownHazardIsRefused(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let before = try fixture.state()
        #expect(throws: TriageError.notFound(hazard: "H404")) {
            try fixture.store.apply(.comment("x"), to: [.id("H404")], stamp: StoreFixture.stamp, today: Self.today)
        }
        #expect(try fixture.state() == before)
    }

    /// A new hazard is checked as an import row is.
    @Test(arguments: StoreBackend.all)
    func addRefusesAnUnknownEnterpriseARepeatedIdAndABrokenRecord(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let before = try fixture.state()
        var hazard = Hazard(id: "H9", enterpriseId: "E404", county: "荔城区", foundOn: Self.today, source: .inspection,
                            grade: .general, description: "配电箱无防护", status: .open)
        #expect(throws: TriageError.unknownEnterprise(hazard: "H9", enterpriseId: "E404")) {
            try fixture.store.add(hazard, stamp: StoreFixture.stamp, today: Self.today)
        }
        hazard.enterpriseId = "E1"
        hazard.id = "H1"
        #expect(throws: TriageError.duplicateId(hazard: "H1")) {
            try fixture.store.add(hazard, stamp: StoreFixture.stamp, today: Self.today)
        }
        hazard.id = "H9"
        hazard.status = .closed
        #expect {
            try fixture.store.add(hazard, stamp: StoreFixture.stamp, today: Self.today)
        } throws: { error in
            guard case let TriageError.invalid(id, violations) = error else { return false }
            return id == "H9" && !violations.isEmpty
        }
        #expect(try fixture.state() == before)
    }
}
