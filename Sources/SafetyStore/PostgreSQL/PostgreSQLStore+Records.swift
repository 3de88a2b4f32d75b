import PostgresNIO
public import SafetyCore

extension PostgreSQLStore: HazardRecords {
    public func forEachHazard(_ filter: HazardFilter, limit: Int?, pageSize: Int, _ body: (Hazard) throws -> Void) throws {
        // Each page is its own read: a long listing does not hold a snapshot open, as
        // SQLite's one read does not block writers either; the keyset order keeps it whole.
        var filter = filter
        filter.county = try read { db in try access.readScope(db, county: filter.county) }
        var last: Hazard?
        var left = limit ?? .max
        while left > 0 {
            let size = min(pageSize, left)
            let page = try read { db in try PostgresHazardQuery.page(db, filter: filter, after: last, limit: size) }
            try page.forEach(body)
            left -= page.count
            guard page.count == size else { return }
            last = page.last
        }
    }

    public func trackedHazard(_ id: String) throws -> TrackedHazard {
        try read { db in
            try access.authorize(db, .see, hazard: id)
            return try TrackedHazard.find(db, id: id)
        }
    }

    public func hazardHistory(_ id: String) throws -> [AuditEntry] {
        try read { db in
            try access.authorize(db, .see, hazard: id)
            return try AuditEntry.history(db, entity: "hazard", id: id)
        }
    }

    public func enterprises(county: String?) throws -> [Enterprise] {
        try read { db in
            if let county = try access.readScope(db, county: county) {
                return try db.rows("SELECT * FROM enterprise WHERE county = $1 ORDER BY id", [county]).map(Enterprise.init(postgres:))
            }
            return try db.rows("SELECT * FROM enterprise ORDER BY id").map(Enterprise.init(postgres:))
        }
    }

    public func enterprise(_ id: String) throws -> Enterprise? {
        try read { db in
            let found = try db.row("SELECT * FROM enterprise WHERE id = $1", [id]).map(Enterprise.init(postgres:))
            try access.authorize(db, .see, county: found?.county)
            return found
        }
    }
}

/// `HazardQuery` on PostgreSQL: the same urgency order — major first, then by deadline with
/// no deadline first (SQLite sorts NULL first ascending; PostgreSQL is told `NULLS FIRST`,
/// and its queue indexes are declared so), then by id — read by keyset pages.
enum PostgresHazardQuery {
    /// Given the list's `total`, a page at an `offset` is read from the nearer end (``NearerEnd``), as in SQLite.
    static func page(_ db: PostgresSession, filter: HazardFilter, after: Hazard?, offset: Int = 0, limit: Int,
                     total: Int? = nil) throws -> [Hazard] {
        var conditions: [String] = []
        var binds: [SQLBind] = []
        func bind(_ value: String) -> String {
            binds.append(value)
            return "$\(binds.count)"
        }
        if let county = filter.county { conditions.append("county = \(bind(county))") }
        if !filter.statuses.isEmpty {
            let list = HazardStatus.allCases.filter(filter.statuses.contains).map { "'\($0.rawValue)'" }.joined(separator: ",")
            conditions.append("status IN (\(list))")
        }
        if let grade = filter.grade { conditions.append("grade = \(bind(grade.rawValue))") }
        if !filter.includeDuplicates { conditions.append("duplicate_of IS NULL") }
        if let after {
            let grade = after.grade.rawValue
            let later = if let deadline = after.deadline?.iso {
                "deadline > \(bind(deadline)) OR (deadline = \(bind(deadline)) AND id > \(bind(after.id)))"
            } else {
                "deadline IS NOT NULL OR (deadline IS NULL AND id > \(bind(after.id)))"
            }
            conditions.append("(grade < \(bind(grade)) OR (grade = \(bind(grade)) AND (\(later))))")
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let read = NearerEnd(offset: offset, limit: limit, total: after == nil ? total : nil)
        let order = read.reversed ? "grade, deadline DESC NULLS LAST, id DESC" : "grade DESC, deadline ASC NULLS FIRST, id"
        let hazards = try db.rows("""
            SELECT * FROM hazard \(whereClause) ORDER BY \(order) LIMIT \(read.limit) OFFSET \(read.offset)
            """, binds).map(Hazard.init(postgres:))
        return read.reversed ? hazards.reversed() : hazards
    }
}

extension AuditEntry {
    init(postgres row: PostgresRow) throws {
        self.init(at: try row.text("at"), operatorName: try row.text("operator"), action: try row.text("action"),
                  before: try row.optionalText("before"), after: try row.optionalText("after"), note: try row.optionalText("note"))
        id = Int64(try row.int("id"))
        entity = try row.text("entity")
        entityId = try row.text("entity_id")
        hash = try row.optionalText("hash") ?? ""
    }

    static func history(_ db: PostgresSession, entity: String, id: String) throws -> [AuditEntry] {
        try db.rows("SELECT * FROM audit WHERE entity = $1 AND entity_id = $2 ORDER BY id", [entity, id])
            .map(AuditEntry.init(postgres:))
    }
}
