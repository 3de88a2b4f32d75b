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
    /// `--db postgresql:…` that cannot be read as a PostgreSQL URL.
    case badServerURL(url: String, reason: String)
    /// The PostgreSQL server could not be reached or refused the login.
    case serverUnreachable(location: String, reason: String)
    /// The PostgreSQL server refused or failed a statement (its message and SQLSTATE).
    case serverFailed(reason: String, sqlState: String?)
    /// A command this build runs only on a SQLite file (`bench`).
    case notOnPostgreSQL(feature: String)

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
        case let .badServerURL(url, reason):
            "cannot read --db \(url) as a PostgreSQL URL: \(reason) — write postgresql://USER@HOST:PORT/DATABASE, "
                + "or postgresql: alone to take PGHOST, PGPORT, PGUSER and PGDATABASE"
        case let .serverUnreachable(location, reason):
            "cannot reach the PostgreSQL server \(location): \(reason) — check that the server runs, the host, port, "
                + "login and password (~/.pgpass is not read: give the password in the URL or PGPASSWORD)"
        case let .serverFailed(reason, sqlState):
            "the PostgreSQL server refused: \(reason)\(sqlState.map { " (SQLSTATE \($0))" } ?? "")"
                + (sqlState == "42501" ? " — your database role lacks the grant or row-level policy for this; ask the province's admin" : "")
        case let .notOnPostgreSQL(feature):
            "\(feature) runs on a SQLite file only — use --db FILE (a copy of the data) for it"
        }
    }
}
