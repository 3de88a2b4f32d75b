import GRDB
import SafetyCore
@testable import SafetyStore
import Testing

/// Opened long after its data ends, the console's snapshot says since when each panel's
/// window is empty: the latest training, the latest planned inspection and the latest record
/// of any kind, each as a recount over the tables finds it.
struct LatestRecordTests {
    @Test(arguments: [nil, "荔城区"] as [String?], ["2030-01-01", Fixture.today.iso])
    func theSnapshotNamesTheLatestDaysUpToItsAsOfDay(county: String?, asOf: String) throws {
        let f = try Fixture()
        try f.loadAll()
        let day = Day(iso: asOf)!
        let snapshot = try f.database.pool.read { try ConsoleSnapshot.read($0, scope: county, asOf: day, hazardRows: 5) }
        let filter = county.map { " AND county = '\($0)'" } ?? ""
        let recount = try f.database.pool.read { db in
            (training: try String.fetchOne(db, sql: "SELECT MAX(held_on) FROM training WHERE held_on <= ?" + filter, arguments: [asOf]),
             planned: try String.fetchOne(db, sql: "SELECT MAX(planned_on) FROM inspection WHERE planned_on <= ?" + filter, arguments: [asOf]),
             found: try String.fetchOne(db, sql: "SELECT MAX(found_on) FROM hazard WHERE found_on <= ?" + filter, arguments: [asOf]))
        }
        let training = try #require(recount.training, "the fixture has trainings")
        #expect(snapshot.training.latestHeldOn?.iso == training)
        #expect(snapshot.inspections.latestPlannedOn?.iso == recount.planned)
        #expect(snapshot.latestRecordOn?.iso == [training, recount.planned, recount.found].compactMap { $0 }.max())
        if asOf == "2030-01-01" {
            #expect(snapshot.training.monthlySessions.allSatisfy { $0.sessions == 0 }, "the twelve months hold nothing")
            #expect(snapshot.inspections.plannedThisMonth == 0)
        }
    }
}
