import GRDB
public import SafetyCore

/// Why a plan was not saved.
public enum PlanSaveError: Error, Equatable, CustomStringConvertible {
    case alreadySaved(id: String)

    public var description: String {
        switch self {
        case let .alreadySaved(id):
            "inspection \(id) is already in the database: this plan (same seed and start) was saved before — nothing was saved"
        }
    }
}

extension SafetyDatabase: Scheduling {
    /// What a plan for `county` is drawn from: its enterprises and the whole roster (rules
    /// pick their bodies from it).
    public func planInputs(county: String) throws -> (enterprises: [Enterprise], roster: [Inspector]) {
        try pool.read { db in
            try access.authorize(db, .inspectionPlans, county: county)
            return (try EnterpriseQuery.all(db, county: county), try Inspector.fetchAll(db, sql: "SELECT * FROM inspector ORDER BY id"))
        }
    }

    /// Stores the plan's inspections (not its reminder and bulletin tasks) as planned, not yet
    /// done, all or nothing; returns how many.
    @discardableResult
    public func save(_ plan: InspectionPlan) throws -> Int {
        try pool.write { db in
            var saved = 0
            try access.authorize(db, .inspectionPlans)
            for item in plan.inspections {
                try access.authorize(db, .inspectionPlans, county: item.county)
                guard let kind = InspectionKind(rawValue: item.kind) else { continue }
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM inspection WHERE id = ?", arguments: [item.id]) == true {
                    throw PlanSaveError.alreadySaved(id: item.id)
                }
                try db.execute(sql: """
                    INSERT INTO inspection (id, county, enterprise_id, kind, planned_on, done_on, team, hazards_found, inspectors, rule)
                    VALUES (?, ?, ?, ?, ?, NULL, ?, 0, 0, ?)
                    """, arguments: [item.id, item.county, item.enterpriseId, kind, item.plannedOn, item.team, item.rule])
                saved += 1
            }
            return saved
        }
    }
}
