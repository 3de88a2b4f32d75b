import StoreTestData
import Foundation
import SafetyCore
import SafetyStore

/// A new store of one backend for one test, with a scratch folder for the CSV files the test
/// writes, loaded (unless asked otherwise) with `ContractData`'s whole set.
final class StoreFixture {
    static let today = Day(iso: "2025-06-30")!
    static let stamp = AuditStamp(operatorName: "tester", at: "2025-06-30T09:00:00+08:00")
    /// The other writer of the stale-read tests.
    static let otherStamp = AuditStamp(operatorName: "second-console", at: "2025-06-30T10:00:00+08:00")

    let scratch: URL
    private let opened: OpenedStore
    var store: any Store { opened.store }

    init(_ backend: StoreBackend, loaded: Bool = true) throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sb-contract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        opened = try backend.open(scratch)
        if loaded { try importFiles(ContractData.files) }
    }

    deinit {
        opened.discard()
        try? FileManager.default.removeItem(at: scratch)
    }

    /// A second, independent connection to the same store (another console, another process).
    func connectAgain() throws -> any Store {
        try opened.connectAgain()
    }

    /// Writes `text` to the file `name` in the scratch folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let url = scratch.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Writes `files` and imports them in one call.
    @discardableResult
    func importFiles(_ files: [(name: String, text: String)]) throws -> ImportSummary {
        let paths = try files.map { try write($0.name, $0.text) }
        return try store.importFiles(paths, options: ImportOptions(today: Self.today, stamp: Self.stamp))
    }

    /// Every hazard (duplicates included) in the store's own order, read through `forEachHazard`.
    func allHazards(pageSize: Int = 100) throws -> [Hazard] {
        var filter = HazardFilter()
        filter.includeDuplicates = true
        var hazards: [Hazard] = []
        try store.forEachHazard(filter, pageSize: pageSize) { hazards.append($0) }
        return hazards
    }

    /// `read`'s result, or nil when the backend says the feature is not on it yet
    /// (`StoreError.notOnPostgreSQL`); every other error is thrown.
    static func unlessNotPorted<Value>(_ read: () throws -> Value) throws -> Value? {
        do {
            return try read()
        } catch StoreError.notOnPostgreSQL {
            return nil
        }
    }

    /// Everything the protocols show of the store, for "nothing changed" checks.
    func state() throws -> StoreState {
        let hazards = try allHazards().sorted { $0.id < $1.id }
        return StoreState(
            counts: try store.recordCounts(),
            summaryTables: try store.summaryTableContents(),
            summaries: try Self.unlessNotPorted { try store.summaries(counties: nil, asOf: Self.today) },
            hazards: try hazards.map { try store.trackedHazard($0.id) },
            histories: try hazards.map { try store.hazardHistory($0.id) },
            enterprises: try store.enterprises(county: nil))
    }
}
