import Foundation
import PostgresNIO
public import SafetyCore

extension PostgreSQLStore: DeadlineExtensions {
    @discardableResult
    public func requestExtension(_ id: String, until: Day, reason: String, stamp: AuditStamp, today: Day) throws -> DeadlineExtension {
        try write { db in
            let hazard = try Self.lockedHazard(db, id)
            try access.authorize(db, .triage, county: hazard.county)
            let stamp = access.stamp(stamp)
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            try ExtensionRules.checkRequest(hazard, until: until, reason: reason, pending: try PostgresExtensionQuery.pending(db, hazard: id))
            try db.execute("""
                INSERT INTO hazard_extension (hazard_id, county, until, reason, requested_by, requested_at)
                VALUES ($1, $2, $3, $4, $5, $6)
                """, [id, hazard.county, until.iso, reason, stamp.operatorName, stamp.at])
            try AuditEntry.append(db, entity: "hazard", id: id, action: "extension_request", before: ["deadline": hazard.deadline?.iso],
                                  after: ["deadline": until.iso], note: reason, stamp: stamp)
            return DeadlineExtension(hazardId: id, until: until, reason: reason, requestedBy: stamp.operatorName, requestedAt: stamp.at)
        }
    }

    @discardableResult
    public func decideExtension(_ id: String, approve: Bool, note: String?, stamp: AuditStamp, today: Day) throws
        -> (request: DeadlineExtension, change: HazardChange?) {
        try write { db in
            let hazard = try Self.lockedHazard(db, id)
            var request = try ExtensionRules.checkDecision(hazard, pending: try PostgresExtensionQuery.pending(db, hazard: id))
            try access.authorize(db, .decideExtensions, county: hazard.county)
            if ExtensionRules.needsSupervisor(hazard) { try access.authorize(db, .majorExtensions, county: hazard.county) }
            let stamp = access.stamp(stamp)
            let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines)
            let note = trimmed?.isEmpty == false ? trimmed : nil
            request.decision = approve ? .approved : .refused
            request.decidedBy = stamp.operatorName
            request.decidedAt = stamp.at
            request.note = note
            try db.execute("""
                UPDATE hazard_extension SET decision = $1, decided_by = $2, decided_at = $3, note = $4
                WHERE hazard_id = $5 AND decision IS NULL
                """, [request.decision?.rawValue, stamp.operatorName, stamp.at, note, id])
            try AuditEntry.append(db, entity: "hazard", id: id, action: approve ? "extension_approve" : "extension_refuse",
                                  before: nil, after: ["until": request.until.iso],
                                  note: [request.reason, note].compactMap { $0 }.joined(separator: " — "), stamp: stamp)
            // The deadline moves through the lifecycle, as `d` would move it, with its own audit row.
            let change = approve
                ? try PostgresHazardTriage.step(db, .setDeadline(request.until), basis: .id(id), note: "extension approved",
                                                stamp: stamp, today: today)
                : nil
            return (request, change)
        }
    }

    public func extensions(of id: String) throws -> [DeadlineExtension] {
        try read { db in
            try access.authorize(db, .see, hazard: id)
            return try PostgresExtensionQuery.all(db, hazard: id)
        }
    }

    /// The hazard `id`, locked until the write ends (before the audit lock, as every triage write).
    private static func lockedHazard(_ db: PostgresSession, _ id: String) throws -> Hazard {
        guard let row = try db.row("SELECT * FROM hazard WHERE id = $1 FOR UPDATE", [id]) else { throw TriageError.notFound(hazard: id) }
        return try Hazard(postgres: row)
    }
}

/// `ExtensionQuery` on PostgreSQL.
enum PostgresExtensionQuery {
    static func all(_ db: PostgresSession, hazard id: String) throws -> [DeadlineExtension] {
        try db.rows("SELECT * FROM hazard_extension WHERE hazard_id = $1 ORDER BY id", [id]).map(DeadlineExtension.init(postgres:))
    }

    static func pending(_ db: PostgresSession, hazard id: String) throws -> DeadlineExtension? {
        try db.row("SELECT * FROM hazard_extension WHERE hazard_id = $1 AND decision IS NULL", [id]).map(DeadlineExtension.init(postgres:))
    }

    /// `ExtensionQuery.pending(_:hazards:)`: one statement for a triage window.
    static func pending(_ db: PostgresSession, hazards ids: [String]) throws -> [String: DeadlineExtension] {
        guard !ids.isEmpty else { return [:] }
        let requests = try db.rows("SELECT * FROM hazard_extension WHERE decision IS NULL AND hazard_id = ANY($1::text[])", [ids])
            .map(DeadlineExtension.init(postgres:))
        return ExtensionQuery.byHazard(requests)
    }
}

extension DeadlineExtension {
    /// A row of `hazard_extension`.
    init(postgres row: PostgresRow) throws {
        let r = try PostgresRecordRow(row, table: "hazard_extension", key: "hazard_id")
        self.init(hazardId: r.id, until: try r.day("until"), reason: try r.text("reason"), requestedBy: try r.text("requested_by"),
                  requestedAt: try r.text("requested_at"), decision: try r.optionalChoice("decision", as: Decision.self),
                  decidedBy: try r.optionalText("decided_by"), decidedAt: try r.optionalText("decided_at"), note: try r.optionalText("note"))
    }
}
