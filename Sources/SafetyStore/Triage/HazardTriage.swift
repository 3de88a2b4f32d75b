import GRDB
import SafetyCore

/// Triage writes: every change goes through `HazardLifecycle`, and is written together with
/// its audit row in one transaction. Several consoles and scripts may write at once; none of
/// their updates is lost:
/// - an action is applied to the record as it is now, not as the caller last saw it;
/// - when the caller says what it saw (the console does) and someone else has since changed a
///   field this action would change, the action is refused with ``TriageError/changed`` and
///   the fresh record, and the officer decides again.
///
/// (The console and scripts reach it through ``TriageStore``.) Errors are ``TriageError`` (or the database's own).
struct HazardTriage: Sendable {
    private let database: SafetyDatabase

    init(database: SafetyDatabase) {
        self.database = database
    }

    /// Applies `action` to every hazard of `bases` in one transaction: all change or none.
    /// `note` goes to the audit row besides the action's own note or reason.
    @discardableResult
    func apply(_ action: HazardAction, to bases: [TriageBasis], note: String? = nil, stamp: AuditStamp,
                      today: Day) throws -> [HazardChange] {
        let access = database.access
        return try database.pool.write { db in
            try bases.map { basis in
                try access.authorize(db, .triage, hazard: basis.id)
                return try Self.step(db, action, basis: basis, note: note, stamp: access.stamp(stamp), today: today)
            }
        }
    }

    /// Applies `actions` one after the other to one hazard in one transaction (a script's
    /// `hazard update` with several options): each sees the last one's result; all change or
    /// none. Only the first is checked against `basis`.
    @discardableResult
    func apply(_ actions: [HazardAction], to basis: TriageBasis, note: String? = nil, stamp: AuditStamp,
                      today: Day) throws -> [HazardChange] {
        let access = database.access
        return try database.pool.write { db in
            try access.authorize(db, .triage, hazard: basis.id)
            return try actions.enumerated().map { index, action in
                try Self.step(db, action, basis: index == 0 ? basis : .id(basis.id), note: note, stamp: access.stamp(stamp), today: today)
            }
        }
    }

    static func step(_ db: Database, _ action: HazardAction, basis: TriageBasis, note: String?, stamp: AuditStamp,
                             today: Day) throws -> HazardChange {
        let current = try Self.current(db, id: basis.id)
        let next = try TriageRules.next(action, basis: basis, current: current, today: today)
        return try Self.write(db, from: current, to: next, action: action.kind.rawValue,
                              note: TriageRules.note(of: action, extra: note), stamp: stamp)
    }

    /// Puts back what `changes` changed (the console's `u`), as one audited action per hazard,
    /// unless someone else changed a hazard since: then nothing is undone.
    @discardableResult
    func undo(_ changes: [HazardChange], stamp: AuditStamp) throws -> [HazardChange] {
        guard !changes.isEmpty else { throw TriageError.nothingToUndo }
        let access = database.access
        let stamp = access.stamp(stamp)
        return try database.pool.write { db in
            try changes.map { change in
                try access.authorize(db, .triage, hazard: change.id)
                let current = try Self.current(db, id: change.id)
                let restored = try TriageRules.undone(change, current: current)
                return try Self.write(db, from: current, to: restored, action: "undo",
                                      note: "undo \(change.action)", stamp: stamp)
            }
        }
    }

    /// Adds a new hazard, checked as an import row would be, with an "add" audit row.
    @discardableResult
    func add(_ hazard: Hazard, note: String? = nil, stamp: AuditStamp, today: Day) throws -> HazardChange {
        try TriageRules.checkNew(hazard, today: today)
        let access = database.access
        let stamp = access.stamp(stamp)
        return try database.pool.write { db in
            try access.authorize(db, .triage, county: hazard.county)
            guard try Hazard.exists(db, key: hazard.id) == false else { throw TriageError.duplicateId(hazard: hazard.id) }
            guard try Enterprise.exists(db, key: hazard.enterpriseId) else {
                throw TriageError.unknownEnterprise(hazard: hazard.id, enterpriseId: hazard.enterpriseId)
            }
            try hazard.insert(db)
            try db.execute(sql: "UPDATE hazard SET revision = 1, updated_by = ?, updated_at = ? WHERE id = ?",
                           arguments: [stamp.operatorName, stamp.at, hazard.id])
            try AuditEntry.append(db, entity: "hazard", id: hazard.id, action: "add", before: nil,
                                  after: TriageRules.fields(HazardField.allCases, of: hazard), note: note, stamp: stamp)
            return HazardChange(before: hazard, after: hazard, revision: 1, action: "add")
        }
    }

    // MARK: - Steps

    private static func current(_ db: Database, id: String) throws -> TrackedHazard {
        do {
            return try TrackedHazard.find(db, id: id)
        } catch StoreError.notFound {
            throw TriageError.notFound(hazard: id)
        }
    }

    private static func write(_ db: Database, from current: TrackedHazard, to next: Hazard, action: String,
                              note: String?, stamp: AuditStamp) throws -> HazardChange {
        let audit = TriageRules.auditFields(from: current.hazard, to: next)
        var revision = current.revision
        if audit.before != nil {
            try db.execute(sql: """
                UPDATE hazard SET status = ?, grade = ?, responsible = ?, deadline = ?, rectified_on = ?,
                  closed_on = ?, listed_on = ?, delisted_on = ?, duplicate_of = ?,
                  revision = revision + 1, updated_by = ?, updated_at = ?
                WHERE id = ?
                """, arguments: [next.status, next.grade, next.responsible, next.deadline, next.rectifiedOn,
                                 next.closedOn, next.listedOn, next.delistedOn, next.duplicateOf,
                                 stamp.operatorName, stamp.at, next.id])
            revision += 1
        }
        try AuditEntry.append(db, entity: "hazard", id: next.id, action: action,
                              before: audit.before, after: audit.after, note: note, stamp: stamp)
        return HazardChange(before: current.hazard, after: next, revision: revision, action: action)
    }
}
