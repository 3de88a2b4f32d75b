import GRDB
public import SafetyCore

/// A hazard as read, with what the store knows of its last change: a write compares the
/// revision it read against the current one to tell whether someone else changed it since.
public struct TrackedHazard: Sendable, Equatable {
    public var hazard: Hazard
    /// Bumped by every triage write; 0 for a record as imported.
    public var revision: Int
    /// Who changed it last, and when (nil for a record as imported).
    public var updatedBy: String?
    public var updatedAt: String?

    public init(hazard: Hazard, revision: Int, updatedBy: String? = nil, updatedAt: String? = nil) {
        self.hazard = hazard
        self.revision = revision
        self.updatedBy = updatedBy
        self.updatedAt = updatedAt
    }

    init(row: Row) throws {
        hazard = try Hazard(row: row)
        revision = row["revision"]
        updatedBy = row["updated_by"]
        updatedAt = row["updated_at"]
    }

    /// The hazard `id` as it is now.
    static func find(_ db: Database, id: String) throws -> TrackedHazard {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM hazard WHERE id = ?", arguments: [id]) else {
            throw StoreError.notFound(kind: "hazard", id: id)
        }
        return try TrackedHazard(row: row)
    }
}
