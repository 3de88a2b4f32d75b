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
struct PostgresImportStorage: ImportStorage {
    let db: PostgresSession
    /// Rows held before each COPY (a few megabytes of text).
    static let batch = 20_000

    private var kind: ImportKind?
    private var keys: Set<String> = []
    private var pending: [String] = []
    private var staged = 0

    init(db: PostgresSession) {
        self.db = db
    }

    private var columns: [String] { kind!.columns.map(\.name) }
    private var stage: String { "import_stage_\(kind!.table)" }

    mutating func begin(_ kind: ImportKind) throws {
        self.kind = kind
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
        pending.append(PostgresCopyText.line(record.copyFields))
        if pending.count >= Self.batch { try copyPending() }
        return .inserted
    }

    mutating func update(_ record: ImportRecord, reader: FieldReader, today: Day, stamp: AuditStamp) throws -> ImportUpdate.Outcome {
        // The stored record may be one of this import's: merge what is staged first.
        try merge()
        return try PostgresImportUpdate.apply(db, record, reader: reader, today: today, stamp: stamp)
    }

    mutating func end(_ kind: ImportKind) throws {
        try merge()
        self.kind = nil
        keys = []
    }

    private mutating func copyPending() throws {
        guard !pending.isEmpty else { return }
        try db.copy(into: stage, columns: columns, lines: pending)
        staged += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    /// Moves the staged rows into the record table, in file order (their rowids in that order).
    private mutating func merge() throws {
        try copyPending()
        guard staged > 0, let kind else { return }
        let list = columns.joined(separator: ", ")
        try db.execute("INSERT INTO \(kind.table) (\(list)) SELECT \(list) FROM \(stage)")
        try db.execute("TRUNCATE \(stage)")
        staged = 0
    }

    func orphanJurisdictions() throws -> [(code: String, parent: String)] {
        try db.rows("""
            SELECT c.code, c.parent_code FROM jurisdiction c LEFT JOIN jurisdiction p ON p.code = c.parent_code
            WHERE c.parent_code IS NOT NULL AND p.code IS NULL ORDER BY c.rowid
            """).map { (try $0.text("code"), try $0.text("parent_code")) }
    }

    func enterpriseCounties() throws -> [String: String] {
        var map: [String: String] = [:]
        for row in try db.rows("SELECT id, county FROM enterprise") { map[try row.text("id")] = try row.text("county") }
        return map
    }
}
