import SafetyCore

/// Where `ImportSession` puts the records it checked: SQLite's prepared INSERT row by row
/// (``SQLiteImportStorage``), or PostgreSQL's `COPY` in batches (`PostgresImportStorage`).
/// The session does every check; the storage only stores and says when a key is taken.
protocol ImportStorage {
    /// A file of `kind` starts.
    mutating func begin(_ kind: ImportKind) throws
    /// Stores `record`, or says why not.
    mutating func insert(_ record: ImportRecord) throws -> ImportInsertion
    /// `import --update`: applies `record`, whose id is stored, as a change (``ImportUpdate``);
    /// an `ImportIssue` on the row when it cannot be.
    mutating func update(_ record: ImportRecord, reader: FieldReader, today: Day, stamp: AuditStamp) throws -> ImportUpdate.Outcome
    /// The file of `kind` has no more rows: whatever is held back is stored.
    mutating func end(_ kind: ImportKind) throws
    /// Jurisdictions whose parent code is no jurisdiction's, in the order they were stored.
    func orphanJurisdictions() throws -> [(code: String, parent: String)]
    /// Every stored enterprise's county, by id.
    func enterpriseCounties() throws -> [String: String]
}

/// What became of one checked record.
enum ImportInsertion: Equatable {
    case inserted
    /// Its key is stored already, or came earlier in this import.
    case duplicate
    /// The database refused it for another reason, given in its words.
    case refused(String)
}

extension ImportRecord {
    /// The record's key in its table (a fact's is its county and key).
    var key: String {
        switch self {
        case .jurisdiction(let j): j.code
        case .enterprise(let e): e.id
        case .hazard(let h): h.id
        case .training(let t): t.id
        case .inspection(let i): i.id
        case .fact(let f): f.county + "\u{1F}" + f.key
        case .inspector(let p): p.id
        }
    }
}
