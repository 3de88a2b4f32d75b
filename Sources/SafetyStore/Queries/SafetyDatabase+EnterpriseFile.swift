import GRDB
import SafetyCore

extension SafetyDatabase: EnterpriseFiles {
    public func enterpriseFile(_ id: String) throws -> EnterpriseFile? {
        try pool.read { db in
            guard let enterprise = try EnterpriseQuery.find(db, id: id) else { return nil }
            try access.authorize(db, .see, county: enterprise.county)
            // Along hazard_enterprise_found and inspection_enterprise_done: one enterprise's rows.
            let hazards = try Hazard.fetchAll(db, sql: """
                SELECT * FROM hazard WHERE enterprise_id = ?
                ORDER BY status = 'closed', CASE WHEN status = 'closed' THEN closed_on END DESC, grade DESC, deadline, id
                """, arguments: [id])
            let inspections = try Inspection.fetchAll(db, sql: """
                SELECT * FROM inspection WHERE enterprise_id = ?
                ORDER BY done_on IS NOT NULL, CASE WHEN done_on IS NULL THEN planned_on END, done_on DESC, id
                """, arguments: [id])
            let trainings = try TrainingEvent.fetchAll(db, sql: """
                SELECT * FROM training WHERE county = ? ORDER BY held_on DESC, id LIMIT ?
                """, arguments: [enterprise.county, EnterpriseFile.trainingLimit])
            return EnterpriseFile(enterprise: enterprise, hazards: hazards, inspections: inspections, trainings: trainings)
        }
    }

    public func enterprises(county: String, offset: Int, limit: Int) throws -> CountyEnterprises {
        try pool.read { db in
            try access.authorize(db, .see, county: county)
            let total = try Int.fetchOne(db, sql: "SELECT total FROM county_enterprise_stats WHERE county = ?", arguments: [county]) ?? 0
            // Along enterprise_county_name: the county's rows only, sorted by colour here (a
            // county holds thousands, not millions).
            let enterprises = try Enterprise.fetchAll(db, sql: """
                SELECT * FROM enterprise WHERE county = ?
                ORDER BY \(RiskRank.sql("risk_level")), name, id LIMIT ? OFFSET ?
                """, arguments: [county, max(0, limit), max(0, offset)])
            return CountyEnterprises(county: county, total: total, offset: offset, enterprises: enterprises)
        }
    }
}
