import GRDB
public import SafetyCore

/// Which hazards a list shows.
public struct HazardFilter: Sendable, Equatable {
    public var county: String?
    /// Any of these statuses; all when empty.
    public var statuses: Set<HazardStatus> = []
    public var grade: HazardGrade?
    /// Merged duplicates are hidden unless asked for.
    public var includeDuplicates = false

    public init(county: String? = nil, statuses: Set<HazardStatus> = [], grade: HazardGrade? = nil) {
        self.county = county
        self.statuses = statuses
        self.grade = grade
    }

}

/// Reads hazards page by page, most urgent first: major before general, then by deadline —
/// hazards with no deadline yet (not assigned, so waiting for a decision) first, then overdue
/// ones, then the rest — then by id. The order matches the partial index `hazard_open_queue`,
/// so a page costs the same at any depth of millions of rows.
enum HazardQuery {
    /// Hazards matching `filter` in urgency order, at most `limit`, after the hazard `after`
    /// (keyset pagination: pass the last hazard of the previous page). Given the list's
    /// `total`, a page at an offset is read from the nearer end (``NearerEnd``).
    static func page(_ db: Database, filter: HazardFilter, after: Hazard? = nil, offset: Int = 0, limit: Int,
                     total: Int? = nil) throws -> [Hazard] {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let county = filter.county {
            conditions.append("county = ?")
            _ = arguments.append(contentsOf: [county])
        }
        if !filter.statuses.isEmpty {
            // In declaration order, so that the unrectified set reads exactly as the partial
            // indexes' WHERE clause and SQLite can use them.
            let list = HazardStatus.allCases.filter(filter.statuses.contains).map { "'\($0.rawValue)'" }.joined(separator: ",")
            conditions.append("status IN (\(list))")
        }
        if let grade = filter.grade {
            conditions.append("grade = ?")
            _ = arguments.append(contentsOf: [grade])
        }
        if !filter.includeDuplicates { conditions.append("duplicate_of IS NULL") }
        if let after {
            // (grade DESC, deadline ASC NULLS FIRST, id ASC) strictly after the last row.
            let deadline = after.deadline?.iso
            conditions.append("""
                (grade < ? OR (grade = ? AND (\(deadline == nil
                    ? "deadline IS NOT NULL OR (deadline IS NULL AND id > ?)"
                    : "deadline > ? OR (deadline = ? AND id > ?)"))))
                """)
            _ = arguments.append(contentsOf: [after.grade, after.grade])
            if let deadline {
                _ = arguments.append(contentsOf: [deadline, deadline, after.id])
            } else {
                _ = arguments.append(contentsOf: [after.id])
            }
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        // The open queue names its index: SQLite, without statistics, would rather take the
        // status index (v7) for `status IN (…)` and sort the whole queue.
        let index = filter.statuses == HazardStatus.unrectified && !filter.includeDuplicates
            ? "INDEXED BY \(filter.county == nil ? "hazard_open_queue" : "hazard_open_county_queue")" : ""
        // After a keyset position the offset counts from there, so the total says nothing about it.
        let read = NearerEnd(offset: offset, limit: limit, total: after == nil ? total : nil)
        let order = read.reversed ? "grade, deadline DESC, id DESC" : "grade DESC, deadline, id"
        let hazards = try Hazard.fetchAll(db, sql: """
            SELECT * FROM hazard \(index) \(whereClause) ORDER BY \(order) LIMIT ? OFFSET ?
            """, arguments: arguments + [read.limit, read.offset])
        return read.reversed ? hazards.reversed() : hazards
    }

    /// Every hazard matching `filter` (the first `limit` when given), streamed page by page
    /// to `body` (for the command line).
    static func forEach(_ db: Database, filter: HazardFilter, limit: Int? = nil, pageSize: Int = 1000,
                        _ body: (Hazard) throws -> Void) throws {
        var last: Hazard?
        var left = limit ?? .max
        while left > 0 {
            let size = min(pageSize, left)
            let page = try page(db, filter: filter, after: last, limit: size)
            try page.forEach(body)
            left -= page.count
            guard page.count == size else { return }
            last = page.last
        }
    }

    static func find(_ db: Database, id: String) throws -> Hazard {
        guard let hazard = try Hazard.fetchOne(db, key: id) else { throw StoreError.notFound(kind: "hazard", id: id) }
        return hazard
    }
}

/// Reads enterprises.
enum EnterpriseQuery {
    /// Enterprises of a county (all when nil), by id.
    static func all(_ db: Database, county: String?) throws -> [Enterprise] {
        if let county {
            return try Enterprise.fetchAll(db, sql: "SELECT * FROM enterprise WHERE county = ? ORDER BY id", arguments: [county])
        }
        return try Enterprise.fetchAll(db, sql: "SELECT * FROM enterprise ORDER BY id")
    }

    static func find(_ db: Database, id: String) throws -> Enterprise? {
        try Enterprise.fetchOne(db, key: id)
    }
}
