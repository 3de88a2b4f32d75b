import Foundation
import GRDB
import Logging
import SafetyCore

/// What an import loaded, file by file.
public struct ImportSummary: Sendable, Equatable {
    public struct File: Sendable, Equatable {
        public var path: String
        public var kind: ImportKind
        public var rows: Int
        /// UTF-8, or GB18030 when the file was decoded from it.
        public var encoding: String
    }
    public var files: [File]
}

/// Who made a change and when, for the audit trail.
public struct AuditStamp: Sendable, Equatable {
    public var operatorName: String
    /// ISO date-time, e.g. 2026-11-22T09:30:00+08:00.
    public var at: String

    public init(operatorName: String, at: String) {
        self.operatorName = operatorName
        self.at = at
    }
}

/// Loads CSV files of the data contract into the database, all or nothing: every row of every
/// file is checked (types, enumerations, lifecycle rules, references, duplicate ids) inside one
/// write transaction, and one bad row rolls the whole call back.
public struct CSVImporter {
    let database: SafetyDatabase
    let today: Day
    let stamp: AuditStamp
    let logger = Logger(label: "safetyboard.import")
    /// Told (rows read, rows in all files) every few thousand rows, from the writing thread.
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    public init(database: SafetyDatabase, today: Day, stamp: AuditStamp) {
        self.database = database
        self.today = today
        self.stamp = stamp
    }

    /// Imports the files at `paths` (any order; each kind is recognised by its header).
    /// Throws `ImportFailure` listing what is wrong, with the database untouched.
    public func importFiles(_ paths: [String]) throws -> ImportSummary {
        var tables: [(table: CSVTable, kind: ImportKind, encoding: String)] = []
        var issues: [ImportIssue] = []
        for path in paths {
            do throws(ImportIssue) {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw ImportIssue(file: path, line: 0, column: "", message: "cannot read the file; check the path and permissions")
                }
                let text = try CSVText(bytes: [UInt8](data), file: path)
                let table = try CSVTable(text: text.text, file: path)
                tables.append((table, try ImportKind.detect(header: table.header, file: path), text.encoding))
            } catch {
                issues.append(error)
            }
        }
        if !issues.isEmpty { throw ImportFailure(issues: issues) }
        tables.sort { $0.kind.loadOrder < $1.kind.loadOrder }

        let total = tables.reduce(0) { $0 + $1.table.rows.count }
        let report = progress
        let rowsRead: (@Sendable (Int) -> Void)? = report.map { report in { @Sendable done in report(done, total) } }
        return try database.pool.write { db in
            var session = ImportSession(db: db, today: today)
            session.progress = rowsRead
            var summary = ImportSummary(files: [])
            for (table, kind, encoding) in tables {
                if kind.loadOrder > 0 && session.places == nil { session.places = try JurisdictionIndex(db) }
                let loaded = try session.load(table, kind: kind)
                summary.files.append(.init(path: table.file, kind: kind, rows: loaded, encoding: encoding))
                if session.issues.count >= ImportFailure.limit { break }
            }
            if !session.issues.isEmpty {
                throw ImportFailure(issues: Array(session.issues.prefix(ImportFailure.limit)),
                                    truncated: session.issues.count > ImportFailure.limit)
            }
            for file in summary.files {
                try db.execute(sql: """
                    INSERT INTO audit (at, operator, entity, entity_id, action, after)
                    VALUES (?, ?, 'import', ?, 'import', ?)
                    """, arguments: [stamp.at, stamp.operatorName, file.path, "\(file.rows) \(file.kind.rawValue) (\(file.encoding))"])
            }
            logger.info("imported \(summary.files.map { "\($0.rows) \($0.kind.rawValue)" }.joined(separator: ", "))")
            return summary
        }
    }
}
