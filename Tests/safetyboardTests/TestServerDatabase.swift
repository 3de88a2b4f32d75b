import Foundation
import SafetyStore
import Testing

/// A new, empty database on the PostgreSQL test server (`$SAFETYBOARD_TEST_POSTGRES`, which
/// `.ci/run` and `scripts/test-postgres-cluster start` export), dropped by `drop()`. Without the
/// variable the test fails, saying how to start a server: it never passes by being skipped.
struct TestServerDatabase: Sendable {
    let server: PostgreSQLServer
    let name: String
    /// The database as the server's login (the owner of what `server init` creates).
    let location: PostgreSQLLocation

    init(prefix: String) throws {
        let url = try #require(ProcessInfo.processInfo.environment["SAFETYBOARD_TEST_POSTGRES"],
                               "SAFETYBOARD_TEST_POSTGRES is not set: start a server with scripts/test-postgres-cluster or run .ci/run")
        server = PostgreSQLServer(location: try PostgreSQLLocation(url))
        name = prefix + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try server.createDatabase(name)
        location = server.location.database(name)
    }

    func drop() { try? server.dropDatabase(name) }
}
