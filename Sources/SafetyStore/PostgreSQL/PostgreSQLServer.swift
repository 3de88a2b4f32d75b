import Foundation
/// What a PostgreSQL server's administrator does around the stores on it: create and drop a
/// database (the contract tests make one per test; `server init` one per province).
/// Connects as the location's login, which must be allowed to (`CREATEDB`, or a superuser).
public struct PostgreSQLServer: Sendable {
    /// The server, and the database to connect to for these statements (usually `postgres`).
    public let location: PostgreSQLLocation

    public init(location: PostgreSQLLocation) {
        self.location = location
    }

    /// Creates the database `name`, empty, UTF-8 with byte-order text sorting (as SQLite sorts).
    public func createDatabase(_ name: String) throws {
        try run("CREATE DATABASE \(Self.identifier(name)) TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
    }

    /// Drops the database `name`, ending its sessions first.
    public func dropDatabase(_ name: String) throws {
        try run("DROP DATABASE IF EXISTS \(Self.identifier(name)) WITH (FORCE)")
    }

    /// `name` quoted as an SQL identifier.
    static func identifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func run(_ sql: String) throws {
        let bridge = PostgresBridge(configuration: location.configuration)
        defer { bridge.close() }
        do {
            try bridge.withSession { session in try session.execute(sql) }
        } catch {
            let failure = PostgresFailure(error)
            throw StoreError.serverFailed(reason: "\(failure.message) (on \(location))", sqlState: failure.sqlState)
        }
    }
}
