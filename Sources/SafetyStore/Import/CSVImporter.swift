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
        /// True when its table was loaded with secondary indexes and summary triggers set
        /// aside and rebuilt after the last row (`BulkLoadPolicy`).
        public var bulkLoaded: Bool
        /// With `--update`: rows that changed a stored record, and rows equal to one; the
        /// rest of `rows` are new.
        public var updated = 0
        public var unchanged = 0
        /// Rows that added a record.
        public var added: Int { rows - updated - unchanged }
    }
    public var files: [File]
}

/// Who made a change and when, for the audit trail.
public struct AuditStamp: Sendable, Equatable {
    /// Who the caller says is acting. The store records the login it acts for instead
    /// (`SafetyDatabase.actorLogin`): a caller cannot write another name into the trail.
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
///
/// Files are streamed, a chunk at a time, so memory does not grow with their size; a file that
/// is large against its table is bulk loaded (see `BulkLoad`).
struct CSVImporter {
    let database: SafetyDatabase
    let today: Day
    let stamp: AuditStamp
    let logger = Logger(label: "safetyboard.import")
    /// Told (rows read, rows in all files) every few thousand rows, from the writing thread.
    /// The total is counted from the files' line feeds before the import starts, so it is
    /// a little more than the rows when quoted fields span lines.
    var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    /// When tables are loaded with their secondary indexes and summary triggers set aside.
    var bulkLoad = BulkLoadPolicy.automatic
    /// A row whose id is stored changes that record (``ImportUpdate``) instead of being refused.
    var update = false

    init(database: SafetyDatabase, today: Day, stamp: AuditStamp) {
        self.database = database
        self.today = today
        self.stamp = stamp
    }

    /// Imports the files at `paths` (any order; each kind is recognised by its header).
    /// Throws `ImportFailure` listing what is wrong, with the database untouched.
    func importFiles(_ paths: [String]) throws -> ImportSummary {
        let files = try Self.files(paths)
        let total = files.reduce(0) { $0 + max(0, $1.input.lineFeeds - 1) }
        let report = progress
        let rowsRead: (@Sendable (Int) -> Void)? = report.map { report in { @Sendable done in report(done, total) } }
        return try database.pool.write { db in
            var session = ImportSession(storage: SQLiteImportStorage(db: db), today: today)
            session.progress = rowsRead
            var bulk = BulkLoad(db)
            try database.access.authorize(db, .importData)
            // Every audit row of the import under the login the store acts for.
            let stamp = database.access.stamp(stamp)
            if update { session.updateStamp = stamp }
            var summary = ImportSummary(files: [])
            var written: [ImportDigest.Rows] = []
            for (input, header, kind) in files {
                if kind.loadOrder > 0 && session.places == nil { session.places = try JurisdictionIndex(Jurisdiction.fetchAll(db)) }
                if try BulkLoad.applies(bulkLoad, to: kind.table, fileRows: input.lineFeeds, db: db) {
                    try bulk.setAside(kind.table)
                }
                let start = ContinuousClock.now
                let firstRowid = try ImportDigest.nextRowid(db, kind: kind)
                let loaded = try session.load(input, header: header, kind: kind)
                written.append(ImportDigest.Rows(kind: kind, first: firstRowid, last: try ImportDigest.nextRowid(db, kind: kind).map { $0 - 1 }))
                logger.debug("\(loaded) rows of \(input.path) read, checked and inserted in \(ContinuousClock.now - start)")
                summary.files.append(.init(path: input.path, kind: kind, rows: loaded, encoding: input.encoding,
                                           bulkLoaded: bulk.hasSetAside(kind.table), updated: session.updated,
                                           unchanged: session.unchanged))
                if session.issues.count >= ImportFailure.limit { break }
            }
            if !session.issues.isEmpty {
                throw ImportFailure(issues: Array(session.issues.prefix(ImportFailure.limit)),
                                    truncated: session.issues.count > ImportFailure.limit)
            }
            try bulk.finish(logger: logger)
            for (file, rows) in zip(summary.files, written) {
                try AuditEntry.append(db, entity: "import", id: file.path, action: "import", beforeText: nil,
                                      afterText: Self.auditText(file, update: update),
                                      note: try ImportDigest.note(db, rows), stamp: stamp)
            }
            logger.info("imported \(summary.files.map { "\($0.rows) \($0.kind.rawValue)" }.joined(separator: ", "))")
            return summary
        }
    }

    /// The files at `paths`, each with its header and kind, in load order; every file that
    /// cannot be read or recognised is an issue of one `ImportFailure`. (Both backends.)
    static func files(_ paths: [String]) throws -> [(input: CSVInput, header: [String], kind: ImportKind)] {
        var files: [(input: CSVInput, header: [String], kind: ImportKind)] = []
        var issues: [ImportIssue] = []
        for path in paths {
            do throws(ImportIssue) {
                let input = try CSVInput(path: path)
                let header = try Self.header(of: input)
                files.append((input, header, try ImportKind.detect(header: header, file: path)))
            } catch {
                issues.append(error)
            }
        }
        if !issues.isEmpty { throw ImportFailure(issues: issues) }
        return files.sorted { $0.kind.loadOrder < $1.kind.loadOrder }
    }

    /// The audit row's text of what one file loaded.
    static func auditText(_ file: ImportSummary.File, update: Bool) -> String {
        "\(file.rows) \(file.kind.rawValue) (\(file.encoding))"
            + (update ? ": \(file.added) new, \(file.updated) updated, \(file.unchanged) unchanged" : "")
    }

    /// The first record of `input`, trimmed: what says which kind of file it is.
    private static func header(of input: CSVInput) throws(ImportIssue) -> [String] {
        let records = try input.records()
        guard try records.next() else {
            throw ImportIssue(file: input.path, line: 0, column: "", message: "the file is empty; expected a header row and records")
        }
        return (0..<records.fieldCount).map { String(decoding: records.field($0).trimmingASCIISpaces(), as: UTF8.self) }
    }
}
