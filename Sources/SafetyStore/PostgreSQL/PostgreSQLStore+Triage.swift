public import SafetyCore

extension PostgreSQLStore: TriageStore {
    /// The triage list's count, the rows at `offset..<offset + limit`, and the detail of the
    /// row at list position `selection` (clamped to the list), in one snapshot.
    public func triageWindow(filter: TriageFilter, sort: TriageSort, descending: Bool, offset: Int, limit: Int,
                             selection: Int, today: Day) throws -> TriageWindow {
        try read { db in
            var filter = filter
            filter.county = try access.readScope(db, county: filter.county)
            let count = try PostgresTriageQuery.count(db, filter: filter, today: today)
            let rows = try PostgresTriageQuery.page(db, filter: filter, sort: sort, descending: descending,
                                                    offset: offset, limit: limit, total: count, today: today)
            var window = TriageWindow(count: count, firstRow: offset, rows: rows)
            if let selected = window.row(at: min(selection, max(0, count - 1))) {
                window.enterprise = try Enterprise.find(db, id: selected.hazard.enterpriseId)
                window.history = try AuditEntry.history(db, entity: "hazard", id: selected.hazard.id)
            }
            return window
        }
    }

    public func triageDetail(of hazard: Hazard) throws -> (enterprise: Enterprise?, history: [AuditEntry]) {
        try read { db in
            try access.authorize(db, .see, county: hazard.county)
            return (try Enterprise.find(db, id: hazard.enterpriseId), try AuditEntry.history(db, entity: "hazard", id: hazard.id))
        }
    }

    public func triageSearch(_ text: String, filter: TriageFilter, sort: TriageSort, descending: Bool, today: Day,
                             offset: Int, limit: Int) throws -> [String] {
        try read { db in
            var filter = filter
            filter.county = try access.readScope(db, county: filter.county)
            return try PostgresTriageQuery.search(db, text, filter: filter, sort: sort, descending: descending, today: today,
                                                  offset: offset, limit: limit)
        }
    }

    public func triagePosition(of id: String, filter: TriageFilter, sort: TriageSort, descending: Bool, today: Day) throws -> Int? {
        try read { db in
            var filter = filter
            filter.county = try access.readScope(db, county: filter.county)
            return try PostgresTriageQuery.position(db, of: id, filter: filter, sort: sort, descending: descending, today: today)
        }
    }

    public func responsibleUnits(county: String, prefix: String) throws -> [String] {
        try read { db in
            try access.authorize(db, .see, county: county)
            return try PostgresTriageQuery.responsibleUnits(db, county: county, prefix: prefix)
        }
    }

    /// Applies `action` to every hazard of `bases` in one transaction: all change or none.
    @discardableResult
    public func apply(_ action: HazardAction, to bases: [TriageBasis], note: String?, stamp: AuditStamp,
                      today: Day) throws -> [HazardChange] {
        try write { db in
            try PostgresHazardTriage.lock(db, bases.map(\.id))
            return try bases.map { basis in
                try access.authorize(db, .triage, hazard: basis.id)
                return try PostgresHazardTriage.step(db, action, basis: basis, note: note, stamp: access.stamp(stamp), today: today)
            }
        }
    }

    /// Applies `actions` one after the other to one hazard in one transaction; only the first
    /// is checked against `basis`.
    @discardableResult
    public func apply(_ actions: [HazardAction], to basis: TriageBasis, note: String?, stamp: AuditStamp,
                      today: Day) throws -> [HazardChange] {
        try write { db in
            try PostgresHazardTriage.lock(db, [basis.id])
            try access.authorize(db, .triage, hazard: basis.id)
            return try actions.enumerated().map { index, action in
                try PostgresHazardTriage.step(db, action, basis: index == 0 ? basis : .id(basis.id), note: note,
                                              stamp: access.stamp(stamp), today: today)
            }
        }
    }

    /// Puts back what `changes` changed, newest first, unless someone changed a hazard since:
    /// then nothing is undone.
    @discardableResult
    public func undo(_ changes: [HazardChange], stamp: AuditStamp) throws -> [HazardChange] {
        guard !changes.isEmpty else { throw TriageError.nothingToUndo }
        let stamp = access.stamp(stamp)
        return try write { db in
            try PostgresHazardTriage.lock(db, changes.map(\.id))
            return try changes.map { change in
                try access.authorize(db, .triage, hazard: change.id)
                return try PostgresHazardTriage.undo(db, change, stamp: stamp)
            }
        }
    }

    /// Records a new hazard, checked as an import row is; audited as `add`.
    @discardableResult
    public func add(_ hazard: Hazard, note: String?, stamp: AuditStamp, today: Day) throws -> HazardChange {
        try TriageRules.checkNew(hazard, today: today)
        let stamp = access.stamp(stamp)
        return try write { db in
            try access.authorize(db, .triage, county: hazard.county)
            return try PostgresHazardTriage.add(db, hazard, note: note, stamp: stamp)
        }
    }
}

extension Enterprise {
    /// The enterprise `id` on PostgreSQL, or nil.
    static func find(_ db: PostgresSession, id: String) throws -> Enterprise? {
        try db.row("SELECT * FROM enterprise WHERE id = $1", [id]).map(Enterprise.init(postgres:))
    }
}
