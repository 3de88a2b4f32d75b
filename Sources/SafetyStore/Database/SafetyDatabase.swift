import GRDB
import SafetyCore

/// The one door to a SafetyBoard database file: it owns the connection pool and the schema,
/// and offers one method per consistent read or write. Several processes may open the same
/// file at once (two consoles and an importer): WAL, one writer, many readers.
public final class SafetyDatabase: Sendable {
    /// The connection pool: GRDB stays inside the store, so no caller outside it can read or
    /// write around the rules the store enforces.
    let pool: DatabasePool
    public let path: String
    /// The login this store acts for: every write is authorized for it and audited under it,
    /// and every read is narrowed to its scope (see `Access`).
    public let actorLogin: String
    /// The check point for `actorLogin`.
    var access: Access { Access(login: actorLogin) }

    /// Page cache per connection, in KiB (filled only as pages are read).
    static let cacheKibibytes = 64 * 1024

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// With `mustExist`, a path with no file (or an empty one) is refused with
    /// `StoreError.noDatabase` instead, and neither the file nor its folder is created.
    ///
    /// What is not a SafetyBoard database this build may write is refused before anything is
    /// created or changed, each with a `StoreError` naming the path: a folder (`isFolder`), a
    /// file that is not SQLite (`notSQLite`) or another program's SQLite file
    /// (`notSafetyBoard`), a damaged one (`damaged`), one migrated by a newer SafetyBoard
    /// (`madeByNewerVersion`). Damage is found where opening reads (the header, the schema,
    /// the migrations table); damage elsewhere surfaces from the query that reads it.
    ///
    /// `profile`, when given, is told every statement run on any connection and its duration
    /// in seconds (the benchmark's `--sql-trace`).
    ///
    /// The store acts for the process's operating-system login (`OperatingSystemLogin`);
    /// `actingAs` names another login for in-process callers (tests, the benchmark). When the
    /// roster is empty — a new database, or one from before v14 — that login becomes its first
    /// admin, audited.
    public init(
        path: String, mustExist: Bool = false,
        profile: (@Sendable (_ sql: String, _ seconds: Double) -> Void)? = nil,
        actingAs: String? = nil
    ) throws {
        let migrator = Schema.migrator
        try DatabaseFile.check(path, mustExist: mustExist, migrator: migrator)
        var configuration = Configuration()
        // Another process may hold the write lock (an import); wait for it rather than fail.
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // NORMAL is durable in WAL mode except across power loss of the last commit.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A page cache that holds the queue's indexes and the pages a console keeps
            // reading: with SQLite's default 2 MB, every key re-read its pages from the file
            // (measured with perf: most of a key's time in the kernel's read path).
            try db.execute(sql: "PRAGMA cache_size = -\(Self.cacheKibibytes)")
            if let profile {
                db.trace(options: .profile) { event in
                    if case let .profile(statement, duration) = event { profile(statement.sql, duration) }
                }
            }
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError(opening: path, error)
        }
        self.path = path
        let process = OperatingSystemLogin.current()
        actorLogin = actingAs ?? process.login
        do {
            try migrator.migrate(pool)
        } catch {
            throw StoreError(opening: path, error)
        }
        try enrollFirstAdmin(name: actingAs == nil ? process.fullName : actorLogin)
    }

    private init(pool: DatabasePool, path: String, actorLogin: String) {
        self.pool = pool
        self.path = path
        self.actorLogin = actorLogin
    }

    /// The same database, acting for `login` (one connection pool for both).
    public func acting(as login: String) -> SafetyDatabase {
        SafetyDatabase(pool: pool, path: path, actorLogin: login)
    }
}
