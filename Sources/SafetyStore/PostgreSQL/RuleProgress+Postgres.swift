import SafetyCore

extension RuleProgress {
    /// `read` on PostgreSQL.
    static func read(_ db: PostgresSession, scope: String?, asOf: Day) throws -> [RuleProgress] {
        let half = halfYear(of: asOf)
        return try db.rows("""
            SELECT county, rule, COUNT(DISTINCT COALESCE(enterprise_id, id)) AS planned,
              COUNT(DISTINCT CASE WHEN done_on IS NOT NULL THEN COALESCE(enterprise_id, id) END) AS done,
              COUNT(*) FILTER (WHERE done_on IS NULL AND planned_on < $1) AS overdue
            FROM inspection
            WHERE rule IS NOT NULL AND planned_on BETWEEN $2 AND $3 \(scope == nil ? "" : "AND county = $4")
            GROUP BY county, rule ORDER BY county, rule
            """, [asOf.iso, half.lowerBound.iso, half.upperBound.iso] + (scope.map { [$0] } ?? [])).map {
            RuleProgress(county: try $0.text("county"), rule: try $0.text("rule"), planned: try $0.int("planned"),
                         done: try $0.int("done"), overdue: try $0.int("overdue"))
        }
    }
}
