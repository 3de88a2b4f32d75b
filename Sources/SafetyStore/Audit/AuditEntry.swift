import GRDB

/// One row of the append-only audit trail: who changed what, when, from what to what.
public struct AuditEntry: Sendable, Equatable {
    public var at: String
    public var operatorName: String
    public var action: String
    public var before: String?
    public var after: String?
    public var note: String?
    /// The row's position in the trail (0 for an entry not read from a store).
    public var id: Int64 = 0
    /// What kind of record it is about (`hazard`, `inspection`, `import`, `operator`) and which.
    public var entity: String = ""
    public var entityId: String = ""
    /// Its link in the hash chain (see `safetyboard audit verify`); empty before it is stored.
    public var hash: String = ""

    public init(at: String, operatorName: String, action: String, before: String? = nil, after: String? = nil, note: String? = nil) {
        self.at = at
        self.operatorName = operatorName
        self.action = action
        self.before = before
        self.after = after
        self.note = note
    }

    init(row: Row) {
        at = row["at"]
        operatorName = row["operator"]
        action = row["action"]
        before = row["before"]
        after = row["after"]
        note = row["note"]
        id = row["id"] ?? 0
        entity = row["entity"] ?? ""
        entityId = row["entity_id"] ?? ""
        hash = row["hash"] ?? ""
    }

    /// The history of one record, oldest first.
    static func history(_ db: Database, entity: String, id: String) throws -> [AuditEntry] {
        try AuditEntry.fetchAll(db, sql: """
            SELECT * FROM audit WHERE entity = ? AND entity_id = ? ORDER BY id
            """, arguments: [entity, id])
    }
}

/// Read through GRDB inside the store only (see ``StoredRecord``).
extension AuditEntry: FetchedRow {}
