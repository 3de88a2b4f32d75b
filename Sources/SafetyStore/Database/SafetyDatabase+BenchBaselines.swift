import Foundation
public import SafetyCore
import GRDB

/// The yardsticks `bench` measures the SQLite store against: what the `sqlite3` shell and a
/// plain GROUP BY would do. SQLite-only, so they are not part of the store's protocols.
extension SafetyDatabase {
    /// The CREATE TABLE and CREATE INDEX statements that give the `sqlite3` shell a table
    /// declared and indexed like `table`, with only the file's `columns` (the yardstick of
    /// `bench --import`; see SQLiteShellImport in the command line).
    public func shellSchema(table: String, columns header: [String]) throws -> String {
        try pool.read { db in
            let declared = try Row.fetchAll(db, sql: "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)", arguments: [table])
            var columns: [String] = []
            for name in header {
                let column = declared.first { $0["name"] == name }
                var definition = name.quotedDatabaseIdentifier + " " + (column?["type"] ?? "TEXT")
                if let column {
                    if column["pk"] as Int > 0 { definition += " PRIMARY KEY" }
                    if column["notnull"] as Int > 0 { definition += " NOT NULL" }
                    if let value: String = column["dflt_value"] { definition += " DEFAULT \(value)" }
                }
                columns.append(definition)
            }
            var statements = ["CREATE TABLE \(table.quotedDatabaseIdentifier) (\(columns.joined(separator: ", ")))"]
            // A column the file lacks, with the value our import leaves in it.
            let missing = declared.compactMap { row -> (String, String)? in
                let name: String = row["name"]
                return header.contains(name) ? nil : (name, row["dflt_value"] ?? "NULL")
            }
            let indexes = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", arguments: [table])
            for index in indexes {
                let keyColumns = try String?.fetchAll(db, sql: "SELECT name FROM pragma_index_info(?)", arguments: [index["name"] as String])
                if keyColumns.contains(where: { $0.map { !header.contains($0) } ?? false }) { continue }
                var sql: String = index["sql"]
                for (name, value) in missing {
                    sql = sql.replacingOccurrences(of: "\\b\(NSRegularExpression.escapedPattern(for: name))\\b", with: value, options: .regularExpression)
                }
                statements.append(sql)
            }
            return statements.joined(separator: ";\n") + ";\n"
        }
    }

    /// Runs the GROUP BY over the whole hazard table that a person would write for the county
    /// figures the summary tables keep (the baseline `bench` compares the summaries against);
    /// returns how many counties it counted.
    public func plainHazardCountsByCounty(asOf: Day) throws -> Int {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT county, COUNT(*), SUM(status IN \(StatusList.rectified)),
                  SUM(status IN \(StatusList.unrectified) AND deadline < ?),
                  SUM(grade = 'major'), SUM(grade = 'major' AND status IN \(StatusList.rectified))
                FROM hazard WHERE duplicate_of IS NULL GROUP BY county
                """, arguments: [asOf]).count
        }
    }
}
