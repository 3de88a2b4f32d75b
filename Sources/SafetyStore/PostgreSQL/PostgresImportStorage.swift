import Foundation
import PostgresNIO
import SafetyCore

/// The PostgreSQL import: checked records are streamed with `COPY … FROM STDIN` into a staging
/// table (temporary, dropped at commit) in batches, and merged into the record table by one
/// `INSERT … SELECT` per file — so the summary triggers run once per file over its rows as a
/// transition table, not once per row. The import's transaction holds it all: a bad row
/// anywhere rolls back every file.
///
/// A duplicate key is found before COPY, against the keys stored when the file starts and those
/// of this import, so it is reported on its own row as SQLite reports it.
///
/// Each batch's COPY runs while the next batch is read and checked (one in flight, waited for
/// before anything else runs on the session), so the two cores share the work; and the audit
/// digest of a file's rows is taken from the rows as they are sent (``fileDigest``), not read
/// back from the table.
struct PostgresImportStorage: ImportStorage {
    let db: PostgresSession
    /// Rows held before each COPY (a few megabytes of text).
    static let batch = 20_000

    private var kind: ImportKind?
    private var keys: Set<String> = []
    private var pending: [String] = []
    private var staged = 0
    /// The COPY started and not yet waited for: a class, so that the non-mutating reads of the
    /// protocol can wait for it too.
    private let inFlight = CopyInFlight()
    /// The digest of the rows sent since `begin`, in file order (their rowid order).
    private var digest = AuditChain.RowsDigest()
    /// Whether `digest` stands for the file's rows as stored: not after an `--update` change
    /// (it may change a row of this file), nor for the facts (digested whole, by the table).
    private var digestHolds = false
    /// The last file's digest as `AuditChain.digest` gives it for its rowids; nil when it must
    /// be read from the table (see `digestHolds`).
    private(set) var fileDigest: String?

    init(db: PostgresSession) {
        self.db = db
    }

    private var columns: [String] { kind!.columns.map(\.name) }
    private var stage: String { "import_stage_\(kind!.table)" }

    mutating func begin(_ kind: ImportKind) throws {
        try inFlight.finish()
        self.kind = kind
        digest = AuditChain.RowsDigest()
        digestHolds = kind != .facts
        fileDigest = nil
        let keyColumns = kind == .facts ? "county || chr(31) || key" : kind == .jurisdictions ? "code" : "id"
        keys = Set(try db.rows("SELECT \(keyColumns) FROM \(kind.table)").map { try $0.decode(String.self) })
        try db.execute("""
            CREATE TEMP TABLE IF NOT EXISTS \(stage) ON COMMIT DROP AS
              SELECT \(columns.joined(separator: ", ")) FROM \(kind.table) WITH NO DATA
            """)
        try db.execute("TRUNCATE \(stage)")
    }

    mutating func insert(_ record: ImportRecord) throws -> ImportInsertion {
        guard keys.insert(record.key).inserted else { return .duplicate }
        let fields = record.copyFields
        pending.append(PostgresCopyText.line(fields))
        if digestHolds { hash(fields) }
        if pending.count >= Self.batch { try copyPending() }
        return .inserted
    }

    mutating func update(_ record: ImportRecord, reader: FieldReader, today: Day, stamp: AuditStamp) throws -> ImportUpdate.Outcome {
        // The stored record may be one of this import's: merge what is staged first.
        try merge()
        digestHolds = false
        return try PostgresImportUpdate.apply(db, record, reader: reader, today: today, stamp: stamp)
    }

    mutating func end(_ kind: ImportKind) throws {
        try merge()
        fileDigest = digestHolds ? digest.hex : nil
        self.kind = nil
        keys = []
    }

    /// Adds one row to the file's digest as `AuditChain.digest` reads it back: its audited
    /// columns, the contract's and after them those an import leaves NULL (a hazard's
    /// `duplicate_of`). The values are those COPY stores, before its escaping.
    private mutating func hash(_ fields: [String?]) {
        digest.add(fields + Array(repeating: nil, count: AuditedColumns.of(kind!).count - fields.count))
    }

    /// Starts the COPY of the pending rows once the one before it is done.
    private mutating func copyPending() throws {
        guard !pending.isEmpty else { return }
        try inFlight.finish()
        inFlight.outcome = db.startCopy(into: stage, columns: columns, lines: pending)
        staged += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    /// Moves the staged rows into the record table, in file order (their rowids in that order).
    private mutating func merge() throws {
        try copyPending()
        try inFlight.finish()
        guard staged > 0, let kind else { return }
        let list = columns.joined(separator: ", ")
        try db.execute("INSERT INTO \(kind.table) (\(list)) SELECT \(list) FROM \(stage)")
        try db.execute("TRUNCATE \(stage)")
        staged = 0
    }

    func orphanJurisdictions() throws -> [(code: String, parent: String)] {
        try inFlight.finish()
        return try db.rows("""
            SELECT c.code, c.parent_code FROM jurisdiction c LEFT JOIN jurisdiction p ON p.code = c.parent_code
            WHERE c.parent_code IS NOT NULL AND p.code IS NULL ORDER BY c.rowid
            """).map { (try $0.text("code"), try $0.text("parent_code")) }
    }

    func enterpriseCounties() throws -> [String: String] {
        try inFlight.finish()
        var map: [String: String] = [:]
        for row in try db.rows("SELECT id, county FROM enterprise") { map[try row.text("id")] = try row.text("county") }
        return map
    }
}

/// The one COPY of an import that may be running while the next rows are read.
private final class CopyInFlight {
    var outcome: Outcome<Void>?

    /// Waits for the COPY, if one runs, and throws what it threw.
    func finish() throws {
        guard let outcome else { return }
        self.outcome = nil
        try outcome.wait().get()
    }
}
