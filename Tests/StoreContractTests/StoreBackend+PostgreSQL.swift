import Foundation
import SafetyCore
import SafetyStore

extension StoreBackend {
    /// The variable that names the test server: a PostgreSQL URL whose login may create
    /// databases (`.ci/run` and `scripts/test-postgres-cluster start` export it).
    static let postgresVariable = "SAFETYBOARD_TEST_POSTGRES"

    /// A PostgreSQL server: a new database per test, made from the server in
    /// `$SAFETYBOARD_TEST_POSTGRES` and dropped by `discard`. The store acts for the fixture's
    /// login; the second connection is another `PostgreSQLStore` (its own pool) on the same
    /// database, for the other writer's login — another county office on the same server.
    ///
    /// Without the variable or the server, `open` throws and the test fails, saying how to
    /// start one: the PostgreSQL half of the contract never passes by being skipped.
    static let postgreSQL = StoreBackend(name: "PostgreSQL") { _ in
        guard let url = ProcessInfo.processInfo.environment[postgresVariable], !url.isEmpty else {
            throw PostgresTestServerMissing()
        }
        let server = PostgreSQLServer(location: try PostgreSQLLocation(url))
        let name = "sb_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try server.createDatabase(name)
        let location = server.location.database(name)
        do {
            let store = try PostgreSQLStore(location: location, actingAs: StoreFixture.stamp.operatorName)
            _ = try store.addOperator(login: StoreFixture.otherStamp.operatorName, name: "second console", role: .admin,
                                      scope: "all", stamp: StoreFixture.stamp)
            return OpenedStore(
                store: store,
                connectAgain: { try PostgreSQLStore(location: location, actingAs: StoreFixture.otherStamp.operatorName) },
                discard: { try? server.dropDatabase(name) })
        } catch {
            try? server.dropDatabase(name)
            throw error
        }
    }
}

/// The PostgreSQL tests ran without a server to run on.
struct PostgresTestServerMissing: Error, CustomStringConvertible {
    var description: String {
        "\(StoreBackend.postgresVariable) is not set: the PostgreSQL contract tests need a server. Start the throw-away one with "
            + "`eval \"$(scripts/test-postgres-cluster start /tmp/sb-pg)\"` (needs Debian's postgresql package), "
            + "or run `.ci/run`, which does it"
    }
}
