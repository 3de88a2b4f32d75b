import Foundation
import SafetyCore
import SafetyStore

/// What `bench --import` measures: our import of a folder of CSV files into a new database,
/// and of its hazards file alone against the `sqlite3` shell's `.import` of the same file.
struct ImportBench {
    /// Rows per second over every file of the folder (the roster first, then hazards.csv).
    var rowsPerSecond: Double
    /// Rows per second of hazards.csv alone, loaded after the roster; nil without one.
    var hazardRowsPerSecond: Double?
    /// The shell's rows per second on the same hazards.csv; nil without it or without `sqlite3`.
    var shellRowsPerSecond: Double?

    /// Imports the CSV files of `folder` into a temporary database: every file but
    /// hazards.csv in one call, then hazards.csv in another, timing both.
    init(folder: String, today: Day, stamp: AuditStamp) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") }.sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
        let hazards = files.first { ($0 as NSString).lastPathComponent == ImportKind.hazards.fileName }
        let target = NSTemporaryDirectory() + "safetyboard-bench-import-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) } }
        let database = try SafetyDatabase(path: target)
        let options = ImportOptions(today: today, stamp: stamp)

        var start = ContinuousClock.now
        let roster = try database.importFiles(files.filter { $0 != hazards }, options: options).files.reduce(0) { $0 + $1.rows }
        let rosterTime = milliseconds(since: start) / 1000
        var hazardRows = 0, hazardTime = 0.0
        if let hazards {
            start = ContinuousClock.now
            hazardRows = try database.importFiles([hazards], options: options).files.reduce(0) { $0 + $1.rows }
            hazardTime = milliseconds(since: start) / 1000
            hazardRowsPerSecond = Double(hazardRows) / hazardTime
            shellRowsPerSecond = try SQLiteShellImport(csv: hazards, table: ImportKind.hazards.table).rowsPerSecond(schemaFrom: database)
        }
        rowsPerSecond = Double(roster + hazardRows) / (rosterTime + hazardTime)
    }

}
