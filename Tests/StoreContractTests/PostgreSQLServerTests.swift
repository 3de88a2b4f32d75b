import Foundation
import SafetyCore
import SafetyStore
import Testing

/// Officers are database roles, and row-level security holds their county scope on the server
/// itself: a county officer's role, connected with `psql` around the application, reads and
/// changes only its county's rows, and cannot rewrite the audit trail.
@Suite struct PostgreSQLRowSecurityTests {
    /// The fixture's database as a new officer of 荔城区 (duty), its role made by `addOperator`.
    private func countyOfficer(_ fixture: StoreFixture) throws -> (login: String, location: PostgreSQLLocation) {
        let store = try #require(fixture.store as? PostgreSQLStore)
        let login = "sb_duty_" + UUID().uuidString.prefix(8).lowercased()
        _ = try store.addOperator(login: login, name: "荔城区值班", role: .duty, scope: "荔城区", stamp: StoreFixture.stamp)
        return (login, store.location.user(login))
    }

    @Test func aCountyRoleReadsOnlyItsCountyWithPsql() throws {
        let fixture = try StoreFixture(.postgreSQL)
        let officer = try countyOfficer(fixture)
        #expect(try Psql.run(officer.location, "SELECT DISTINCT county FROM hazard ORDER BY 1") == "荔城区")
        #expect(try Psql.run(officer.location, "SELECT COUNT(*) FROM hazard WHERE county = '新泰市'") == "0")
        #expect(try Psql.run(officer.location, "SELECT COUNT(*) FROM enterprise WHERE id = 'E3'") == "0")
        #expect(try Psql.run(officer.location, "SELECT COUNT(*) FROM inspection WHERE county = '新泰市'") == "0")
        #expect(try Psql.run(officer.location, "SELECT COUNT(*) FROM audit WHERE entity = 'hazard' AND entity_id = 'H4'") == "0")
        // Its own county's rows are all there.
        #expect(try Psql.run(officer.location, "SELECT COUNT(*) FROM hazard") == "3")
    }

    @Test func aCountyRoleCannotChangeAnotherCountyOrTheAuditTrail() throws {
        let fixture = try StoreFixture(.postgreSQL)
        let officer = try countyOfficer(fixture)
        #expect(try Psql.run(officer.location, "UPDATE hazard SET description = 'x' WHERE id = 'H4' RETURNING id") == "")
        #expect(throws: Psql.Refused.self) {
            try Psql.run(officer.location, "UPDATE hazard SET county = '新泰市' WHERE id = 'H3'")
        }
        #expect(throws: Psql.Refused.self) { try Psql.run(officer.location, "DELETE FROM audit") }
        #expect(throws: Psql.Refused.self) { try Psql.run(officer.location, "UPDATE audit SET note = 'x'") }
        #expect(throws: Psql.Refused.self) { try Psql.run(officer.location, "DELETE FROM county_hazard_stats") }
        #expect(try fixture.store.trackedHazard("H4").hazard.description == "瓦斯监测失效")
        #expect(try fixture.store.verifyAudit(published: nil).failure == nil)
    }

    @Test func aCountyRoleThroughTheStoreSeesItsCounty() throws {
        let fixture = try StoreFixture(.postgreSQL)
        let officer = try countyOfficer(fixture)
        let store = try PostgreSQLStore(location: officer.location)
        #expect(store.actorLogin == officer.login)
        #expect(try store.enterprises(county: nil).map(\.id) == ["E1", "E2"])
        // Another county's hazard is not there for it at all: the server does not show that it exists.
        #expect(throws: StoreError.notFound(kind: "hazard", id: "H4")) { _ = try store.trackedHazard("H4") }
        #expect(try store.auditHead() == fixture.store.auditHead())
    }
}

/// `psql` as a given role, for what the application cannot show: the server's own refusals.
enum Psql {
    struct Refused: Error, CustomStringConvertible {
        var description: String
    }

    /// The statement's rows as `psql -At` prints them, trimmed; ``Refused`` with the server's message when it fails.
    @discardableResult
    static func run(_ location: PostgreSQLLocation, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "--no-psqlrc", "-v", "ON_ERROR_STOP=1", "-At", "-d", location.description, "-c", sql]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let failure = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Refused(description: failure) }
        // `UPDATE … RETURNING` prints its command tag after the rows.
        return text.split(separator: "\n").filter { !$0.hasPrefix("UPDATE ") }.joined(separator: "\n")
    }
}

/// `audit verify` on PostgreSQL finds what was changed around the application, as on SQLite.
@Suite struct PostgreSQLAuditTamperTests {
    @Test func aHazardEditedWithPsqlIsFoundByVerify() throws {
        let fixture = try StoreFixture(.postgreSQL)
        let store = try #require(fixture.store as? PostgreSQLStore)
        #expect(try store.verifyAudit(published: nil).failure == nil)
        try Psql.run(store.location, "UPDATE hazard SET responsible = '某人' WHERE id = 'H1'")
        guard case .importChanged? = try store.verifyAudit(published: nil).failure else {
            Issue.record("an edit of an imported hazard must break its import's digest")
            return
        }
    }
}

/// Every write leaves a row per table and county in the change sequence (what a console that
/// lost its LISTEN connection catches up from), in the write's transaction.
@Suite struct PostgreSQLChangeSequenceTests {
    @Test func anImportRecordsWhatChangedInWhichCounty() throws {
        let fixture = try StoreFixture(.postgreSQL)
        let store = try #require(fixture.store as? PostgreSQLStore)
        let changes = try Psql.run(store.location, "SELECT DISTINCT what || ':' || COALESCE(county, '') FROM store_change WHERE what = 'hazard' ORDER BY 1")
        #expect(changes == "hazard:新泰市\nhazard:荔城区")
        let last = try Psql.run(store.location, "SELECT MAX(seq) FROM store_change")
        let refused = try fixture.write("bad.csv", "id,name,body,town\nP1,张三,区局,nowhere\n")
        #expect(throws: ImportFailure.self) {
            _ = try fixture.store.importFiles([refused], options: ImportOptions(today: StoreFixture.today, stamp: StoreFixture.stamp))
        }
        #expect(try Psql.run(store.location, "SELECT MAX(seq) FROM store_change") == last, "a refused import notes nothing")
    }
}
