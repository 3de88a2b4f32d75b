import Foundation
import GRDB
public import SafetyCore

extension SafetyDatabase: DeadlineExtensions {
    @discardableResult
    public func requestExtension(_ id: String, until: Day, reason: String, stamp: AuditStamp, today: Day) throws -> DeadlineExtension {
        try pool.write { db in
            let hazard = try Self.hazard(db, id)
            try access.authorize(db, .triage, county: hazard.county)
            let stamp = access.stamp(stamp)
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
            try checkMayDecide(db, hazard: hazard)
            let stamp = access.stamp(stamp)
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
        try pool.read { db in
            try access.authorize(db, .see, hazard: id)
            return try ExtensionQuery.all(db, hazard: id)
        }
    }

    private static func hazard(_ db: Database, _ id: String) throws -> Hazard {
        guard let hazard = try Hazard.fetchOne(db, key: id) else { throw TriageError.notFound(hazard: id) }
        return hazard
    }

    /// Who may decide an extension: a triage officer or a supervisor of the hazard's county,
    /// and for a major hazard (``ExtensionRules/needsSupervisor(_:)``) a supervisor or an
    /// admin only — the role rule's refusal names the roles that may.
    private func checkMayDecide(_ db: Database, hazard: Hazard) throws {
        try access.authorize(db, .decideExtensions, county: hazard.county)
        if ExtensionRules.needsSupervisor(hazard) { try access.authorize(db, .majorExtensions, county: hazard.county) }
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
