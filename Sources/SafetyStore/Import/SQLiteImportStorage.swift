import GRDB
import SafetyCore

/// The SQLite import: one prepared INSERT per file, executed per row in the import's write
/// transaction; a duplicate key is SQLite's constraint error.
struct SQLiteImportStorage: ImportStorage {
    let db: Database
    private var insert: RecordInsert?

    init(db: Database) {
        self.db = db
    }

    mutating func begin(_ kind: ImportKind) throws {
        insert = try RecordInsert(db, kind: kind)
    }

    mutating func insert(_ record: ImportRecord) throws -> ImportInsertion {
        do {
            try insert!.insert(record)
            return .inserted
        } catch let error as DatabaseError
                    where [.SQLITE_CONSTRAINT_PRIMARYKEY, .SQLITE_CONSTRAINT_UNIQUE].contains(error.extendedResultCode) {
            return .duplicate
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            return .refused(error.message ?? "a constraint of the database failed")
        }
    }

    mutating func update(_ record: ImportRecord, reader: FieldReader, today: Day, stamp: AuditStamp) throws -> ImportUpdate.Outcome {
        try ImportUpdate.apply(db, record, reader: reader, today: today, stamp: stamp)
    }

    mutating func end(_ kind: ImportKind) throws {
        insert = nil
    }

    func orphanJurisdictions() throws -> [(code: String, parent: String)] {
        try Row.fetchAll(db, sql: """
            SELECT c.code, c.parent_code FROM jurisdiction c LEFT JOIN jurisdiction p ON p.code = c.parent_code
            WHERE c.parent_code IS NOT NULL AND p.code IS NULL
            """).map { ($0["code"], $0["parent_code"]) }
    }

    func enterpriseCounties() throws -> [String: String] {
        var map: [String: String] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, county FROM enterprise")
        while let row = try rows.next() { map[row["id"]] = row["county"] }
        return map
    }
}
