import Foundation
import GRDB
@testable import SafetyStore
import Testing

/// A database made by an earlier build, at any shipped version, ends up equal to a new one
/// once migrated: same schema, same summary figures, and those figures equal a recount.
struct MigrationUpgradeTests {
    /// A few rows of every kind, in the columns v1 already has, and writes after them that
    /// go through the triggers of whatever version the database is at: an enterprise moved
    /// and one turned red, a hazard rectified, an inspection deleted.
    static let rows = """
        INSERT INTO jurisdiction (code, name, level, parent_code) VALUES
          ('350000', '福建省', 'province', NULL), ('350300', '莆田市', 'prefecture', '350000'),
          ('350304', '荔城区', 'county', '350300'), ('350304001', '镇海街道', 'town', '350304'),
          ('350304100', '黄石镇', 'town', '350304'), ('370000', '山东省', 'province', NULL),
          ('370900', '泰安市', 'prefecture', '370000'), ('370982', '新泰市', 'county', '370900'),
          ('370982100', '东都镇', 'town', '370982');
        INSERT INTO enterprise (id, name, county, town, industry, scale, key_supervised, risk_level,
                                risk_assessed_on, reward_mechanism, platform_registered) VALUES
          ('E1', '恒祥织造', '荔城区', '黄石镇', '纺织', 'above', 1, 'orange', '2025-03-01', 0, 1),
          ('E2', '某鞋业二厂', '荔城区', '镇海街道', '鞋服', 'below', 0, 'blue', NULL, 0, 0),
          ('E3', '东都煤矿', '新泰市', '东都镇', '煤矿', 'above', 1, 'red', '2025-01-10', 1, 0),
          ('E4', '未评估织造', '荔城区', '黄石镇', '纺织', 'below', 0, NULL, NULL, 1, 0);
        INSERT INTO hazard (id, enterprise_id, county, found_on, source, grade, description, status, responsible,
                            deadline, rectified_on, closed_on, listed_on, delisted_on, reward_yuan, duplicate_of) VALUES
          ('H1', 'E1', '荔城区', '2025-03-02', 'inspection', 'general', '消防通道堵塞', 'closed', '王工',
           '2025-03-20', '2025-03-10', '2025-03-15', NULL, NULL, 0, NULL),
          ('H2', 'E1', '荔城区', '2025-04-01', 'self_check', 'major', '有限空间作业未审批', 'rectifying', '李主任',
           '2025-05-01', NULL, NULL, '2025-04-05', NULL, 0, NULL),
          ('H3', 'E2', '荔城区', '2025-06-01', 'employee_report', 'general', '电动车室内充电', 'open', NULL,
           NULL, NULL, NULL, NULL, NULL, 200, NULL),
          ('H4', 'E3', '新泰市', '2025-02-01', 'expert', 'major', '瓦斯监测失效', 'closed', '矿长',
           '2025-02-20', '2025-02-18', '2025-02-25', '2025-02-03', '2025-03-01', 0, NULL),
          ('H5', 'E4', '荔城区', '2025-05-20', 'inspection', 'general', '配电箱无防护', 'assigned', '张工',
           '2025-06-01', NULL, NULL, NULL, NULL, 0, NULL),
          ('H6', 'E4', '荔城区', '2025-05-21', 'inspection', 'general', '配电箱无防护', 'open', NULL,
           '2025-06-02', NULL, NULL, NULL, NULL, 0, 'H5');
        INSERT INTO training (id, county, held_on, kind, audience, mode, sessions, person_times, topic, materials) VALUES
          ('T1', '荔城区', '2025-05-10', 'training', 'principal', 'offline', 2, 40, '主要负责人专题培训', 0),
          ('T2', '荔城区', '2025-06-16', 'publicity', 'public', 'offline', 1, 500, '安全宣传咨询日', 1200),
          ('T3', '新泰市', '2025-03-01', 'drill', 'worker', 'offline', 3, 90, '危化品泄漏演练', 0);
        INSERT INTO inspection (id, county, enterprise_id, kind, planned_on, done_on, team, hazards_found, inspectors) VALUES
          ('I1', '荔城区', 'E1', 'routine', '2025-03-01', '2025-03-02', '区局一组', 1, 2),
          ('I2', '荔城区', 'E2', 'double_random', '2025-06-10', NULL, '区局二组', 0, 2),
          ('I3', '新泰市', 'E3', 'unannounced', NULL, '2025-02-01', '暗访组', 1, 5),
          ('I4', '荔城区', NULL, 'routine', '2025-06-20', NULL, '区局一组', 0, 2),
          ('I5', '新泰市', 'E3', 'routine', '2025-07-01', NULL, '市局', 0, 3),
          ('I6', '荔城区', 'E1', 'routine', NULL, '2025-06-12', '区局一组', 0, 2);
        UPDATE enterprise SET town = '黄石镇' WHERE id = 'E2';
        UPDATE enterprise SET risk_level = 'red' WHERE id = 'E1';
        UPDATE hazard SET status = 'rectified', rectified_on = '2025-04-28' WHERE id = 'H2';
        DELETE FROM inspection WHERE id = 'I4';
        """

    /// Every shipped version but the newest.
    static let earlierVersions = Schema.migrations.dropLast().map(\.identifier)

    @Test(arguments: earlierVersions)
    func migratingFromAnEarlierVersionGivesANewDatabase(version: String) throws {
        let upgraded = try DatabaseQueue()
        try Schema.migrator.migrate(upgraded, upTo: version)
        try upgraded.write { db in try db.execute(sql: Self.rows) }
        try #require(try upgraded.read { db in try Schema.migrator.appliedMigrations(db).last } == version)
        try Schema.migrator.migrate(upgraded)

        let new = try DatabaseQueue()
        try Schema.migrator.migrate(new)
        try new.write { db in try db.execute(sql: Self.rows) }

        #expect(try Self.schema(upgraded) == Self.schema(new))
        let tables = try new.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        for table in tables {
            #expect(try Self.rows(of: table, in: upgraded) == Self.rows(of: table, in: new), "\(table)")
        }
        let kept = try Self.summaries(upgraded)
        try upgraded.write { db in try SummaryTables.recount(db) }
        #expect(try Self.summaries(upgraded) == kept)
        #expect(kept["red_inspection_day"]?.isEmpty == false, "the fixture reaches the tables added late")
    }

    /// The summary specs that the recount and the bulk load use still describe the tables
    /// and triggers the frozen migrations make: a spec changed without a migration fails here.
    @Test func summarySpecsDescribeTheFrozenSchema() throws {
        let new = try DatabaseQueue()
        try Schema.migrator.migrate(new)
        let frozen = try Self.schema(new, normalized: false)

        let sourceTables = try new.read { db in
            try String.fetchAll(db, sql: """
                SELECT sql FROM sqlite_master
                WHERE name IN ('jurisdiction', 'enterprise', 'hazard', 'training', 'inspection') ORDER BY rowid
                """)
        }
        let fromSpecs = try DatabaseQueue()
        try fromSpecs.write { db in
            for sql in sourceTables { try db.execute(sql: sql) }
            for spec in SummaryTables.all { try db.execute(sql: spec.createSQL) }
            try db.execute(sql: SummaryTables.enterpriseChangesSQL(SummaryTables.all))
        }
        let generated = try Self.schema(fromSpecs, normalized: false).filter { $0[0] != "index" }
        let changed = generated.filter { !frozen.contains($0) }.map { $0[1] }
        #expect(changed == [], "the specs no longer make these as the migrations did: add a migration with their new text")
        #expect(generated.count > 40, "the specs made the summary tables and their triggers")
    }

    /// Type, name, table and SQL of every schema object, by type and name; SQL with its runs
    /// of white space made one space unless `normalized` is false.
    static func schema(_ queue: DatabaseQueue, normalized: Bool = true) throws -> [[String]] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT type, name, tbl_name, COALESCE(sql, '') AS sql FROM sqlite_master ORDER BY type, name")
                .map { row in
                    let sql: String = row["sql"]
                    let text = normalized ? sql.split(whereSeparator: \.isWhitespace).joined(separator: " ") : sql
                    return [row["type"], row["name"], row["tbl_name"], text]
                }
        }
    }

    static func rows(of table: String, in queue: DatabaseQueue) throws -> [[String]] {
        try queue.read { db in
            let order = (1...(try db.columns(in: table).count)).map(String.init).joined(separator: ", ")
            return try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier) ORDER BY \(order)")
                .map { row in row.databaseValues.map(\.description) }
        }
    }

    static func summaries(_ queue: DatabaseQueue) throws -> [String: [[String]]] {
        var contents: [String: [[String]]] = [:]
        for spec in SummaryTables.all { contents[spec.table] = try rows(of: spec.table, in: queue) }
        return contents
    }
}
