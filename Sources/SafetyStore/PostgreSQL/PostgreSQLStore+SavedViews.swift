import PostgresNIO
import SafetyCore

extension PostgreSQLStore: SavedViews {
    public func savedViews() throws -> [SavedView] {
        try read { db in
            try access.authorize(db, .see)
            return try Self.views(db, login: access.login)
        }
    }

    @discardableResult
    public func saveView(_ view: SavedView) throws -> SavedViewSave {
        try SavedViewError.check(view.name)
        return try write { db in
            try access.authorize(db, .see)
            // xmax = 0 only on a row the statement inserted: the upsert says which it did.
            let inserted = try db.value(Bool.self, """
                INSERT INTO saved_view (operator_login, name, filter, sort, descending, columns) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (operator_login, name) DO UPDATE SET filter = excluded.filter, sort = excluded.sort,
                  descending = excluded.descending, columns = excluded.columns
                RETURNING xmax = 0
                """, [access.login, view.name, view.filter, view.sort.rawValue, view.descending, TriageColumn.text(view.columns)])
            return inserted == true ? .added : .replaced
        }
    }

    public func deleteView(named name: String) throws {
        try write { db in
            try access.authorize(db, .see)
            let deleted = try db.rows("DELETE FROM saved_view WHERE operator_login = $1 AND name = $2 RETURNING name",
                                      [access.login, name])
            guard !deleted.isEmpty else {
                throw SavedViewError.notFound(name: name, available: try Self.views(db, login: access.login).map(\.name))
            }
        }
    }

    /// The login's views by name in code-point order, as SQLite's binary collation sorts them.
    private static func views(_ db: PostgresSession, login: String) throws -> [SavedView] {
        try db.rows("""
            SELECT name, filter, sort, descending, columns FROM saved_view WHERE operator_login = $1 ORDER BY name COLLATE "C"
            """, [login]).map { row in
            let columns = try row.text("columns").split(separator: ",").compactMap { TriageColumn(rawValue: String($0)) }
            return SavedView(name: try row.text("name"), filter: try row.text("filter"),
                             sort: TriageSort(rawValue: try row.text("sort")) ?? .urgency,
                             descending: try row["descending"].decode(Bool.self), columns: columns)
        }
    }
}
