import GRDB
public import SafetyCore

extension DeadlineExtension: FetchedRow {
    /// A row of `hazard_extension` (v15).
    init(row: Row) throws {
        let id: String = try row.required("hazard_id", table: "hazard_extension", id: "?")
        func req<T: DatabaseValueConvertible>(_ c: String) throws -> T { try row.required(c, table: "hazard_extension", id: id) }
        func opt<T: DatabaseValueConvertible>(_ c: String) throws -> T? { try row.optional(c, table: "hazard_extension", id: id) }
        let decision: String? = try opt("decision")
        self.init(hazardId: id, until: try req("until"), reason: try req("reason"), requestedBy: try req("requested_by"),
                  requestedAt: try req("requested_at"), decision: decision.flatMap(Decision.init(rawValue:)),
                  decidedBy: try opt("decided_by"), decidedAt: try opt("decided_at"), note: try opt("note"))
    }
}

/// Reads of the extension requests.
enum ExtensionQuery {
    /// Every request of hazard `id`, oldest first.
    static func all(_ db: Database, hazard id: String) throws -> [DeadlineExtension] {
        try DeadlineExtension.fetchAll(db, sql: "SELECT * FROM hazard_extension WHERE hazard_id = ? ORDER BY id", arguments: [id])
    }

    /// The request of hazard `id` that waits for a decision.
    static func pending(_ db: Database, hazard id: String) throws -> DeadlineExtension? {
        let statement = try db.cachedStatement(sql: "SELECT * FROM hazard_extension WHERE hazard_id = ? AND decision IS NULL")
        return try DeadlineExtension.fetchOne(statement, arguments: [id])
    }

    /// The requests of `hazards` that wait for a decision, by hazard id: one query for a
    /// triage window.
    static func pending(_ db: Database, hazards ids: [String]) throws -> [String: DeadlineExtension] {
        guard !ids.isEmpty else { return [:] }
        let requests = try DeadlineExtension.fetchAll(db, sql: """
            SELECT * FROM hazard_extension WHERE decision IS NULL AND hazard_id IN (\(databaseQuestionMarks(count: ids.count)))
            """, arguments: StatementArguments(ids))
        return byHazard(requests)
    }

    /// Pending requests by hazard id (the schema allows one per hazard).
    static func byHazard(_ requests: [DeadlineExtension]) -> [String: DeadlineExtension] {
        Dictionary(requests.map { ($0.hazardId, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// How many requests of `county` (or all) wait for a decision.
    static func pendingCount(_ db: Database, county: String?) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM hazard_extension INDEXED BY hazard_extension_pending_county WHERE decision IS NULL"
                         + (county == nil ? "" : " AND county = ?"), arguments: StatementArguments(county.map { [$0] } ?? [])) ?? 0
    }
}
