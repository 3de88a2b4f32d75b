import Foundation
import SafetyStore
import Testing

/// One store engine the contract runs against. Every contract test takes a backend as its
/// argument (`@Test(arguments: StoreBackend.all)`), so a new engine runs the whole suite by
/// being added to `all`.
struct StoreBackend: Sendable, CustomTestStringConvertible {
    /// Shown in the test's name, e.g. `SQLite`.
    let name: String
    /// Opens a new, empty store of this engine for one test. `scratch` is a folder of that
    /// test's own (the SQLite backend keeps its file there; a server backend may ignore it).
    let open: @Sendable (_ scratch: URL) throws -> OpenedStore

    var testDescription: String { name }

    /// The backends every contract test runs on: the SQLite file and the PostgreSQL server
    /// (`StoreBackend+PostgreSQL.swift`: a new database per `open` on the server `.ci/run`
    /// starts; without a server its tests fail, they do not skip).
    static let all: [StoreBackend] = [.sqlite, .postgreSQL]
}

/// A store opened for one test, and how to reach the same data a second way.
struct OpenedStore: Sendable {
    let store: any Store
    /// A second, independent connection to the same data: another process on the same SQLite
    /// file, another office on the same server. Two writers are two of these.
    let connectAgain: @Sendable () throws -> any Store
    /// Called when the test is done with the store (drop a server database; nothing for SQLite,
    /// whose file goes with the scratch folder).
    var discard: @Sendable () -> Void = {}
}
