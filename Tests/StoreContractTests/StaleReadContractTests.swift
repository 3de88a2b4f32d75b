import SafetyCore
import SafetyStore
import Testing

/// Two writers on the same store never lose each other's updates: a write is applied to the
/// record as it is now, and one based on a stale read of the fields it changes is refused with
/// the fresh record (TriageBasis).
struct StaleReadContractTests {
    static let today = StoreFixture.today

    enum Outcome: Sendable {
        /// Applied to the record as the other writer left it.
        case applied
        /// Refused with `TriageError.changed` and the fresh record.
        case changed
        /// Not stale, but the lifecycle refuses it on the record as it is now.
        case refused
    }

    /// The other writer's action, then ours based on the record as read before it.
    struct Race: CustomTestStringConvertible, Sendable {
        let name: String
        let theirs: HazardAction
        let ours: HazardAction
        let outcome: Outcome
        var testDescription: String { name }
    }

    static let races: [Race] = [
        Race(name: "both change the deadline", theirs: .setDeadline(Day(iso: "2025-07-10")!),
             ours: .setDeadline(Day(iso: "2025-07-20")!), outcome: .changed),
        Race(name: "they assign, we change the deadline", theirs: .assign(responsible: "安全科 周科长", deadline: nil),
             ours: .setDeadline(Day(iso: "2025-07-20")!), outcome: .applied),
        Race(name: "they change the deadline, we assign keeping it", theirs: .setDeadline(Day(iso: "2025-07-10")!),
             ours: .assign(responsible: "安全科 周科长", deadline: nil), outcome: .applied),
        Race(name: "they comment, we change the deadline", theirs: .comment("已电话督促"),
             ours: .setDeadline(Day(iso: "2025-07-20")!), outcome: .applied),
        Race(name: "they mark it rectified, we change the deadline", theirs: .markRectified(on: today, note: "已整改"),
             ours: .setDeadline(Day(iso: "2025-07-20")!), outcome: .refused),
        Race(name: "both mark it rectified", theirs: .markRectified(on: today, note: "已整改"),
             ours: .markRectified(on: today, note: "整改完毕"), outcome: .changed),
    ]

    @Test(arguments: StoreBackend.all, races)
    func aStaleReadIsRefusedOnlyWhenItTouchesWhatChanged(backend: StoreBackend, race: Race) throws {
        let fixture = try StoreFixture(backend)
        let ours = fixture.store
        let theirs = try fixture.connectAgain()
        let seenByUs = try ours.trackedHazard("H2")
        let seenByThem = try theirs.trackedHazard("H2")
        #expect(seenByUs == seenByThem)

        try theirs.apply(race.theirs, to: [.seen(seenByThem)], stamp: StoreFixture.otherStamp, today: Self.today)
        let fresh = try ours.trackedHazard("H2")
        let afterTheirs = try fixture.state()
        let attempt = { try ours.apply(race.ours, to: [.seen(seenByUs)], stamp: StoreFixture.stamp, today: Self.today) }

        switch race.outcome {
        case .applied:
            let changes = try attempt()
            // What the pure lifecycle gives for both actions, one after the other.
            let expected = try HazardLifecycle.apply(
                race.ours, to: try HazardLifecycle.apply(race.theirs, to: seenByUs.hazard, today: Self.today), today: Self.today)
            let now = try ours.trackedHazard("H2")
            #expect(now.hazard == expected, "nothing either writer did is lost")
            #expect(changes.map(\.after) == [expected])
            #expect(changes.map(\.before) == [fresh.hazard])
            #expect(try theirs.trackedHazard("H2") == now, "the other writer reads the same")
        case .changed:
            #expect(throws: TriageError.changed(hazard: "H2", by: StoreFixture.otherStamp.operatorName,
                                                at: StoreFixture.otherStamp.at, fresh: fresh)) { try attempt() }
            #expect(try fixture.state() == afterTheirs, "the other writer's change stands")
        case .refused:
            #expect {
                try attempt()
            } throws: { error in
                guard case TriageError.refused = error else { return false }
                return true
            }
            #expect(try fixture.state() == afterTheirs)
        }
    }

    @Test(arguments: StoreBackend.all)
    func aWriteNamingAStaleRevisionIsRefused(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let other = try fixture.connectAgain()
        let revision = try fixture.store.trackedHazard("H3").revision
        // A comment changes no field and so leaves the revision as it is.
        try other.apply(.comment("先到"), to: [.id("H3", expectedRevision: revision)], stamp: StoreFixture.otherStamp,
                        today: Self.today)
        try other.apply(.regrade(to: .major, reason: "人员密集"), to: [.id("H3", expectedRevision: revision)],
                        stamp: StoreFixture.otherStamp, today: Self.today)
        let fresh = try fixture.store.trackedHazard("H3")
        #expect(fresh.revision > revision)
        let before = try fixture.state()
        #expect(throws: TriageError.changed(hazard: "H3", by: StoreFixture.otherStamp.operatorName,
                                            at: StoreFixture.otherStamp.at, fresh: fresh)) {
            try fixture.store.apply(.assign(responsible: "张厂长", deadline: Day(iso: "2025-07-15")!),
                                    to: [.id("H3", expectedRevision: revision)], stamp: StoreFixture.stamp, today: Self.today)
        }
        #expect(try fixture.state() == before)
        // The current revision is accepted.
        try fixture.store.apply(.assign(responsible: "张厂长", deadline: Day(iso: "2025-07-15")!),
                                to: [.id("H3", expectedRevision: fresh.revision)], stamp: StoreFixture.stamp, today: Self.today)
        #expect(try fixture.store.trackedHazard("H3").hazard.responsible == "张厂长")
    }

    @Test(arguments: StoreBackend.all)
    func everyWriteBumpsTheRevisionAndSaysWho(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let before = try fixture.store.trackedHazard("H3")
        #expect(before.revision == 0, "a record as imported")
        let changes = try fixture.store.apply(.assign(responsible: "张厂长", deadline: Day(iso: "2025-07-15")!),
                                              to: [.seen(before)], stamp: StoreFixture.stamp, today: Self.today)
        let after = try fixture.store.trackedHazard("H3")
        #expect(after.revision == before.revision + 1)
        #expect(changes.map(\.revision) == [after.revision])
        #expect(after.updatedBy == StoreFixture.stamp.operatorName)
        #expect(after.updatedAt == StoreFixture.stamp.at)
    }
}
