import PostgresNIO
import SafetyCore

/// `SummaryQuery.summaries` on PostgreSQL: the same figures from the same summary tables.
enum PostgresSummaryQuery {
    /// One summary per county in `counties` (all counties with records when nil), in the
    /// order of `PostgresJurisdiction.counties`, with the `figures` asked for.
    static func summaries(_ db: PostgresSession, counties only: [String]? = nil, asOf: Day,
                          figures: SummaryQuery.Figures = .all) throws -> [CountySummary] {
        let names = try only ?? PostgresJurisdiction.counties(db)
        // Only the counties asked for: one county's page reads its own rows.
        let countyCondition = only == nil ? "" : "AND county = ANY($1)"
        let countyBinds: [SQLBind] = only.map { [$0] } ?? []
        var summaries = names.map { CountySummary(county: $0) }
        var position: [String: Int] = [:]
        for (index, name) in names.enumerated() { position[name] = index }
        func update(_ row: PostgresRow, _ body: (inout CountySummary) throws -> Void) throws {
            guard let index = position[try row.text("county")] else { return }
            try body(&summaries[index])
        }

        for row in try db.rows("SELECT * FROM county_hazard_stats WHERE true \(countyCondition)", countyBinds) {
            try update(row) { s in
                s.hazards.found = try row.int("found")
                s.hazards.rectified = try row.int("rectified")
                s.majorHazards.found = try row.int("major_found")
                s.majorHazards.rectified = try row.int("major_rectified")
                s.majorHazards.listed = try row.int("major_listed")
                s.majorHazards.delisted = try row.int("major_delisted")
                s.internalReports.found = try row.int("internal_found")
                s.internalReports.rectified = try row.int("internal_rectified")
                s.internalReports.rewardYuan = try row.int("reward_yuan")
            }
        }
        var overdue = PostgresBinds()
        let overdueSQL = KeptByDay.openHazards.sumsBefore(asOf, sums: [("overdue", "open")], groupedBy: ["county"],
                                                          condition: only == nil ? "" : "AND county = ANY(?)",
                                                          binds: countyBinds, into: &overdue)
        for row in try db.rows(overdueSQL, overdue.values) {
            try update(row) { $0.hazards.overdue = try row.int("overdue") }
        }
        for row in try db.rows("SELECT * FROM county_enterprise_stats WHERE true \(countyCondition)", countyBinds) {
            try update(row) { s in
                s.enterprises.total = try row.int("total")
                s.enterprises.keySupervised = try row.int("key_supervised")
                s.enterprises.aboveScale = try row.int("above_scale")
                for level in RiskLevel.allCases { s.enterprises.byRisk[level] = try row.int(level.rawValue) }
                s.enterprises.rewardMechanism = try row.int("reward_mechanism")
                s.enterprises.platformRegistered = try row.int("platform_registered")
            }
        }
        try inspections(db, asOf: asOf, only: only, distinctCounts: figures == .all, update: update)
        guard figures == .all else { return summaries }
        for row in try db.rows("""
            SELECT county, COUNT(*) AS n FROM county_reward_industry WHERE true \(countyCondition) GROUP BY county
            """, countyBinds) {
            try update(row) { $0.enterprises.rewardMechanismIndustries = try row.int("n") }
        }
        let known = """
            AND kind IN (\(TrainingKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")))
            AND audience IN (\(TrainingAudience.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")))
            """
        for row in try db.rows("""
            SELECT county, kind, SUM(sessions)::bigint AS sessions, SUM(person_times)::bigint AS person_times,
              SUM(materials)::bigint AS materials
            FROM county_training_stats WHERE true \(countyCondition) \(known) GROUP BY county, kind
            """, countyBinds) {
            guard let kind = TrainingKind(rawValue: try row.text("kind")) else { continue }
            let attendance = Attendance(sessions: try row.int("sessions"), personTimes: try row.int("person_times"))
            let materials = try row.int("materials")
            try update(row) { s in
                s.training.sessions += attendance.sessions
                s.training.personTimes += attendance.personTimes
                s.training.materials += materials
                s.training.byKind[kind] = attendance
            }
        }
        for row in try db.rows("""
            SELECT county, audience, SUM(sessions)::bigint AS sessions, SUM(person_times)::bigint AS person_times
            FROM county_training_stats WHERE true \(countyCondition) \(known) GROUP BY county, audience
            """, countyBinds) {
            guard let audience = TrainingAudience(rawValue: try row.text("audience")) else { continue }
            let attendance = Attendance(sessions: try row.int("sessions"), personTimes: try row.int("person_times"))
            try update(row) { $0.training.byAudience[audience] = attendance }
        }
        for row in try db.rows("""
            WITH RECURSIVE county(code, name) AS (
              SELECT code, name FROM jurisdiction WHERE level IN ('county', 'prefecture') \(only == nil ? "" : "AND name = ANY($1)")),
            below(county, code, level) AS (
              SELECT county.name, j.code, j.level FROM county JOIN jurisdiction j ON j.parent_code = county.code
              UNION ALL
              SELECT below.county, j.code, j.level FROM below JOIN jurisdiction j ON j.parent_code = below.code
              WHERE below.level != 'town')
            SELECT county, COUNT(*) FILTER (WHERE level = 'town') AS towns, COUNT(*) FILTER (WHERE level = 'zone') AS zones
            FROM below GROUP BY county
            """, countyBinds) {
            try update(row) { s in
                s.towns = try row.int("towns")
                s.zones = try row.int("zones")
            }
        }
        for row in try db.rows("SELECT county, key, value FROM county_fact WHERE true \(countyCondition)", countyBinds) {
            let key = try row.text("key"), value = try row["value"].decode(Double.self)
            try update(row) { $0.facts[key] = value }
        }
        return summaries
    }

    private static func inspections(
        _ db: PostgresSession, asOf: Day, only: [String]?, distinctCounts: Bool,
        update: (PostgresRow, (inout CountySummary) throws -> Void) throws -> Void
    ) throws {
        let condition = only == nil ? "" : "AND county = ANY($1)"
        let names: [SQLBind] = only.map { [$0] } ?? []
        func tally(_ row: PostgresRow, _ body: @escaping (inout InspectionTally) throws -> Void) throws {
            guard let kind = InspectionKind(rawValue: try row.text("kind")) else { return }
            try update(row) { s in
                try body(&s.inspections.all)
                try body(&s.inspections.byKind[kind, default: InspectionTally()])
            }
        }
        for row in try db.rows("""
            SELECT county, kind, planned, done, hazards_found, inspectors FROM county_inspection_stats WHERE true \(condition)
            """, names) {
            let (planned, done, found, inspectors) = (try row.int("planned"), try row.int("done"), try row.int("hazards_found"),
                                                      try row.int("inspectors"))
            try tally(row) { t in
                t.planned += planned
                t.done += done
                t.hazardsFound += found
                t.inspectors += inspectors
            }
        }
        var pending = PostgresBinds()
        let pendingSQL = KeptByDay.pendingInspections.sumsBefore(asOf, sums: [("n", "pending")], groupedBy: ["county", "kind"],
                                                                 condition: only == nil ? "" : "AND county = ANY(?)",
                                                                 binds: names, into: &pending)
        for row in try db.rows(pendingSQL, pending.values) {
            let n = try row.int("n")
            try tally(row) { $0.overdue += n }
        }
        guard distinctCounts else { return }
        for row in try db.rows("""
            SELECT county, kind,
              COUNT(DISTINCT CASE WHEN done_on IS NOT NULL THEN enterprise_id END) AS units,
              COUNT(DISTINCT CASE WHEN done_on IS NOT NULL THEN team || chr(31) || done_on END) AS checks,
              COUNT(DISTINCT NULLIF(team, '')) AS teams
            FROM inspection WHERE true \(condition) GROUP BY county, kind
            """, names) {
            let (units, checks, teams) = (try row.int("units"), try row.int("checks"), try row.int("teams"))
            try tally(row) { t in
                t.units += units
                t.checks += checks
                t.teams += teams
            }
        }
    }
}
