import Foundation
import Testing

/// A path the user names is theirs: a mistyped one never becomes a new database, and a
/// command that cannot use it says so and changes nothing.
struct DatabaseRefusalTests {
    /// Every command that reads or writes an existing database, as arguments before `--db PATH`.
    static let commands: [[String]] = [
        ["report"],
        ["report", "--format", "json"],
        ["hazard", "list"],
        ["hazard", "show", "LC-H-0001"],
        ["hazard", "update", "LC-H-0001", "--note", "x"],
        ["enterprise", "list"],
        ["bulletin", "--month", "2025-10"],
        ["schedule", "plan", "--county", "荔城区", "--from", "2025-07-01", "--to", "2025-12-31", "--seed", "1"],
        ["bench", "--keys", "1", "--live-runs", "0"],
    ]

    @Test(arguments: commands)
    func anExplicitPathThatDoesNotExistIsRefusedAndNothingIsCreated(_ command: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sb-refuse-\(UUID().uuidString)")
        let db = folder.appendingPathComponent("mistyped/board.sqlite").path
        let result = try Binary.run(command + ["--db", db])
        #expect(result.status == 1, "\(command): \(result.stderr)")
        #expect(result.stderr.contains("no database at \(db)"), "\(result.stderr)")
        #expect(result.stderr.contains("safetyboard init --db \(db)"))
        #expect(!FileManager.default.fileExists(atPath: folder.path), "\(command) created \(folder.path)")
    }

    @Test func theEnvironmentsPathIsRefusedTooWhenItDoesNotExist() throws {
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("sb-refuse-\(UUID().uuidString)/board.sqlite").path
        let result = try Binary.run(["report"], environment: ["SAFETYBOARD_DB": db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no database at \(db)"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func onlyTheDefaultLocationIsCreatedAndFilledOnFirstRun() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("sb-home-\(UUID().uuidString)")
        let result = try Binary.run(["report", "--format", "json", "--as-of", "2026-11-22"],
                                    environment: ["XDG_DATA_HOME": home.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("safetyboard/safetyboard.sqlite").path))
    }

    @Test func withoutXDGDataHomeTheDefaultIsUnderHome() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("sb-home-\(UUID().uuidString)")
        let result = try Binary.run(["report", "--as-of", "2026-11-22"], environment: ["XDG_DATA_HOME": "", "HOME": home.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent(".local/share/safetyboard/safetyboard.sqlite").path))
    }

    @Test func aRejectedImportIntoANewPathLeavesNoDatabase() throws {
        let db = try Binary.temporaryDatabase()
        let bad = (db as NSString).deletingLastPathComponent + "/jurisdictions.csv"
        try "code,name,level,parent_code\n1,某县,nowhere,\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try Binary.run(["import", bad, "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("jurisdictions.csv:2"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func importAndInitMayCreateTheNamedPath() throws {
        let db = try Binary.temporaryDatabase()
        let result = try Binary.run(["init", "--db", db, "--as-of", "2026-11-22"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Binary.run(["report", "--db", db, "--as-of", "2026-11-22"]).status == 0)
    }
}
