import GRDB
public import SafetyCore

/// How one rule of a saved plan is being kept in the current half-year: of the enterprises
/// (or tasks) it planned there, how many have been inspected — "towns-sampling 412 / 525".
public struct RuleProgress: Sendable, Equatable {
    public var county: String
    public var rule: String
    public var planned: Int
    public var done: Int
    /// Planned before today and not done.
    public var overdue: Int

    public init(county: String, rule: String, planned: Int, done: Int, overdue: Int) {
        self.county = county
        self.rule = rule
        self.planned = planned
        self.done = done
        self.overdue = overdue
    }

    /// The half-year (January–June or July–December) holding `asOf`.
    public static func halfYear(of asOf: Day) -> ClosedRange<Day> {
        let first = Month(year: asOf.year, month: asOf.month <= 6 ? 1 : 7)!
        return first.firstDay...first.adding(months: 5).lastDay
    }

    static func read(_ db: Database, scope: String?, asOf: Day) throws -> [RuleProgress] {
        let half = halfYear(of: asOf)
        return try Row.fetchAll(db, sql: """
            SELECT county, rule, COUNT(DISTINCT COALESCE(enterprise_id, id)) AS planned,
              COUNT(DISTINCT CASE WHEN done_on IS NOT NULL THEN COALESCE(enterprise_id, id) END) AS done,
              SUM(done_on IS NULL AND planned_on < ?) AS overdue
            FROM inspection INDEXED BY inspection_rule
            WHERE rule IS NOT NULL AND planned_on BETWEEN ? AND ? \(scope == nil ? "" : "AND county = ?")
            GROUP BY county, rule ORDER BY county, rule
            """, arguments: [asOf, half.lowerBound, half.upperBound] + (scope.map { [$0] } ?? [])).map {
            RuleProgress(county: $0["county"], rule: $0["rule"], planned: $0["planned"], done: $0["done"], overdue: $0["overdue"])
        }
    }
}
