import Foundation
import GRDB
import SafetyCore
@testable import SafetyStore
import Testing

/// The reads a key triggers walk an index in the order they show, never sorting the open
/// queue: at three million hazards a sort is seconds, a walk is a page. Without ANALYZE
/// statistics SQLite plans the same way on this fixture as on a province, so the plans
/// checked here are the plans there.
struct QueryPlanTests {
    /// Every statement `body` runs, with its values written in.
    private func statements(_ f: Fixture, _ body: (Database) throws -> Void) throws -> [String] {
        try f.database.pool.read { db in
            nonisolated(unsafe) var seen: [String] = []
            db.trace { event in
                if case let .statement(statement) = event { seen.append(statement.expandedSQL) }
            }
            try body(db)
            db.trace(options: [], nil)
            return seen
        }
    }

    /// The plan lines of `sql` that sort rows into order.
    private func sorts(_ f: Fixture, _ sql: String) throws -> [String] {
        try f.database.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }
                .filter { $0.contains("TEMP B-TREE FOR ORDER BY") }
        }
    }

    @Test(arguments: TriageSort.allCases, [nil, "荔城区"] as [String?])
    func triagePagesWalkAnIndexInTheirOrder(sort: TriageSort, county: String?) throws {
        let f = try Fixture()
        try f.loadAll()
        for descending in [false, true] {
            let sql = try statements(f) { db in
                _ = try TriageQuery.page(db, filter: TriageFilter(county: county), sort: sort, descending: descending,
                                         offset: 0, limit: 10, today: Fixture.today)
            }
            let pageIds = try #require(sql.first { $0.contains("LIMIT") })
            // The outer select orders the page's few rows; the rowids inside must not be sorted.
            let start = try #require(pageIds.range(of: "FROM (SELECT h.rowid")), end = try #require(pageIds.range(of: ") AS p JOIN"))
            let inner = String(pageIds[pageIds.index(start.lowerBound, offsetBy: 6)..<end.lowerBound])
            #expect(try sorts(f, inner).isEmpty, "\(sort) \(descending ? "descending" : ""): \(inner)")
        }
    }

    @Test(arguments: [nil, "荔城区"] as [String?])
    func theConsoleQueueWalksTheQueueIndex(scope: String?) throws {
        let f = try Fixture()
        try f.loadAll()
        let sql = try statements(f) { db in
            _ = try ConsoleSnapshot.read(db, scope: scope, asOf: Fixture.today, hazardRows: 10)
        }
        let queue = try #require(sql.first { $0.contains("ORDER BY grade DESC, deadline, id") })
        #expect(try sorts(f, queue).isEmpty, "\(queue)")
    }

    /// The plan lines of `sql` that read the hazard table without an index (a scan, or a
    /// search on the table itself): at three million hazards, seconds — ten minutes once, for
    /// a console snapshot that asked each county's latest day without the index's condition.
    private func unindexedHazardReads(_ f: Fixture, _ sql: String) throws -> [String] {
        try f.database.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }
                .filter { ["SCAN hazard", "SEARCH hazard", "SCAN h", "SEARCH h"].contains($0) }
        }
    }

    /// Every statement of a console snapshot, whole and scoped, reads the hazards along an index.
    @Test(arguments: [nil, "荔城区"] as [String?])
    func theConsoleSnapshotReadsNoHazardWithoutAnIndex(scope: String?) throws {
        let f = try Fixture()
        try f.loadAll()
        let sql = try statements(f) { db in
            _ = try ConsoleSnapshot.read(db, scope: scope, asOf: Fixture.today, hazardRows: 10)
        }
        // `MAX(rowid)` is one seek at the table's end, which the plan also calls `SEARCH hazard`.
        for statement in sql where statement.contains("FROM hazard") && !statement.contains("MAX(rowid)") {
            #expect(try unindexedHazardReads(f, statement).isEmpty, "\(statement)")
        }
    }
}
