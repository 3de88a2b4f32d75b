/// What went wrong in the store, with what to do next.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// A row in the database holds a value the program cannot read (edited by hand?).
    case corruptValue(table: String, id: String, column: String, value: String)
    /// No record with this id.
    case notFound(kind: String, id: String)
    /// The database file could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// Nothing at the path, and the caller asked to open only an existing database.
    case noDatabase(path: String)
    /// The path names a folder.
    case isFolder(path: String)
    /// The file is not an SQLite database at all (its first bytes are not SQLite's header).
    case notSQLite(path: String)
    /// An SQLite file that holds tables but none of SafetyBoard's migrations: another
    /// program's database, which migrating would fill with SafetyBoard's tables.
    case notSafetyBoard(path: String)
    /// SQLite reads the file as damaged.
    case damaged(path: String, reason: String)
    /// The file records migrations this build does not know: a newer SafetyBoard made it,
    /// and this build must not write a schema it does not understand.
    case madeByNewerVersion(path: String, migrations: [String])

    public var description: String {
        switch self {
        case let .corruptValue(table, id, column, value):
            "\(table) \(id): column \(column) holds '\(value)', which is not valid — fix the row or re-import it"
        case let .notFound(kind, id):
            "no \(kind) with id \(id) — check the id (`safetyboard \(kind) list`)"
        case let .cannotOpen(path, reason):
            "cannot open database \(path): \(reason) — check the path and its permissions, or pass --db"
        case let .noDatabase(path):
            "no database at \(path) — create it with `safetyboard init --db \(path)`"
        case let .isFolder(path):
            "\(path) is a folder, not a SafetyBoard database; pass the database file inside it with --db, "
                + "or create one with `safetyboard init --db PATH`"
        case let .notSQLite(path):
            "\(path) is not a SafetyBoard database (not SQLite): its first bytes are not SQLite's header; "
                + "pass the right --db or create one with `safetyboard init --db PATH`"
        case let .notSafetyBoard(path):
            "\(path) is not a SafetyBoard database (an SQLite file with other tables and no SafetyBoard migration); "
                + "pass the right --db or create one with `safetyboard init --db PATH`"
        case let .damaged(path, reason):
            "\(path) is damaged (\(reason)); restore it from a backup, "
                + "or move it aside and create a new one with `safetyboard init --db \(path)`"
        case let .madeByNewerVersion(path, migrations):
            "\(path) was made by a newer SafetyBoard (migration \(migrations.joined(separator: ", "))); "
                + "upgrade SafetyBoard to open it — the file was left as it was"
        }
    }
}
