import GRDB
public import SafetyCore

extension SafetyDatabase: TriageStore {
    /// The triage list's count, the rows at `offset..<offset + limit`, and the detail of the
    /// row at list position `selection` (clamped to the list), in one consistent read.
    public func triageWindow(filter: TriageFilter, sort: TriageSort, descending: Bool, offset: Int, limit: Int,
                             selection: Int, today: Day) throws -> TriageWindow {
        try readWhereWritten { db in
            var filter = filter
            filter.county = try access.readScope(db, county: filter.county)
            let count = try TriageQuery.count(db, filter: filter, today: today)
            let rows = try TriageQuery.page(db, filter: filter, sort: sort, descending: descending,
                                            offset: offset, limit: limit, total: count, today: today)
            var window = TriageWindow(count: count, firstRow: offset, rows: rows)
            if let selected = window.row(at: min(selection, max(0, count - 1))) {
                window.enterprise = try EnterpriseQuery.find(db, id: selected.hazard.enterpriseId)
                window.history = try AuditEntry.history(db, entity: "hazard", id: selected.hazard.id)
            }
            return window
        }
    }

    /// The enterprise and the history of `hazard`, for the detail pane.
    public func triageDetail(of hazard: Hazard) throws -> (enterprise: Enterprise?, history: [AuditEntry]) {
        try readWhereWritten { db in
            try access.authorize(db, .see, county: hazard.county)
            return (try EnterpriseQuery.find(db, id: hazard.enterpriseId), try AuditEntry.history(db, entity: "hazard", id: hazard.id))
        }
    }

    /// Ids, in list order, of hazards whose id, enterprise name or description contains `text`.
    public func triageSearch(_ text: String, filter: TriageFilter, sort: TriageSort, descending: Bool, today: Day,
                             offset: Int, limit: Int) throws -> [String] {
        try readWhereWritten {
            var filter = filter
            filter.county = try access.readScope($0, county: filter.county)
            return try TriageQuery.search($0, text, filter: filter, sort: sort, descending: descending, today: today, offset: offset, limit: limit)
        }
    }

    /// Where hazard `id` is in the list now, or nil when it left it.
    public func triagePosition(of id: String, filter: TriageFilter, sort: TriageSort, descending: Bool, today: Day) throws -> Int? {
        try readWhereWritten {
            var filter = filter
            filter.county = try access.readScope($0, county: filter.county)
            return try TriageQuery.position($0, of: id, filter: filter, sort: sort, descending: descending, today: today) }
    }

    /// Responsible units already used in `county` starting with `prefix`, most used first.
    public func responsibleUnits(county: String, prefix: String) throws -> [String] {
        try readWhereWritten {
            try access.authorize($0, .see, county: county)
            return try TriageQuery.responsibleUnits($0, county: county, prefix: prefix)
        }
    }

    @discardableResult
    public func apply(_ action: HazardAction, to bases: [TriageBasis], note: String?, stamp: AuditStamp,
                      today: Day) throws -> [HazardChange] {
        try HazardTriage(database: self).apply(action, to: bases, note: note, stamp: stamp, today: today)
    }

    @discardableResult
    public func apply(_ actions: [HazardAction], to basis: TriageBasis, note: String?, stamp: AuditStamp,
                      today: Day) throws -> [HazardChange] {
        try HazardTriage(database: self).apply(actions, to: basis, note: note, stamp: stamp, today: today)
    }

    @discardableResult
    public func undo(_ changes: [HazardChange], stamp: AuditStamp) throws -> [HazardChange] {
        try HazardTriage(database: self).undo(changes, stamp: stamp)
    }

    @discardableResult
    public func add(_ hazard: Hazard, note: String?, stamp: AuditStamp, today: Day) throws -> HazardChange {
        try HazardTriage(database: self).add(hazard, note: note, stamp: stamp, today: today)
    }
}
