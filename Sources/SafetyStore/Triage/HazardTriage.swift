import Foundation
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

    private static func step(_ db: Database, _ action: HazardAction, basis: TriageBasis, note: String?, stamp: AuditStamp,
                             today: Day) throws -> HazardChange {
        let current = try Self.current(db, id: basis.id)
        try Self.checkNotStale(basis, current: current, action: action, today: today)
        let next: Hazard
        do throws(LifecycleRefusal) {
            next = try HazardLifecycle.apply(action, to: current.hazard, today: today)
        } catch {
            throw TriageError.refused(error)
        }
        return try Self.write(db, from: current, to: next, action: action.kind.rawValue,
                              note: Self.note(of: action, extra: note), stamp: stamp)
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
                guard current.revision == change.revision else {
                    throw TriageError.changed(hazard: change.id, by: current.updatedBy ?? "an import",
                                              at: current.updatedAt ?? "?", fresh: current)
                }
                var restored = current.hazard
                for field in change.before.changedFields(to: change.after) {
                    field.copy(from: change.before, into: &restored)
                }
                return try Self.write(db, from: current, to: restored, action: "undo",
                                      note: "undo \(change.action)", stamp: stamp)
            }
        }
    }

    /// Adds a new hazard, checked as an import row would be, with an "add" audit row.
    @discardableResult
    func add(_ hazard: Hazard, note: String? = nil, stamp: AuditStamp, today: Day) throws -> HazardChange {
        let violations = hazard.violations(today: today)
        guard violations.isEmpty else { throw TriageError.invalid(hazard: hazard.id, violations: violations) }
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
                                  after: Self.fields(HazardField.allCases, of: hazard), note: note, stamp: stamp)
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

    /// Refuses when the record changed since the caller read it in a field this action
    /// changes (or, for a script that names a revision, at all).
    private static func checkNotStale(_ basis: TriageBasis, current: TrackedHazard, action: HazardAction, today: Day) throws {
        let stale: Bool
        switch basis {
        case let .seen(seen):
            guard seen.revision != current.revision else { return }
            // What the action would have changed on the record as seen; when it was refused
            // there, any change counts, since the officer judged a record that is gone.
            let touched = (try? HazardLifecycle.apply(action, to: seen.hazard, today: today))
                .map { seen.hazard.changedFields(to: $0) } ?? HazardField.allCases
            stale = !Set(touched).isDisjoint(with: seen.hazard.changedFields(to: current.hazard))
        case let .id(_, expected):
            stale = expected.map { $0 != current.revision } ?? false
        }
        if stale {
            throw TriageError.changed(hazard: current.hazard.id, by: current.updatedBy ?? "an import",
                                      at: current.updatedAt ?? "?", fresh: current)
        }
    }

    private static func write(_ db: Database, from current: TrackedHazard, to next: Hazard, action: String,
                              note: String?, stamp: AuditStamp) throws -> HazardChange {
        let changed = current.hazard.changedFields(to: next)
        var revision = current.revision
        if !changed.isEmpty {
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
                              before: changed.isEmpty ? nil : fields(changed, of: current.hazard),
                              after: changed.isEmpty ? nil : fields(changed, of: next), note: note, stamp: stamp)
        return HazardChange(before: current.hazard, after: next, revision: revision, action: action)
    }

    /// The action's own text (a note or reason) and the caller's, joined.
    private static func note(of action: HazardAction, extra: String?) -> String? {
        let own: String? = switch action {
        case let .markRectified(_, note): note
        case let .reopen(reason), let .regrade(_, reason): reason
        case let .comment(text): text
        case let .markDuplicate(original): "duplicate of \(original)"
        default: nil
        }
        let parts = [own, extra].compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " — ")
    }

    /// `{"status": "open", …}` of `fields`, for the audit trail.
    static func fields(_ fields: [HazardField], of hazard: Hazard) -> [String: String?] {
        Dictionary(uniqueKeysWithValues: fields.map { ($0.rawValue, $0.value(of: hazard)) })
    }
}
