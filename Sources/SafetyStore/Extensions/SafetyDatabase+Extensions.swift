import Foundation
import GRDB
public import SafetyCore

extension SafetyDatabase: DeadlineExtensions {
    @discardableResult
    public func requestExtension(_ id: String, until: Day, reason: String, stamp: AuditStamp, today: Day) throws -> DeadlineExtension {
        try pool.write { db in
            let hazard = try Self.hazard(db, id)
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            try ExtensionRules.checkRequest(hazard, until: until, reason: reason, pending: try ExtensionQuery.pending(db, hazard: id))
            try db.execute(sql: """
                INSERT INTO hazard_extension (hazard_id, county, until, reason, requested_by, requested_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [id, hazard.county, until, reason, stamp.operatorName, stamp.at])
            try AuditEntry.append(db, entity: "hazard", id: id, action: "extension_request", before: ["deadline": hazard.deadline?.iso],
                                  after: ["deadline": until.iso], note: reason, stamp: stamp)
            return DeadlineExtension(hazardId: id, until: until, reason: reason, requestedBy: stamp.operatorName, requestedAt: stamp.at)
        }
    }

    @discardableResult
    public func decideExtension(_ id: String, approve: Bool, note: String?, stamp: AuditStamp, today: Day) throws
        -> (request: DeadlineExtension, change: HazardChange?) {
        try pool.write { db in
            let hazard = try Self.hazard(db, id)
            var request = try ExtensionRules.checkDecision(hazard, pending: try ExtensionQuery.pending(db, hazard: id))
            try Self.checkMayDecide(stamp, hazard: hazard)
            let note = note?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
            request.decision = approve ? .approved : .refused
            request.decidedBy = stamp.operatorName
            request.decidedAt = stamp.at
            request.note = note
            try db.execute(sql: """
                UPDATE hazard_extension SET decision = ?, decided_by = ?, decided_at = ?, note = ?
                WHERE hazard_id = ? AND decision IS NULL
                """, arguments: [request.decision?.rawValue, stamp.operatorName, stamp.at, note, id])
            try AuditEntry.append(db, entity: "hazard", id: id, action: approve ? "extension_approve" : "extension_refuse",
                                  before: nil, after: ["until": request.until.iso],
                                  note: [request.reason, note].compactMap { $0 }.joined(separator: " — "), stamp: stamp)
            // The deadline moves through the lifecycle, as `d` would move it, with its own audit row.
            let change = approve
                ? try HazardTriage.step(db, .setDeadline(request.until), basis: .id(id), note: "extension approved", stamp: stamp, today: today)
                : nil
            return (request, change)
        }
    }

    public func extensions(of id: String) throws -> [DeadlineExtension] {
        try pool.read { db in try ExtensionQuery.all(db, hazard: id) }
    }

    private static func hazard(_ db: Database, _ id: String) throws -> Hazard {
        guard let hazard = try Hazard.fetchOne(db, key: id) else { throw TriageError.notFound(hazard: id) }
        return hazard
    }

    /// Who may decide a major hazard's extension: a supervisor (``ExtensionRules/needsSupervisor(_:)``).
    /// Operators have no roles yet (issue 17 brings them): until then any officer may decide,
    /// and this is the one check point where the role is to be asked, throwing
    /// ``ExtensionRefusal/needsSupervisor(hazard:operatorName:)`` for anyone else.
    static func checkMayDecide(_ stamp: AuditStamp, hazard: Hazard) throws {
        guard ExtensionRules.needsSupervisor(hazard) else { return }
        // Roles (issue 17): `guard <stamp.operatorName is a supervisor> else { throw ExtensionRefusal.needsSupervisor(…) }`.
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
