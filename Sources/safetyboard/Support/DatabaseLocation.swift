import Foundation
import SafetyStore
import SafetyCore

/// Where the database and the bundled data are, and the first-run fill.
enum DatabaseLocation {
    /// `--db`, else `$SAFETYBOARD_DB`, else `$XDG_DATA_HOME/safetyboard/safetyboard.sqlite`
    /// (`$HOME/.local/share` when XDG_DATA_HOME is unset). A `postgresql:` URL names a
    /// PostgreSQL store instead of a file (see `isServer`).
    static func path(_ options: GlobalOptions) -> String {
        let environment = ProcessInfo.processInfo.environment
        if let db = options.db { return db }
        if let db = environment["SAFETYBOARD_DB"], !db.isEmpty { return db }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) as NSString).appendingPathComponent(".local/share")
        return (dataHome as NSString).appendingPathComponent("safetyboard/safetyboard.sqlite")
    }

    /// The bundled `data/` folder: `$SAFETYBOARD_DATA`, else the nearest `data/` holding
    /// `jurisdictions.csv` above the executable or the working directory.
    static func bundledData() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if let dir = environment["SAFETYBOARD_DATA"], !dir.isEmpty { return dir }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let starts = [executable, URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        for start in starts {
            var dir = start
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent("data")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("jurisdictions.csv").path) {
                    return candidate.path
                }
                dir = dir.deletingLastPathComponent()
            }
        }
        throw CommandFailure("cannot find the bundled data/ folder; set SAFETYBOARD_DATA to it")
    }

    /// The CSV files of the bundled data, in the data contract's kinds.
    static func bundledFiles() throws -> [String] {
        let dir = try bundledData()
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".csv") }.sorted()
        return names.map { (dir as NSString).appendingPathComponent($0) }
    }

    /// Whether the path was chosen by the user (`--db`, `$SAFETYBOARD_DB`) or is the default.
    static func isExplicit(_ options: GlobalOptions) -> Bool {
        options.db != nil || !(ProcessInfo.processInfo.environment["SAFETYBOARD_DB"] ?? "").isEmpty
    }

    /// What a command may do when the database is not there yet.
    enum Missing {
        /// Refuse a path the user chose (a mistyped path must never become a new database);
        /// create and fill only the default location, on first run.
        case refuseExplicit
        /// Create it, empty (`init` and `import` fill it themselves).
        case create
    }

    /// Whether `--db` / `$SAFETYBOARD_DB` names a PostgreSQL server (`postgresql://…`, or
    /// `postgresql:` for the PG* variables) rather than a SQLite file.
    static func isServer(_ options: GlobalOptions) -> Bool {
        PostgreSQLLocation.isURL(path(options))
    }

    /// Opens the store: the PostgreSQL server a `postgresql:` URL names (no file is made, and
    /// the server's data is loaded by `server init`, not here), else the SQLite file.
    static func open(_ options: GlobalOptions, missing: Missing = .refuseExplicit) throws -> any Store {
        let path = path(options)
        if PostgreSQLLocation.isURL(path) { return try PostgreSQLStore(url: path) }
        // The store refuses a missing file itself (StoreError.noDatabase) and creates nothing.
        let mustExist = missing == .refuseExplicit && isExplicit(options)
        let isNew = !FileManager.default.fileExists(atPath: path)
        // A bare file name ("board.sqlite") has no folder part to create.
        let folder = (path as NSString).deletingLastPathComponent
        if isNew, !mustExist, !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let database = try SafetyDatabase(path: path, mustExist: mustExist)
        if isNew && missing == .refuseExplicit {
            do {
                _ = try database.importFiles(bundledFiles(), options: ImportOptions(today: options.today, stamp: stamp(options)))
            } catch {
                remove(path)
                throw error
            }
        }
        return database
    }

    /// Refuses a county name the store has no records for, listing those it has; for an
    /// operator of some counties, refuses one outside them by the scope rule.
    static func checkCounty(_ county: String, in store: any CountiesReading & OperatorRoster) throws {
        let counties = try store.countyNames()
        guard counties.contains(county) else {
            let officer = try store.currentOperator()
            if officer.effectiveScope != .all {
                throw AccessRefusal.scope(login: officer.login, scope: officer.effectiveScope, county: county)
            }
            throw CommandFailure("no county named '\(county)'; counties with data: \(counties.joined(separator: ", "))")
        }
    }

    /// Deletes the database file at `path` with its WAL and shared-memory files.
    static func remove(_ path: String) {
        // A server's database is never a file to delete.
        guard !PostgreSQLLocation.isURL(path) else { return }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    static func stamp(_ options: GlobalOptions) -> AuditStamp {
        AuditStamp(operatorName: options.operatorName, at: ISO8601DateFormatter().string(from: Date()))
    }
}

/// A command failed for a reason the user can act on; printed as it is, exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
