import Foundation
import GRDB
import SafetyCore
@testable import SafetyStore
import Testing

/// The audit trail as a hash chain: `audit verify` finds each way of tampering with the file
/// around the application — an edited field, a deleted row, two rows swapped, a truncated tail
/// against a published head, a hazard changed behind the application's back.
struct AuditChainTests {
    /// The data set loaded, and a few audited changes on top.
    static func fixture() throws -> Fixture {
        let f = try Fixture()
        try f.loadAll()
        try f.database.apply(.setDeadline(Day(iso: "2025-07-30")!), to: [.id("H2")], stamp: Fixture.stamp, today: Fixture.today)
        try f.database.apply(.comment("已电话通知"), to: [.id("H3")], stamp: Fixture.stamp, today: Fixture.today)
        try f.database.apply(.assign(responsible: "张厂长", deadline: Day(iso: "2025-07-15")!), to: [.id("H3")],
                             stamp: Fixture.stamp, today: Fixture.today)
        return f
    }

    /// What an attacker with `sqlite3` does: the append-only triggers are only SQL, dropped first.
    static func tamper(_ f: Fixture, _ sql: String) throws {
        try f.database.pool.write { db in
            try db.execute(sql: "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;")
            try db.execute(sql: sql)
        }
    }

    static func ids(_ f: Fixture) throws -> [Int64] {
        try f.database.pool.read { try Int64.fetchAll($0, sql: "SELECT id FROM audit ORDER BY id") }
    }

    @Test func anUntouchedTrailVerifiesAndReplaysEveryHazard() throws {
        let f = try Self.fixture()
        let result = try f.database.verifyAudit(published: nil)
        #expect(result.failure == nil)
        #expect(result.hazardsReplayed == 4)
        #expect(result.head == (try f.database.auditHead()))
        #expect(result.head.count == (try Self.ids(f)).count)
    }

    @Test func anEditedFieldIsNamed() throws {
        let f = try Self.fixture()
        let row = try Self.ids(f)[3]
        try Self.tamper(f, "UPDATE audit SET operator = 'nobody' WHERE id = \(row)")
        #expect(try f.database.verifyAudit(published: nil).failure == .edited(row: row))
    }

    @Test func aDeletedRowIsNamed() throws {
        let f = try Self.fixture()
        let ids = try Self.ids(f)
        try Self.tamper(f, "DELETE FROM audit WHERE id = \(ids[4])")
        #expect(try f.database.verifyAudit(published: nil).failure == .deleted(row: ids[5], after: ids[3]))
    }

    @Test func twoRowsSwappedAreNamed() throws {
        let f = try Self.fixture()
        let ids = try Self.ids(f)
        let (a, b) = (ids[2], ids[5])
        let columns = "at, operator, entity, entity_id, action, before, after, note, prev_hash, hash"
        try Self.tamper(f, """
            CREATE TEMP TABLE swap AS SELECT * FROM audit WHERE id IN (\(a), \(b));
            UPDATE audit SET (\(columns)) = (SELECT \(columns) FROM swap WHERE swap.id = \(b)) WHERE id = \(a);
            UPDATE audit SET (\(columns)) = (SELECT \(columns) FROM swap WHERE swap.id = \(a)) WHERE id = \(b);
            """)
        #expect(try f.database.verifyAudit(published: nil).failure == .reordered(row: a))
    }

    @Test func aTruncatedTailIsCaughtOnlyAgainstThePublishedHead() throws {
        let f = try Self.fixture()
        for remark in ["复查一", "复查二"] {
            try f.database.apply(.comment(remark), to: [.id("H1")], stamp: Fixture.stamp, today: Fixture.today)
        }
        let published = try f.database.auditHead()
        let ids = try Self.ids(f)
        try Self.tamper(f, "DELETE FROM audit WHERE id >= \(ids[ids.count - 2])")
        // The shorter chain is whole in itself, and the rows removed changed no field: only a
        // head published before shows the loss.
        #expect(try f.database.verifyAudit(published: nil).failure == nil)
        let head = try #require(AuditHead.Published("\(published.count):\(published.hash)"))
        let failure = try f.database.verifyAudit(published: head).failure
        #expect(failure == .publishedHeadMissing(head, now: try f.database.auditHead()))
        #expect(try f.database.verifyAudit(published: AuditHead.Published(published.hash)).failure != nil)
    }

    @Test func aTruncatedTailThatRecordedAChangeIsCaughtByTheReplayAlone() throws {
        let f = try Self.fixture()
        let last = try #require(try Self.ids(f).last)
        try Self.tamper(f, "DELETE FROM audit WHERE id = \(last)")
        // H3's assignment lost its audit row: rolled back without it, H3 is not what its import wrote.
        guard case .importChanged = try f.database.verifyAudit(published: nil).failure else {
            Issue.record("the replay must catch a change whose audit row is gone")
            return
        }
    }

    @Test func theHeadPublishedEarlierIsStillFoundAfterLaterWrites() throws {
        let f = try Self.fixture()
        let published = try f.database.auditHead()
        try f.database.apply(.comment("后来的"), to: [.id("H1")], stamp: Fixture.stamp, today: Fixture.today)
        #expect(try f.database.verifyAudit(published: AuditHead.Published("\(published.count):\(published.hash)")).failure == nil)
        #expect(try f.database.verifyAudit(published: AuditHead.Published("\(published.count + 1):\(published.hash)")).failure != nil,
                "a head at another count is not the published one")
    }

    @Test func aHazardChangedBehindTheApplicationAfterAnAuditedChangeIsNamedWithItsField() throws {
        let f = try Self.fixture()
        try f.database.pool.write { try $0.execute(sql: "UPDATE hazard SET deadline = '2030-01-01' WHERE id = 'H2'") }
        let failure = try f.database.verifyAudit(published: nil).failure
        guard case let .hazardChanged(hazard, field, found, expected, _) = failure else {
            Issue.record("expected a changed hazard, got \(String(describing: failure))")
            return
        }
        #expect([hazard, field, found, expected] == ["H2", "deadline", "2030-01-01", "2025-07-30"])
    }

    @Test func aHazardUntouchedSinceItsImportIsCheckedAgainstTheImportsDigest() throws {
        let f = try Self.fixture()
        try f.database.pool.write { try $0.execute(sql: "UPDATE hazard SET status = 'closed', closed_on = '2025-06-01' WHERE id = 'H4'") }
        let failure = try f.database.verifyAudit(published: nil).failure
        guard case let .importChanged(_, file, hazards) = failure else {
            Issue.record("expected an import's hazards changed, got \(String(describing: failure))")
            return
        }
        #expect(file.hasSuffix("hazards.csv"))
        #expect(hazards == 4)
    }

    @Test func aHazardInsertedAroundTheApplicationIsNamed() throws {
        let f = try Self.fixture()
        try f.database.pool.write { db in
            try db.execute(sql: """
                INSERT INTO hazard (id, enterprise_id, county, found_on, source, grade, description, status)
                VALUES ('H99', 'E1', '荔城区', '2025-06-01', 'inspection', 'general', '凭空出现', 'open')
                """)
        }
        #expect(try f.database.verifyAudit(published: nil).failure == .hazardUnaudited(hazard: "H99"))
    }

    @Test func anUndoAndAnAddReplay() throws {
        let f = try Self.fixture()
        let changes = try f.database.apply(.markRectified(on: Fixture.today, note: "完毕"), to: [.id("H2")], stamp: Fixture.stamp, today: Fixture.today)
        try f.database.undo(changes, stamp: Fixture.stamp)
        try f.database.add(Hazard(id: "H9", enterpriseId: "E3", county: "新泰市", foundOn: Fixture.today, source: .inspection,
                                  grade: .general, description: "巷道积水", status: .open), stamp: Fixture.stamp, today: Fixture.today)
        let result = try f.database.verifyAudit(published: nil)
        #expect(result.failure == nil)
        #expect(result.hazardsReplayed == 5)
    }

    /// A database made before v14: its rows are chained by the migration, and hazards of an
    /// import from then are counted as not replayable rather than failed.
    @Test func theMigrationChainsTheRowsAlreadyThere() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v13: indexes no query reads")
        try queue.write { db in
            try db.execute(sql: MigrationUpgradeTests.rows)
            try db.execute(sql: """
                INSERT INTO audit (at, operator, entity, entity_id, action, before, after, note) VALUES
                  ('2025-06-01T08:00:00Z', 'old', 'import', 'hazards.csv', 'import', NULL, '6 hazards (UTF-8)', NULL),
                  ('2025-06-02T08:00:00Z', 'old', 'hazard', 'H3', 'comment', NULL, NULL, '旧的备注')
                """)
        }
        try Schema.migrator.migrate(queue)
        let result = try queue.read { try AuditReplay(db: $0).verify(published: nil) }
        #expect(result.failure == nil)
        #expect(result.head.count == 2)
        #expect(result.hazardsBeforeChain == 6)
        let links = try queue.read { try Row.fetchAll($0, sql: "SELECT prev_hash, hash FROM audit ORDER BY id") }
        #expect(links[0]["prev_hash"] == AuditChain.genesis)
        #expect(links[1]["prev_hash"] as String? == links[0]["hash"] as String?)
        #expect(throws: (any Error).self, "the append-only trigger is back") {
            try queue.write { try $0.execute(sql: "UPDATE audit SET note = 'x'") }
        }
    }
}
