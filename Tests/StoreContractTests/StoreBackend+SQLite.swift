import Foundation
import SafetyStore

extension StoreBackend {
    /// The embedded default: a new database file per test, in the test's scratch folder.
    static let sqlite = StoreBackend(name: "SQLite") { scratch in
        let path = scratch.appendingPathComponent("store.sqlite").path
        return OpenedStore(store: try SafetyDatabase(path: path), connectAgain: { try SafetyDatabase(path: path) })
    }
}
