import Dispatch
import Foundation
import SafetyCore
import SafetyStore
import Synchronization
import Testing

/// Two offices write the same hazard on one server at the same moment, each from its own
/// connection pool: the rows a write changes are locked (`SELECT … FOR UPDATE`) before it
/// reads them, so the second writer reads the first one's result — and then either applies
/// to it or, when it touches what changed, is refused. No update is lost, however the two
/// transactions interleave.
struct PostgreSQLConcurrentTriageTests {
    static let today = StoreFixture.today
    static let rounds = 8

    /// Runs `ours` and `theirs` at once on two threads; their results, in that order.
    private func atOnce<T: Sendable>(_ ours: @escaping @Sendable () -> T, _ theirs: @escaping @Sendable () -> T) -> (T, T) {
        let results = Mutex<[Int: T]>([:])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let result = index == 0 ? ours() : theirs()
            results.withLock { $0[index] = result }
        }
        return results.withLock { ($0[0]!, $0[1]!) }
    }

    @Test func conflictingActionsAtOnceOneWinsTheOtherIsToldItChanged() throws {
        let fixture = try StoreFixture(.postgreSQL)
        let ours = fixture.store
        let theirs = try fixture.connectAgain()
        for round in 0..<Self.rounds {
            let seen = try ours.trackedHazard("H2")
            let ourDay = Day(iso: "2025-07-10")!.adding(days: round)
            let theirDay = Day(iso: "2025-08-10")!.adding(days: round)
            let (mine, other) = atOnce({
                Result { try ours.apply(.setDeadline(ourDay), to: [.seen(seen)], stamp: StoreFixture.stamp, today: Self.today) }
            }, {
                Result { try theirs.apply(.setDeadline(theirDay), to: [.seen(seen)], stamp: StoreFixture.otherStamp, today: Self.today) }
            })
            let now = try ours.trackedHazard("H2")
            #expect(now.revision == seen.revision + 1, "round \(round): exactly one write changed it")
            switch (mine, other) {
            case let (.success(changes), .failure(error)), let (.failure(error), .success(changes)):
                #expect(changes.map(\.after) == [now.hazard], "round \(round): the winner's change is what is stored")
                #expect(changes.map(\.before) == [seen.hazard])
                guard case let TriageError.changed(hazard, _, _, fresh) = error else {
                    Issue.record("round \(round): the loser got \(error), not TriageError.changed")
                    continue
                }
                #expect(hazard == "H2")
                #expect(fresh == now, "round \(round): the loser is shown the winner's record")
            default:
                Issue.record("round \(round): not exactly one winner: \(mine), \(other)")
            }
            #expect(now.hazard.deadline == ourDay || now.hazard.deadline == theirDay)
            let deadlines = try ours.hazardHistory("H2").filter { $0.action == HazardActionKind.setDeadline.rawValue }
            #expect(deadlines.count == round + 1, "round \(round): one audit row per write that changed it")
        }
    }

    @Test func actionsOnDifferentFieldsAtOnceBothLand() throws {
        let fixture = try StoreFixture(.postgreSQL)
        let ours = fixture.store
        let theirs = try fixture.connectAgain()
        for round in 0..<Self.rounds {
            let seen = try ours.trackedHazard("H2")
            let day = Day(iso: "2025-07-10")!.adding(days: round)
            let unit = "安全科 \(round) 号"
            let (mine, other) = atOnce({
                Result { try ours.apply(.setDeadline(day), to: [.seen(seen)], stamp: StoreFixture.stamp, today: Self.today) }
            }, {
                Result { try theirs.apply(.assign(responsible: unit, deadline: nil), to: [.seen(seen)], stamp: StoreFixture.otherStamp,
                                          today: Self.today) }
            })
            #expect(throws: Never.self) { try mine.get() }
            #expect(throws: Never.self) { try other.get() }
            let now = try ours.trackedHazard("H2")
            #expect(now.hazard.deadline == day, "round \(round): the deadline is not lost")
            #expect(now.hazard.responsible == unit, "round \(round): the assignment is not lost")
            #expect(now.revision == seen.revision + 2)
        }
    }
}
