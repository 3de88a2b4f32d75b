import GRDB
@testable import SafetyStore

/// Everything a database file holds, for "identical" and "nothing changed" checks: the
/// schema (type, name, table and SQL of every table, index and trigger) and every row of
/// every table, in a stable order.
struct StoredState: Equatable {
    var schema: [[String]]
    var rows: [String: [[String]]]

    init(_ database: SafetyDatabase) throws {
        let read: ([[String]], [String: [[String]]]) = try database.pool.read { db in
            let schema = try Self.text(Row.fetchAll(db, sql: """
                SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master ORDER BY type, name
                """))
            var rows: [String: [[String]]] = [:]
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            for table in tables {
                let order = try (1...db.columns(in: table).count).map { String($0) }.joined(separator: ", ")
                rows[table] = try Self.text(Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier) ORDER BY \(order)"))
            }
            return (schema, rows)
        }
        (schema, rows) = read
    }

    /// The same state with the audit rows' times and hash links blanked: two databases made a
    /// second apart differ in when their first admin was enrolled, and so in every link after.
    var withoutAuditTimes: StoredState {
        var copy = self
        copy.rows["audit"] = rows["audit"]?.map { row in
            row.enumerated().map { index, value in [1, 9, 10].contains(index) ? "" : value }
        }
        return copy
    }

    /// The tables whose rows differ, with their row counts and first differing row: a
    /// readable failure instead of two whole databases.
    func differences(from other: StoredState) -> [String] {
        Set(rows.keys).union(other.rows.keys).sorted().compactMap { table in
            let mine = rows[table] ?? [], theirs = other.rows[table] ?? []
            guard mine != theirs else { return nil }
            let first = zip(mine, theirs).first { $0 != $1 }.map { "\($0.0) vs \($0.1)" } ?? "(one is a prefix of the other)"
            return "\(table): \(mine.count) vs \(theirs.count) rows; first difference \(first)"
        }
    }

    private static func text(_ rows: [Row]) -> [[String]] {
        rows.map { row in row.databaseValues.map { value in value.description } }
    }
}
