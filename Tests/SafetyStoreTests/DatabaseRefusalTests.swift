import Foundation
import GRDB
@testable import SafetyStore
import Testing

/// Opening refuses what it must not write — a newer SafetyBoard's database, a folder, a file
/// that is not SQLite or not ours, a damaged one, a missing one when asked for an existing
/// one — with one message that names the path, and leaves every byte as it was.
struct DatabaseRefusalTests {
    /// A path to refuse, made in a fresh folder.
    enum BadPath: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case folder, randomBytes, csvFile, otherProgramsDatabase, damagedSecondPage, truncated

        var testDescription: String { rawValue }

        /// Makes it at `path`.
        func make(at path: String) throws {
            switch self {
            case .folder:
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            case .randomBytes:
                var state: UInt64 = 42
                let bytes = (0..<10_000).map { _ -> UInt8 in
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    return UInt8(truncatingIfNeeded: state >> 56)
                }
                try Data(bytes).write(to: URL(fileURLWithPath: path))
            case .csvFile:
                try Data("id,name,county\nE1,恒祥织造,荔城区\n".utf8).write(to: URL(fileURLWithPath: path))
            case .otherProgramsDatabase:
                let queue = try DatabaseQueue(path: path)
                try queue.write { db in try db.execute(sql: "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO note (text) VALUES ('mine')") }
                try queue.close()
            case .damagedSecondPage:
                // Page 2 is the first table GRDB makes, grdb_migrations, which every open reads.
                try DatabaseRefusalTests.makeDatabase(at: path)
                var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
                bytes.replaceSubrange(4096..<8192, with: Data(repeating: 0xA5, count: 4096))
                try bytes.write(to: URL(fileURLWithPath: path))
            case .truncated:
                try DatabaseRefusalTests.makeDatabase(at: path)
                let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
                try bytes.prefix(bytes.count / 3).write(to: URL(fileURLWithPath: path))
            }
        }

        /// True when `error` is the refusal this path must get.
        func isRefusal(_ error: StoreError, path: String) -> Bool {
            switch (self, error) {
            case (.folder, .isFolder(path)), (.randomBytes, .notSQLite(path)), (.csvFile, .notSQLite(path)),
                 (.otherProgramsDatabase, .notSafetyBoard(path)),
                 (.damagedSecondPage, .damaged(path, _)), (.truncated, .damaged(path, _)): true
            default: false
            }
        }
    }

    @Test(arguments: BadPath.allCases, [false, true])
    func badPathIsRefusedAndLeftAsItWas(bad: BadPath, mustExist: Bool) throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("board.sqlite").path
        try bad.make(at: path)
        let before = try Self.snapshot(folder)

        let error = try #require(throws: StoreError.self) { try SafetyDatabase(path: path, mustExist: mustExist) }

        #expect(bad.isRefusal(error, path: path), "\(error)")
        #expect(error.description.hasPrefix(path), "the message starts with the path: \(error)")
        #expect(!error.description.contains("\n"), "one line")
        #expect(try Self.snapshot(folder) == before, "nothing created or changed")
    }

    @Test(arguments: [false, true])
    func databaseOfANewerVersionIsRefusedUntouched(mustExist: Bool) throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("board.sqlite").path
        try Self.makeDatabase(at: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: offices')") }
        try queue.close()
        let before = try Self.snapshot(folder)

        let error = try #require(throws: StoreError.self) { try SafetyDatabase(path: path, mustExist: mustExist) }

        #expect(error == .madeByNewerVersion(path: path, migrations: ["v99: offices"]))
        #expect(error.description.contains("made by a newer SafetyBoard (migration v99: offices); upgrade"))
        #expect(try Self.snapshot(folder) == before, "no migration applied, no byte changed")
    }

    @Test func databaseOfAnEarlierVersionIsBroughtUpToDate() throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("board.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: Schema.migrations[10].identifier)
        try queue.close()

        _ = try SafetyDatabase(path: path, mustExist: true)

        let reopened = try DatabaseQueue(path: path)
        #expect(try reopened.read(Schema.migrator.hasCompletedMigrations))
    }

    @Test(arguments: ["missing/board.sqlite", "board.sqlite"])
    func missingDatabaseIsRefusedWhenItMustExist(name: String) throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent(name).path

        #expect(throws: StoreError.noDatabase(path: path)) { try SafetyDatabase(path: path, mustExist: true) }

        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [], "neither the file nor its folder")
        #expect(StoreError.noDatabase(path: path).description
            == "no database at \(path) — create it with `safetyboard init --db \(path)`")
    }

    @Test func emptyFileIsNoDatabaseWhenItMustExist() throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("board.sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()), "could not write the test file")

        #expect(throws: StoreError.noDatabase(path: path)) { try SafetyDatabase(path: path, mustExist: true) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
    }

    @Test func missingDatabaseIsCreatedWhenItNeedNotExist() throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("board.sqlite").path

        let database = try SafetyDatabase(path: path)

        #expect(try database.isEmpty())
        #expect(FileManager.default.fileExists(atPath: path))
    }

    // MARK: - Files

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sb-refusal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A migrated SafetyBoard database at `path`, closed.
    static func makeDatabase(at path: String) throws {
        _ = try SafetyDatabase(path: path)
    }

    /// Every file under `folder`, by relative path, with its bytes (nil for a folder).
    static func snapshot(_ folder: URL) throws -> [String: Data?] {
        var files: [String: Data?] = [:]
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        for name in names {
            var isFolder: ObjCBool = false
            let path = folder.appendingPathComponent(name).path
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            files[name] = isFolder.boolValue ? Data?.none : try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return files
    }
}
