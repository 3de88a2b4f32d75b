import Foundation
import PostgresNIO
import SafetyCore

/// A SafetyBoard store on a PostgreSQL server (15 or later): the province's one shared store
/// for its county offices, behind the same protocols as the SQLite file (`Store`), so the
/// console and the commands do not know which they have.
///
/// It holds a `PostgresClient` connection pool (run in a task of its own) and calls it through
/// a synchronous bridge (``PostgresBridge``: the calling thread waits on a semaphore while the
/// async call runs on the bridge's own executor). Call it from any thread but a NIO event loop.
///
/// Opening brings the server's schema up to date (``PostgresSchema``) and, on an empty roster,
/// enrolls the acting login as first admin — as `SafetyDatabase` does with a new file.
public final class PostgreSQLStore: Sendable {
    let bridge: PostgresBridge
    /// Where the store is (user, host, port, database; the password is not shown).
    public let location: PostgreSQLLocation
    /// The login this store acts for: writes are authorized for it and audited under it,
    /// reads narrowed to its scope (see `PostgresAccess`).
    public let actorLogin: String
    var access: PostgresAccess { PostgresAccess(login: actorLogin) }
    /// The backends of this store's pooled connections: the live feed tells its own writes by them.
    let ownBackends = PostgresOwnBackends()

    /// Opens the store at `url` (see ``PostgreSQLLocation``), acting for the database login
    /// (an officer's role) or for `actingAs`.
    public convenience init(url: String, actingAs: String? = nil) throws {
        try self.init(location: PostgreSQLLocation(url), actingAs: actingAs)
    }

    /// Opens the store at `location`; ``StoreError/serverUnreachable(location:reason:)`` when
    /// the server cannot be reached or refuses the login.
    public init(location: PostgreSQLLocation, actingAs: String? = nil) throws {
        self.location = location
        bridge = PostgresBridge(configuration: location.configuration)
        let process = OperatingSystemLogin.current()
        // The login the server authenticated, not the process's: the server can vouch for
        // that one, and row-level security applies to it.
        actorLogin = actingAs ?? location.user
        do {
            try bridge.withSession { session in try session.execute("SELECT 1") }
        } catch {
            bridge.close()
            throw StoreError.serverUnreachable(location: location.description, reason: PostgresFailure(error).message)
        }
        do {
            try session { session in try PostgresSchema.migrate(session, location: location.description) }
            try enrollFirstAdmin(name: actingAs == nil && location.user == process.login ? process.fullName : actorLogin)
        } catch {
            bridge.close()
            throw error
        }
    }

    deinit {
        bridge.close()
    }

    /// Runs `body` on one server session; server errors come out as ``StoreError/serverFailed(reason:sqlState:)``,
    /// the store's own typed errors as they are.
    func session<Result>(_ body: (PostgresSession) throws -> Result) throws -> Result {
        do {
            return try bridge.withSession { session in
                try ownBackends.note(session)
                return try body(session)
            }
        } catch let error as PSQLError {
            let failure = PostgresFailure(error)
            throw StoreError.serverFailed(reason: failure.message, sqlState: failure.sqlState)
        } catch let failure as PostgresFailure {
            throw StoreError.serverFailed(reason: failure.message, sqlState: failure.sqlState)
        }
    }

    /// A read: one transaction at REPEATABLE READ, so all its statements see one snapshot
    /// (the console's "one consistent read per request").
    func read<Result>(_ body: (PostgresSession) throws -> Result) throws -> Result {
        try session { session in
            try session.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            do {
                let result = try body(session)
                try session.execute("COMMIT")
                return result
            } catch {
                try? session.execute("ROLLBACK")
                throw error
            }
        }
    }

    /// A write: one transaction (READ COMMITTED; the writes lock the rows they change, and a
    /// hazard's revision is checked under that lock), committed when `body` returns.
    func write<Result>(_ body: (PostgresSession) throws -> Result) throws -> Result {
        try session { session in try session.transaction { try body(session) } }
    }
}
