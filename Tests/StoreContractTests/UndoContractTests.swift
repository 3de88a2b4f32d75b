import SafetyCore
import SafetyStore
import Testing

/// Undo puts back the fields a write changed, as an audited write of its own, and only while
/// nobody else has changed those hazards since.
struct UndoContractTests {
    static let today = StoreFixture.today

    /// A write on fixture hazards, to be undone.
    struct Write: CustomTestStringConvertible, Sendable {
        let name: String
        let action: HazardAction
        let hazards: [String]
        var testDescription: String { name }
    }

    static let writes: [Write] = [
        Write(name: "mark rectified", action: .markRectified(on: today, note: "整改完毕"), hazards: ["H2"]),
        Write(name: "assign two hazards", action: .assign(responsible: "张厂长", deadline: Day(iso: "2025-07-15")!),
              hazards: ["H2", "H3"]),
        Write(name: "reopen a closed hazard", action: .reopen(reason: "复查发现通道再次堵塞"), hazards: ["H1"]),
        Write(name: "regrade", action: .regrade(to: .major, reason: "人员密集"), hazards: ["H3"]),
        Write(name: "merge a duplicate", action: .markDuplicate(of: "H2"), hazards: ["H3"]),
    ]

    @Test(arguments: StoreBackend.all, writes)
    func undoPutsBackTheFieldsAndIsAudited(backend: StoreBackend, write: Write) throws {
        let fixture = try StoreFixture(backend)
        let store = fixture.store
        let before = try fixture.state()
        let changes = try store.apply(write.action, to: write.hazards.map { .id($0) }, stamp: StoreFixture.stamp, today: Self.today)
        #expect(try fixture.state().hazards != before.hazards, "the write changed something")

        // The other officer undoes it, from their own connection.
        let undone = try fixture.connectAgain().undo(changes, stamp: StoreFixture.otherStamp)
        #expect(Set(undone.map(\.id)) == Set(write.hazards))
        let after = try fixture.state()
        #expect(after.hazards.map(\.hazard) == before.hazards.map(\.hazard), "every field is as it was")
        #expect(after.summaries == before.summaries, "and every figure")
        #expect(after.summaryTables == before.summaryTables)
        for id in write.hazards {
            let history = try store.hazardHistory(id)
            let old = before.histories[before.hazards.firstIndex { $0.hazard.id == id }!]
            #expect(history.count == old.count + 2, "the write and its undo are both in the trail")
            #expect(Array(history.prefix(old.count)) == old, "the trail only grows")
            #expect(history.last?.action == "undo")
            #expect(history.last?.operatorName == StoreFixture.otherStamp.operatorName)
            let tracked = try store.trackedHazard(id)
            #expect(tracked.revision == before.hazards.first { $0.hazard.id == id }!.revision + 2,
                    "an undo is a write: the revision moves on, never back")
            #expect(tracked.updatedBy == StoreFixture.otherStamp.operatorName)
        }
    }

    @Test(arguments: StoreBackend.all)
    func undoAfterSomeoneElseChangedTheHazardIsRefused(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let other = try fixture.connectAgain()
        let changes = try fixture.store.apply(.setDeadline(Day(iso: "2025-07-05")!), to: [.id("H2"), .id("H3")],
                                              stamp: StoreFixture.stamp, today: Self.today)
        try other.apply(.assign(responsible: "另一人", deadline: nil), to: [.id("H3")], stamp: StoreFixture.otherStamp, today: Self.today)
        let before = try fixture.state()
        #expect {
            try fixture.store.undo(changes, stamp: StoreFixture.stamp)
        } throws: { error in
            guard case let TriageError.changed(hazard, by, _, fresh) = error else { return false }
            return hazard == "H3" && by == StoreFixture.otherStamp.operatorName && fresh.hazard.responsible == "另一人"
        }
        #expect(try fixture.state() == before, "H2, which nobody else touched, is not undone either")
    }

    @Test(arguments: StoreBackend.all)
    func undoOfNothingIsRefused(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: TriageError.nothingToUndo) { try fixture.store.undo([], stamp: StoreFixture.stamp) }
    }
}
