import Foundation
import SafetyCore
import SafetyStore

extension StoreBackend {
    /// The embedded default: a new database file per test, in the test's scratch folder. The
    /// store acts for the fixture's login (its first admin); the second connection for the
    /// other writer's, an admin too — as two officers' processes on one file would.
    static let sqlite = StoreBackend(name: "SQLite") { scratch in
        let path = scratch.appendingPathComponent("store.sqlite").path
        let store = try SafetyDatabase(path: path, actingAs: StoreFixture.stamp.operatorName)
        _ = try store.addOperator(login: StoreFixture.otherStamp.operatorName, name: "second console", role: .admin,
                                  scope: "all", stamp: StoreFixture.stamp)
        return OpenedStore(store: store, connectAgain: { try SafetyDatabase(path: path, actingAs: StoreFixture.otherStamp.operatorName) })
    }
}
