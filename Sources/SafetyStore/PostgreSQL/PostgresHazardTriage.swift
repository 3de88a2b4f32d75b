import SafetyCore

/// `HazardTriage`'s steps on PostgreSQL, in the caller's write transaction. A write first
/// locks the hazard rows it will change (`SELECT … FOR UPDATE`, in id order so that two writes
/// over the same hazards cannot deadlock, and before the audit lock every write takes): a
/// concurrent write of the same hazard waits for this one's commit and then reads its result,
/// so the stale-read rules of ``TriageBasis`` (``TriageRules``) see every update.
enum PostgresHazardTriage {
    /// Locks the hazards `ids` until the transaction ends (those that exist and the login may see).
    static func lock(_ db: PostgresSession, _ ids: [String]) throws {
        try db.execute("SELECT id FROM hazard WHERE id = ANY($1) ORDER BY id FOR UPDATE", [Array(Set(ids))])
    }

    /// One action on one hazard: the hazard as it is now, checked against `basis`, through the
    /// lifecycle, written with its audit row.
    static func step(_ db: PostgresSession, _ action: HazardAction, basis: TriageBasis, note: String?, stamp: AuditStamp,
                     today: Day) throws -> HazardChange {
        let current = try current(db, id: basis.id)
        let next = try TriageRules.next(action, basis: basis, current: current, today: today)
        return try write(db, from: current, to: next, action: action.kind.rawValue,
                         note: TriageRules.note(of: action, extra: note), stamp: stamp)
    }

    /// Puts back what `change` changed, unless someone changed the hazard since.
    static func undo(_ db: PostgresSession, _ change: HazardChange, stamp: AuditStamp) throws -> HazardChange {
        let current = try current(db, id: change.id)
        let restored = try TriageRules.undone(change, current: current)
        return try write(db, from: current, to: restored, action: "undo", note: "undo \(change.action)", stamp: stamp)
    }

    /// Inserts a new hazard at revision 1, audited as `add`.
    static func add(_ db: PostgresSession, _ hazard: Hazard, note: String?, stamp: AuditStamp) throws -> HazardChange {
        guard try db.row("SELECT 1 FROM hazard WHERE id = $1", [hazard.id]) == nil else {
            throw TriageError.duplicateId(hazard: hazard.id)
        }
        guard try db.row("SELECT 1 FROM enterprise WHERE id = $1", [hazard.enterpriseId]) != nil else {
            throw TriageError.unknownEnterprise(hazard: hazard.id, enterpriseId: hazard.enterpriseId)
        }
        let h = hazard
        // ON CONFLICT: another office may add the same id between the check and the insert.
        let inserted = try db.row("""
            INSERT INTO hazard (id, enterprise_id, county, found_on, source, grade, description, status, responsible, deadline,
              rectified_on, closed_on, listed_on, delisted_on, reward_yuan, duplicate_of, revision, updated_by, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 1, $17, $18)
            ON CONFLICT (id) DO NOTHING RETURNING id
            """, [h.id, h.enterpriseId, h.county, h.foundOn.iso, h.source.rawValue, h.grade.rawValue, h.description,
                  h.status.rawValue, h.responsible, h.deadline?.iso, h.rectifiedOn?.iso, h.closedOn?.iso, h.listedOn?.iso,
                  h.delistedOn?.iso, h.rewardYuan, h.duplicateOf, stamp.operatorName, stamp.at])
        guard inserted != nil else { throw TriageError.duplicateId(hazard: hazard.id) }
        try AuditEntry.append(db, entity: "hazard", id: hazard.id, action: "add", before: nil,
                              after: TriageRules.fields(HazardField.allCases, of: hazard), note: note, stamp: stamp)
        return HazardChange(before: hazard, after: hazard, revision: 1, action: "add")
    }

    private static func current(_ db: PostgresSession, id: String) throws -> TrackedHazard {
        // Locked by `lock` already; FOR UPDATE again keeps a step safe on its own.
        guard let row = try db.row("SELECT * FROM hazard WHERE id = $1 FOR UPDATE", [id]) else {
            throw TriageError.notFound(hazard: id)
        }
        return try TrackedHazard(postgres: row)
    }

    private static func write(_ db: PostgresSession, from current: TrackedHazard, to next: Hazard, action: String,
                              note: String?, stamp: AuditStamp) throws -> HazardChange {
        let audit = TriageRules.auditFields(from: current.hazard, to: next)
        var revision = current.revision
        if audit.before != nil {
            try db.execute("""
                UPDATE hazard SET status = $1, grade = $2, responsible = $3, deadline = $4, rectified_on = $5,
                  closed_on = $6, listed_on = $7, delisted_on = $8, duplicate_of = $9,
                  revision = revision + 1, updated_by = $10, updated_at = $11
                WHERE id = $12
                """, [next.status.rawValue, next.grade.rawValue, next.responsible, next.deadline?.iso, next.rectifiedOn?.iso,
                      next.closedOn?.iso, next.listedOn?.iso, next.delistedOn?.iso, next.duplicateOf,
                      stamp.operatorName, stamp.at, next.id])
            revision += 1
        }
        try AuditEntry.append(db, entity: "hazard", id: next.id, action: action,
                              before: audit.before, after: audit.after, note: note, stamp: stamp)
        return HazardChange(before: current.hazard, after: next, revision: revision, action: action)
    }
}
