import Foundation
import GRDB

/// What lies at a database path, looked at before the pool opens it: opening a pool creates
/// the file, turns it to WAL and migrates it, which must not happen to a folder, another
/// program's file, a damaged file or a file from a newer SafetyBoard.
enum DatabaseFile {
    /// The first 16 bytes of every SQLite database file.
    static let sqliteHeader = Data("SQLite format 3\0".utf8)

    /// Throws the `StoreError` that refuses `path`, or returns when the pool may open it
    /// (an existing SafetyBoard database, or nothing yet when `mustExist` is false). Creates
    /// and changes nothing: a file found SQLite is only read.
    static func check(_ path: String, mustExist: Bool, migrator: DatabaseMigrator) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            if mustExist { throw StoreError.noDatabase(path: path) }
            return
        }
        if isFolder.boolValue { throw StoreError.isFolder(path: path) }
        let header: Data
        do {
            guard let handle = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoPermission) }
            defer { try? handle.close() }
            header = try handle.read(upToCount: sqliteHeader.count) ?? Data()
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "the file cannot be read")
        }
        // SQLite takes an empty file for a new database: nothing there yet to protect.
        if header.isEmpty {
            if mustExist { throw StoreError.noDatabase(path: path) }
            return
        }
        guard header == sqliteHeader else { throw StoreError.notSQLite(path: path) }
        try checkMigrations(path, migrator: migrator)
    }

    /// Refuses a file with migrations `migrator` does not know, or with tables and no
    /// migration at all. The connection only reads; closing it as the last connection
    /// removes the -wal and -shm files that opening a WAL database makes.
    private static func checkMigrations(_ path: String, migrator: DatabaseMigrator) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        let (applied, otherTables): (Set<String>, Int)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            (applied, otherTables) = try queue.read { db in
                try (migrator.appliedIdentifiers(db), Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM sqlite_master
                    WHERE type = 'table' AND name <> 'grdb_migrations' AND substr(name, 1, 7) <> 'sqlite_'
                    """) ?? 0)
            }
            try queue.close()
        } catch {
            throw StoreError(opening: path, error)
        }
        let unknown = applied.subtracting(migrator.migrations).sorted()
        if !unknown.isEmpty { throw StoreError.madeByNewerVersion(path: path, migrations: unknown) }
        if applied.isEmpty && otherTables > 0 {
            throw StoreError.notSafetyBoard(path: path)
        }
    }
}
