import GRDB
import SafetyCore

/// County figures from the summary tables and partial indexes: the same numbers as
/// `SummaryTally` over every record, without reading the records.
enum SummaryQuery {
    /// The counties that have any record, in jurisdiction-code order (then by name).
    static func counties(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT c.county FROM (
              SELECT county FROM county_enterprise_stats UNION SELECT county FROM county_hazard_stats
              UNION SELECT county FROM county_training_stats UNION SELECT county FROM county_inspection_stats
              UNION SELECT county FROM county_fact) AS c
            LEFT JOIN (
              -- A prefecture and a county may share a name: each name once, at its first code.
              SELECT name, MIN(code) AS code FROM jurisdiction WHERE level IN ('county', 'prefecture') GROUP BY name) AS j
              ON j.name = c.county
            ORDER BY j.code IS NULL, j.code, c.county
            """)
    }

    /// What a summary is read for.
    public enum Figures: Sendable {
        /// Every figure of the county page and report.
        case all
        /// Only what a ranking (晾晒) compares: hazards, major hazards, enterprises and
        /// inspections planned, done and overdue. Training, towns, facts, reward industries and
        /// the inspections' distinct units, checks and teams stay zero: the ranking reads every
        /// county at each press of R, and does not show them.
        case ranking
    }

    /// One summary per county in `counties` (all counties with records when nil), in the
    /// order of `counties(_:)`, with the `figures` asked for.
    static func summaries(_ db: Database, counties only: [String]? = nil, asOf: Day,
                                 figures: Figures = .all) throws -> [CountySummary] {
        let names = try only ?? counties(db)
        // Only the counties asked for: one county's page reads its own rows.
        let countyCondition = only.map { inList(column: "county", $0) } ?? ""
        let countyArguments = StatementArguments(only ?? [])
        // Changed in place: a copy out of a dictionary and back would copy every summary's
        // own dictionaries (by kind, by audience) at every row.
        var summaries = names.map { CountySummary(county: $0) }
        var position: [String: Int] = [:]
        for (index, name) in names.enumerated() { position[name] = index }
        func update(_ county: String, _ body: (inout CountySummary) -> Void) {
            guard let index = position[county] else { return }
            body(&summaries[index])
        }

        for row in try Row.fetchAll(db, sql: "SELECT * FROM county_hazard_stats WHERE 1 \(countyCondition)", arguments: countyArguments) {
            update(row["county"]) { s in
                s.hazards.found = row["found"]
                s.hazards.rectified = row["rectified"]
                s.majorHazards.found = row["major_found"]
                s.majorHazards.rectified = row["major_rectified"]
                s.majorHazards.listed = row["major_listed"]
                s.majorHazards.delisted = row["major_delisted"]
                s.internalReports.found = row["internal_found"]
                s.internalReports.rectified = row["internal_rectified"]
                s.internalReports.rewardYuan = row["reward_yuan"]
            }
        }
        let overdue = KeptByDay.openHazards.sumsBefore(asOf, sums: [("overdue", "open")], groupedBy: ["county"],
                                                       condition: countyCondition, arguments: countyArguments)
        for row in try Row.fetchAll(db, sql: overdue.sql, arguments: overdue.arguments) {
            update(row["county"]) { $0.hazards.overdue = row["overdue"] }
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM county_enterprise_stats WHERE 1 \(countyCondition)", arguments: countyArguments) {
            update(row["county"]) { s in
                s.enterprises.total = row["total"]
                s.enterprises.keySupervised = row["key_supervised"]
                s.enterprises.aboveScale = row["above_scale"]
                for level in RiskLevel.allCases { s.enterprises.byRisk[level] = row[level.rawValue] }
                s.enterprises.rewardMechanism = row["reward_mechanism"]
                s.enterprises.platformRegistered = row["platform_registered"]
            }
        }
        try inspections(db, asOf: asOf, only: only, distinctCounts: figures == .all, update: update)
        guard figures == .all else { return summaries }
        for row in try Row.fetchAll(db, sql: """
            SELECT county, COUNT(*) AS n FROM county_reward_industry WHERE 1 \(countyCondition) GROUP BY county
            """, arguments: countyArguments) {
            update(row["county"]) { $0.enterprises.rewardMechanismIndustries = row["n"] }
        }
        // Summed by kind and by audience in SQL (a few rows per county instead of one per kind
        // and audience) and read by position: the ranking reads every county's.
        let known = """
            AND kind IN (\(TrainingKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")))
            AND audience IN (\(TrainingAudience.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")))
            """
        for row in try Row.fetchAll(db, sql: """
            SELECT county, kind, SUM(sessions), SUM(person_times), SUM(materials) FROM county_training_stats
            WHERE 1 \(countyCondition) \(known) GROUP BY county, kind
            """, arguments: countyArguments) {
            guard let kind = TrainingKind(rawValue: row[1]) else { continue }
            let attendance = Attendance(sessions: row[2], personTimes: row[3])
            let materials: Int = row[4]
            update(row[0]) { s in
                s.training.sessions += attendance.sessions
                s.training.personTimes += attendance.personTimes
                s.training.materials += materials
                s.training.byKind[kind] = attendance
            }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT county, audience, SUM(sessions), SUM(person_times) FROM county_training_stats
            WHERE 1 \(countyCondition) \(known) GROUP BY county, audience
            """, arguments: countyArguments) {
            guard let audience = TrainingAudience(rawValue: row[1]) else { continue }
            let attendance = Attendance(sessions: row[2], personTimes: row[3])
            update(row[0]) { $0.training.byAudience[audience] = attendance }
        }
        for row in try Row.fetchAll(db, sql: """
            WITH RECURSIVE county(code, name) AS (
              SELECT code, name FROM jurisdiction WHERE level IN ('county', 'prefecture') \(only.map { inList(column: "name", $0) } ?? "")),
            below(county, code, level) AS (
              SELECT county.name, j.code, j.level FROM county JOIN jurisdiction j ON j.parent_code = county.code
              UNION ALL
              SELECT below.county, j.code, j.level FROM below JOIN jurisdiction j ON j.parent_code = below.code
              WHERE below.level != 'town')
            SELECT county, SUM(level = 'town') AS towns, SUM(level = 'zone') AS zones FROM below GROUP BY county
            """, arguments: countyArguments) {
            update(row["county"]) { s in
                s.towns = row["towns"]
                s.zones = row["zones"]
            }
        }
        for fact in try CountyFact.fetchAll(db, sql: "SELECT * FROM county_fact WHERE 1 \(countyCondition)", arguments: countyArguments) {
            update(fact.county) { $0.facts[fact.key] = fact.value }
        }
        return summaries
    }

    /// `only`: the counties asked for, so that one county's page reads only its own rows.
    private static func inspections(
        _ db: Database, asOf: Day, only: [String]?, distinctCounts: Bool,
        update: (String, (inout CountySummary) -> Void) -> Void
    ) throws {
        let condition = only.map { inList(column: "county", $0) } ?? ""
        let names = StatementArguments(only ?? [])
        func tally(_ row: Row, _ body: @escaping (inout InspectionTally, Row) -> Void) {
            guard let kind = InspectionKind(rawValue: row["kind"]) else { return }
            update(row["county"]) { s in
                body(&s.inspections.all, row)
                body(&s.inspections.byKind[kind, default: InspectionTally()], row)
            }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT county, kind, planned, done, hazards_found, inspectors FROM county_inspection_stats WHERE 1 \(condition)
            """, arguments: names) {
            tally(row) { t, r in
                t.planned += r[2] as Int
                t.done += r[3] as Int
                t.hazardsFound += r[4] as Int
                t.inspectors += r[5] as Int
            }
        }
        let pending = KeptByDay.pendingInspections.sumsBefore(asOf, sums: [("n", "pending")], groupedBy: ["county", "kind"],
                                                              condition: condition, arguments: names)
        for row in try Row.fetchAll(db, sql: pending.sql, arguments: pending.arguments) {
            tally(row) { t, r in t.overdue += r["n"] as Int }
        }
        // Distinct counts cannot be kept by triggers; the covering index answers them.
        guard distinctCounts else { return }
        for row in try Row.fetchAll(db, sql: """
            SELECT county, kind,
              COUNT(DISTINCT CASE WHEN done_on IS NOT NULL THEN enterprise_id END) AS units,
              COUNT(DISTINCT CASE WHEN done_on IS NOT NULL THEN team || char(31) || done_on END) AS checks,
              COUNT(DISTINCT NULLIF(team, '')) AS teams
            FROM inspection INDEXED BY inspection_county_kind WHERE 1 \(condition) GROUP BY county, kind
            """, arguments: names) {
            tally(row) { t, r in
                t.units += r["units"] as Int
                t.checks += r["checks"] as Int
                t.teams += r["teams"] as Int
            }
        }
    }

    /// `AND column IN (?, …)`, one placeholder per name.
    private static func inList(column: String, _ names: [String]) -> String {
        "AND \(column) IN (\(names.map { _ in "?" }.joined(separator: ", ")))"
    }
}
