import Foundation
import PostgresNIO

/// Where a PostgreSQL store is: parsed from `postgresql://USER[:PASSWORD]@HOST[:PORT]/DB`
/// (also `postgres://`), with what the URL leaves out taken from libpq's variables (`PGHOST`,
/// `PGPORT`, `PGUSER`, `PGDATABASE`, `PGPASSWORD`) — `postgresql:` alone is all of them.
///
/// A host that is a folder (`/run/postgresql`, in the URL as `%2Frun%2Fpostgresql` or
/// `?host=/run/postgresql`) is the folder of the server's unix socket, as for `psql`.
/// `?sslmode=disable|prefer|require`: TLS, `prefer` by default except on a socket or loopback.
public struct PostgreSQLLocation: Sendable, Equatable, CustomStringConvertible {
    public var user: String
    public var password: String?
    /// A host name or address, or the folder of the unix socket.
    public var host: String
    public var port: Int
    public var database: String
    public var sslMode: String

    /// True for text that names a PostgreSQL store rather than a SQLite file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql:") || text.hasPrefix("postgres:")
    }

    /// Parses `url`, filling the rest from `environment` (the process's when nil).
    public init(_ url: String, environment: [String: String]? = nil) throws {
        let environment = environment ?? ProcessInfo.processInfo.environment
        guard Self.isURL(url) else { throw StoreError.badServerURL(url: url, reason: "it does not start with postgresql:") }
        func variable(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        let rest = url.drop(while: { $0 != ":" }).dropFirst()
        var user: String?, password: String?, host: String?, port: Int?, database: String?
        var query: [String: String] = [:]
        if rest.hasPrefix("//") {
            guard let components = URLComponents(string: "postgresql:" + rest) else {
                throw StoreError.badServerURL(url: url, reason: "it is not a URL")
            }
            user = components.percentEncodedUser?.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 }
            password = components.percentEncodedPassword?.removingPercentEncoding
            host = components.percentEncodedHost?.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 }
            port = components.port
            let path = String(components.percentEncodedPath.drop(while: { $0 == "/" })).removingPercentEncoding ?? ""
            database = path.isEmpty ? nil : path
            for item in components.queryItems ?? [] { query[item.name] = item.value ?? "" }
        } else if !rest.isEmpty {
            throw StoreError.badServerURL(url: url, reason: "after postgresql: comes //USER@HOST:PORT/DATABASE, or nothing (the PG* variables)")
        }
        if let queryHost = query["host"] { host = queryHost }
        if let queryPort = query["port"] {
            guard let number = Int(queryPort) else { throw StoreError.badServerURL(url: url, reason: "port '\(queryPort)' is not a number") }
            port = number
        }
        if let queryUser = query["user"] { user = queryUser }
        if let queryDatabase = query["dbname"] { database = queryDatabase }
        let envPort = try variable("PGPORT").map { text -> Int in
            guard let number = Int(text) else { throw StoreError.badServerURL(url: url, reason: "PGPORT '\(text)' is not a number") }
            return number
        }
        self.user = user ?? variable("PGUSER") ?? OperatingSystemLogin.current().login
        self.password = password ?? variable("PGPASSWORD")
        self.host = host ?? variable("PGHOST")
            ?? (FileManager.default.fileExists(atPath: "/run/postgresql") ? "/run/postgresql" : "localhost")
        self.port = port ?? envPort ?? 5432
        self.database = database ?? variable("PGDATABASE") ?? self.user
        let local = self.host.hasPrefix("/") || ["localhost", "127.0.0.1", "::1"].contains(self.host)
        sslMode = query["sslmode"] ?? variable("PGSSLMODE") ?? (local ? "disable" : "prefer")
        guard ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"].contains(sslMode) else {
            throw StoreError.badServerURL(url: url, reason: "sslmode '\(sslMode)' is not disable, prefer or require")
        }
    }

    /// The same server, another database (the tests make one per test).
    public func database(_ name: String) -> PostgreSQLLocation {
        var other = self
        other.database = name
        return other
    }

    /// The same database as another login.
    public func user(_ name: String, password: String? = nil) -> PostgreSQLLocation {
        var other = self
        other.user = name
        other.password = password
        return other
    }

    /// The URL without the password (for messages).
    public var description: String {
        let place = host.hasPrefix("/") ? "\(host):\(port)" : "\(host.contains(":") ? "[\(host)]" : host):\(port)"
        return "postgresql://\(user)@\(place)/\(database)"
    }

    var configuration: PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        if host.hasPrefix("/") {
            configuration = PostgresClient.Configuration(
                unixSocketPath: (host as NSString).appendingPathComponent(".s.PGSQL.\(port)"),
                username: user, password: password, database: database)
        } else {
            let tls: PostgresClient.Configuration.TLS = switch sslMode {
            case "disable": .disable
            case "allow", "prefer": .prefer(.makeClientConfiguration())
            default: .require(.makeClientConfiguration())
            }
            configuration = PostgresClient.Configuration(host: host, port: port, username: user, password: password,
                                                         database: database, tls: tls)
        }
        configuration.options.connectTimeout = .seconds(10)
        configuration.options.maximumConnections = 8
        configuration.options.additionalStartupParameters = [("application_name", "safetyboard")]
        return configuration
    }
}
