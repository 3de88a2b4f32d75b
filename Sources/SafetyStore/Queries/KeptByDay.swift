import GRDB
import SafetyCore

/// A summary table kept per day (figures that become overdue as days pass) with its
/// companion kept per month, summed over every day before a given day: whole months from the
/// month table, the first days of that day's own month from the day table. A province's open
/// hazards have hundreds of due days per county; this reads a row per month instead.
struct KeptByDay {
    let dayTable: String
    let dayColumn: String
    let monthTable: String

    static let openHazards = KeptByDay(dayTable: "county_open_deadline", dayColumn: "deadline", monthTable: "county_open_month")
    static let pendingInspections = KeptByDay(dayTable: "county_inspection_pending", dayColumn: "planned_on",
                                              monthTable: "county_inspection_pending_month")
    /// The whole province's: its whole months from the province's own month table (v21), the
    /// days of the as-of month from the counties' day table, a range of its day index.
    static let provincePendingInspections = KeptByDay(dayTable: "county_inspection_pending", dayColumn: "planned_on",
                                                      monthTable: "province_inspection_pending_month")

    /// The pending inspections of `scope` (one county), or of the province when nil.
    static func pendingInspections(in scope: String?) -> KeptByDay {
        scope == nil ? provincePendingInspections : pendingInspections
    }

    /// `sums` (result name and expression over the counters) before `day`, per `groups`
    /// columns (none: one row), over the rows matching `condition` (SQL starting with AND,
    /// on key columns both tables share, with `arguments`).
    func sumsBefore(_ day: Day, sums: [(name: String, expression: String)], groupedBy groups: [String] = [],
                    condition: String = "", arguments: StatementArguments = []) -> (sql: String, arguments: StatementArguments) {
        let month = Month(day)
        var values: StatementArguments = [month.iso]
        _ = values.append(contentsOf: arguments)
        _ = values.append(contentsOf: [month.firstDay, day])
        _ = values.append(contentsOf: arguments)
        return (sql(sums: sums, groupedBy: groups, condition: condition), values)
    }

    /// The statement of `sumsBefore`, for either backend: its `?` placeholders are the month,
    /// the condition's, the month's first day, the day, and the condition's again. The sums
    /// are cast to bigint: PostgreSQL's sum of bigints is numeric.
    func sql(sums: [(name: String, expression: String)], groupedBy groups: [String], condition: String) -> String {
        let keys = groups.map { $0 + ", " }.joined()
        let grouping = groups.isEmpty ? "" : "GROUP BY " + groups.joined(separator: ", ")
        let inner = sums.map { "SUM(\($0.expression)) AS \($0.name)" }.joined(separator: ", ")
        let outer = sums.map { "CAST(COALESCE(SUM(\($0.name)), 0) AS bigint) AS \($0.name)" }.joined(separator: ", ")
        return """
            SELECT \(keys)\(outer) FROM (
              SELECT \(keys)\(inner) FROM \(monthTable) WHERE month < ? \(condition) \(grouping)
              UNION ALL
              SELECT \(keys)\(inner) FROM \(dayTable) WHERE \(dayColumn) >= ? AND \(dayColumn) < ? \(condition) \(grouping)) AS kept
            \(grouping)
            """
    }

    /// `sum` (an expression over the counters) after `day`, over the rows matching `condition`,
    /// for either backend: whole months from the month table, the rest of that day's own month
    /// from the day table. Its `?` placeholders are the month, the condition's, the day, the
    /// month's last day, and the condition's again.
    func sqlAfter(sum: String, condition: String) -> String {
        """
        SELECT CAST(COALESCE(SUM(n), 0) AS bigint) AS n FROM (
          SELECT SUM(\(sum)) AS n FROM \(monthTable) WHERE month > ? \(condition)
          UNION ALL
          SELECT SUM(\(sum)) AS n FROM \(dayTable) WHERE \(dayColumn) > ? AND \(dayColumn) <= ? \(condition)) AS kept
        """
    }
}
