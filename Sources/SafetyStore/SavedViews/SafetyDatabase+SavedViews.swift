import GRDB
import SafetyCore

extension SafetyDatabase: SavedViews {
    public func savedViews() throws -> [SavedView] {
        try pool.read { db in
            try access.authorize(db, .see)
            return try Row.fetchAll(db, sql: """
                SELECT name, filter, sort, descending, columns FROM saved_view WHERE operator_login = ? ORDER BY name
                """, arguments: [access.login]).map(SavedView.init(row:))
        }
    }

    @discardableResult
    public func saveView(_ view: SavedView) throws -> SavedViewSave {
        try SavedViewError.check(view.name)
        return try pool.write { db in
            try access.authorize(db, .see)
            let existed = try Bool.fetchOne(db, sql: "SELECT 1 FROM saved_view WHERE operator_login = ? AND name = ?",
                                            arguments: [access.login, view.name]) ?? false
            try db.execute(sql: """
                INSERT INTO saved_view (operator_login, name, filter, sort, descending, columns) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (operator_login, name) DO UPDATE SET filter = excluded.filter, sort = excluded.sort,
                  descending = excluded.descending, columns = excluded.columns
                """, arguments: [access.login, view.name, view.filter, view.sort.rawValue, view.descending,
                                 TriageColumn.text(view.columns)])
            return existed ? .replaced : .added
        }
    }

    public func deleteView(named name: String) throws {
        try pool.write { db in
            try access.authorize(db, .see)
            try db.execute(sql: "DELETE FROM saved_view WHERE operator_login = ? AND name = ?", arguments: [access.login, name])
            guard db.changesCount > 0 else {
                throw SavedViewError.notFound(name: name, available: try String.fetchAll(
                    db, sql: "SELECT name FROM saved_view WHERE operator_login = ? ORDER BY name", arguments: [access.login]))
            }
        }
    }
}

extension SavedView {
    /// A `saved_view` row. What a newer build may have written and this one does not know —
    /// a sort or a column added since — falls back to the default order and is left out of
    /// the columns, so an older console still opens the view.
    init(row: Row) {
        let sortName: String = row["sort"]
        let columnText: String = row["columns"]
        let columns = columnText.split(separator: ",").compactMap { TriageColumn(rawValue: String($0)) }
        self.init(name: row["name"], filter: row["filter"], sort: TriageSort(rawValue: sortName) ?? .urgency,
                  descending: row["descending"], columns: columns)
    }
}
