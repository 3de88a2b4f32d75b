extension AuditEntry {
    /// `append` on PostgreSQL: one row of the trail, in the caller's transaction.
    static func append(_ db: PostgresSession, entity: String, id: String, action: String, before: [String: String?]?,
                       after: [String: String?]?, note: String?, stamp: AuditStamp) throws {
        try append(db, entity: entity, id: id, action: action, beforeText: try json(before), afterText: try json(after),
                   note: note, stamp: stamp)
    }

    /// Appends one row and extends the hash chain. Writers on other connections append at the
    /// same time, so the head is read under a transaction-scoped advisory lock, held to commit:
    /// the next writer reads this row as its head. The id is the head's plus one, given here,
    /// not by a sequence: a rolled-back transaction must leave no gap (`audit verify` reads a
    /// gap as deleted rows).
    static func append(_ db: PostgresSession, entity: String, id: String, action: String, beforeText: String?,
                       afterText: String?, note: String?, stamp: AuditStamp) throws {
        try db.execute("SELECT pg_advisory_xact_lock(\(PostgresSchema.auditLockKey))")
        // Read through the owner's function: an officer's row-level policy hides other
        // counties' rows, and the chain must link to the newest of all.
        let head = try db.row("SELECT id, hash FROM safetyboard_audit_head()")
        let previous = try head?.optionalText("hash") ?? AuditChain.genesis
        let next = (try head?.optionalInt("id") ?? 0) + 1
        let hash = AuditChain.hash(previous: previous,
                                   values: [stamp.at, stamp.operatorName, entity, id, action, beforeText, afterText, note])
        try db.execute("""
            INSERT INTO audit (id, at, operator, entity, entity_id, action, before, after, note, prev_hash, hash)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            """, [next, stamp.at, stamp.operatorName, entity, id, action, beforeText, afterText, note, previous, hash])
    }
}
