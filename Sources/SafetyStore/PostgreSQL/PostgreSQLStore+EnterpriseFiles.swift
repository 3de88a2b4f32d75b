import PostgresNIO
import SafetyCore

extension PostgreSQLStore: EnterpriseFiles {
    public func enterpriseFile(_ id: String) throws -> EnterpriseFile? {
        try read { db in
            guard let enterprise = try Enterprise.find(db, id: id) else { return nil }
            try access.authorize(db, .see, county: enterprise.county)
            // SQLite's order: false before true, NULL first going up and last going down.
            let hazards = try db.rows("""
                SELECT * FROM hazard WHERE enterprise_id = $1
                ORDER BY status = 'closed', CASE WHEN status = 'closed' THEN closed_on END DESC NULLS LAST, grade DESC,
                  deadline NULLS FIRST, id
                """, [id]).map(Hazard.init(postgres:))
            let inspections = try db.rows("""
                SELECT * FROM inspection WHERE enterprise_id = $1
                ORDER BY done_on IS NOT NULL, CASE WHEN done_on IS NULL THEN planned_on END NULLS FIRST, done_on DESC NULLS LAST, id
                """, [id]).map(Inspection.init(postgres:))
            let trainings = try db.rows("""
                SELECT * FROM training WHERE county = $1 ORDER BY held_on DESC, id LIMIT $2
                """, [enterprise.county, EnterpriseFile.trainingLimit]).map(TrainingEvent.init(postgres:))
            return EnterpriseFile(enterprise: enterprise, hazards: hazards, inspections: inspections, trainings: trainings)
        }
    }

    public func enterprises(county: String, offset: Int, limit: Int) throws -> CountyEnterprises {
        try read { db in
            try access.authorize(db, .see, county: county)
            let total = try db.value(Int.self, "SELECT total FROM county_enterprise_stats WHERE county = $1", [county]) ?? 0
            let enterprises = try db.rows("""
                SELECT * FROM enterprise WHERE county = $1
                ORDER BY \(RiskRank.sql("risk_level")), name, id LIMIT $2 OFFSET $3
                """, [county, max(0, limit), max(0, offset)]).map(Enterprise.init(postgres:))
            return CountyEnterprises(county: county, total: total, offset: offset, enterprises: enterprises)
        }
    }
}
