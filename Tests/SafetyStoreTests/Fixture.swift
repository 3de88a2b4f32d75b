import Foundation
import GRDB
import SafetyCore
import StoreTestData
@testable import SafetyStore

/// A fresh database file in a temporary folder, with a tiny valid data set to import.
struct Fixture {
    let dir: URL
    let database: SafetyDatabase
    static let today = Day(iso: "2025-06-30")!
    static let stamp = AuditStamp(operatorName: "tester", at: "2025-06-30T09:00:00+08:00")

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("sb-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        // The fixture's login made the database, so it is its first admin; the other console
        // of the stale-read tests is an admin too.
        database = try SafetyDatabase(path: dir.appendingPathComponent("test.sqlite").path, actingAs: Self.stamp.operatorName)
        _ = try database.addOperator(login: Self.otherStamp.operatorName, name: "second console", role: .admin, scope: "all",
                                     stamp: Self.stamp)
    }

    static let otherStamp = AuditStamp(operatorName: "second-console", at: "2025-06-30T10:00:00+08:00")

    /// The same database as the other console's login.
    var otherConsole: SafetyDatabase { database.acting(as: Self.otherStamp.operatorName) }

    /// Writes `text` to a file named `name` in the fixture folder and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    var importer: CSVImporter { CSVImporter(database: database, today: Fixture.today, stamp: Fixture.stamp) }

    /// Imports the whole valid data set, or all of it but the files of the kinds named in `except`.
    func loadAll(except: Set<String> = []) throws {
        let files = [("jurisdictions", ContractData.jurisdictions), ("enterprises", ContractData.enterprises),
                     ("hazards", ContractData.hazards), ("trainings", ContractData.trainings), ("inspections", ContractData.inspections)]
        _ = try importer.importFiles(try files.filter { !except.contains($0.0) }.map { try write("\($0.0).csv", $0.1) })
    }

    /// Everything the database holds, for "nothing changed" checks.
    func contents() throws -> [String] {
        try database.pool.read { db in
            var lines: [String] = []
            for table in ["jurisdiction", "enterprise", "hazard", "training", "inspection", "county_fact", "inspector", "audit", "saved_view"] {
                let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1
                lines.append("\(table): \(count)")
            }
            return lines
        } + (try database.summaryTableContents()).sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
    }
}
