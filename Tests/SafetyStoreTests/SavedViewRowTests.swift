import GRDB
import SafetyCore
@testable import SafetyStore
import Testing

/// The `saved_view` rows (v17) as stored text, and what this build makes of text a newer one
/// may have written.
struct SavedViewRowTests {
    private func insert(_ f: Fixture, sort: String, columns: String) throws {
        try f.database.pool.write { db in
            try db.execute(sql: """
                INSERT INTO saved_view (operator_login, name, filter, sort, descending, columns) VALUES ('tester', 'newer', 'overdue', ?, 1, ?)
                """, arguments: [sort, columns])
        }
    }

    @Test func aViewIsStoredAsWordsAnyBackendReadsTheSame() throws {
        let f = try Fixture()
        try f.database.saveView(SavedView(name: "逾期", filter: "county=荔城区 overdue", sort: .found, descending: true,
                                          columns: [.enterprise, .days]))
        let row = try #require(try f.database.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT operator_login, name, filter, sort, descending, columns FROM saved_view")
        })
        #expect(row["operator_login"] as String == "tester")
        #expect(row["filter"] as String == "county=荔城区 overdue")
        #expect(row["sort"] as String == "found")
        #expect(row["descending"] as Int == 1)
        #expect(row["columns"] as String == "enterprise,days")
    }

    @Test(arguments: [
        ("risk", "colour,enterprise,days", TriageSort.urgency, [TriageColumn.enterprise, .days]),
        ("deadline", "colour", .deadline, TriageColumn.defaults),
    ])
    func whatThisBuildDoesNotKnowFallsBackSoTheViewStillOpens(sort: String, columns: String, readSort: TriageSort,
                                                               readColumns: [TriageColumn]) throws {
        let f = try Fixture()
        try insert(f, sort: sort, columns: columns)
        let view = try f.database.savedView(named: "newer")
        #expect(view.sort == readSort)
        #expect(view.columns == readColumns)
        #expect(view.descending)
    }

    @Test func theSchemaRefusesAnEmptyNameAndASecondRowOfOneOperatorsName() throws {
        let f = try Fixture()
        try insert(f, sort: "urgency", columns: "enterprise")
        #expect(throws: DatabaseError.self) { try insert(f, sort: "found", columns: "days") }
        #expect(throws: DatabaseError.self) {
            try f.database.pool.write { db in
                try db.execute(sql: "INSERT INTO saved_view VALUES ('tester', '', '', 'urgency', 0, 'enterprise')")
            }
        }
    }
}
