import PostgresNIO
/// The PostgreSQL schema, as versioned migrations of its own, recorded in `schema_migrations`
/// (the SQLite schema's are GRDB's `grdb_migrations`). Append only, like `Schema.migrations`:
/// a shipped migration's statements never change.
///
/// The tables, columns and indexes are those the SQLite migrations v1…v16 leave, with the same
/// names and the same values (dates as ISO text, flags as 0/1 integers), so that a query ports
/// from one backend to the other as it is, `?` written `$1, $2…`. What SQLite has implicitly
/// is a column here: `rowid` on every record table but county_fact (SQLite's one table without
/// rowids): an import's digest covers its rows by rowid.
enum PostgresSchema {
    struct Migration: Sendable {
        /// Recorded in `schema_migrations` once run; never renamed.
        let identifier: String
        /// Run in order, in one transaction with the record of the migration.
        let statements: [String]
    }

    /// Every migration, oldest first.
    static let migrations: [Migration] = [.v1, .v2, .v3, .v4, .v5, .v6, .v7, .v8, .v9, .v10, .v11]

    /// Brings the database up to date in one transaction per migration; a second process
    /// migrating at the same time waits for the first (an advisory lock), then finds it done.
    /// Refuses a database migrated by a newer SafetyBoard.
    static func migrate(_ session: PostgresSession, location: String) throws {
        // Up to date: nothing to lock or create (an officer's role may not create anything).
        if try session.value(Bool.self, "SELECT to_regclass('schema_migrations') IS NOT NULL") == true {
            let applied = Set(try session.rows("SELECT identifier FROM schema_migrations").map { try $0.decode(String.self) })
            let known = Set(migrations.map(\.identifier))
            if !applied.subtracting(known).isEmpty {
                throw StoreError.madeByNewerVersion(path: location, migrations: applied.subtracting(known).sorted())
            }
            if known.isSubset(of: applied) { return }
        }
        try session.execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
              identifier text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
            """)
        try session.transaction {
            try session.execute("SELECT pg_advisory_xact_lock(\(lockKey))")
            let applied = try session.rows("SELECT identifier FROM schema_migrations").map { try $0.decode(String.self) }
            let known = Set(migrations.map(\.identifier))
            let unknown = applied.filter { !known.contains($0) }
            guard unknown.isEmpty else { throw StoreError.madeByNewerVersion(path: location, migrations: unknown.sorted()) }
            for migration in migrations where !applied.contains(migration.identifier) {
                try session.execute(script: migration.statements)
                try session.execute("INSERT INTO schema_migrations (identifier) VALUES ($1)", [migration.identifier])
            }
        }
    }

    /// The advisory lock key of schema changes ("SBSCHEMA" as a number).
    static let lockKey = 0x5342_5343_4845_4D41
    /// The advisory lock key that serializes appends to the audit chain ("SBAUDIT").
    static let auditLockKey = 0x0053_4241_5544_4954
}
