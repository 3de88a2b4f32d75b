import GRDB
public import SafetyCore

/// One county's hazard figures for one month, as the monthly bulletin (一月一通报) reports
/// them: what happened in the month, and the state at its last day. "At the end" counts
/// records by their dates — found on or before the last day, rectified on or before it — so
/// a bulletin for a past month stays the same whatever happened since.
public struct MonthFigures: Sendable, Equatable {
    public var county: String
    public var month: Month
    /// Found in the month.
    public var found = 0
    /// Rectified in the month (whenever found).
    public var rectified = 0
    /// Found by the last day.
    public var foundToDate = 0
    /// Rectified by the last day.
    public var rectifiedToDate = 0
    /// Not rectified by the last day and past the deadline on it.
    public var overdueAtEnd = 0
    /// Major hazards found by the last day and not rectified by it.
    public var majorOpenAtEnd = 0
    /// Inspections planned before the last day and not done by it.
    public var inspectionsOverdueAtEnd = 0

    public init(county: String, month: Month) {
        self.county = county
        self.month = month
    }

    public var openAtEnd: Int { foundToDate - rectifiedToDate }
    public var rateAtEnd: RectificationRate { RectificationRate(rectified: rectifiedToDate, found: foundToDate) }

    /// The figures of every county in `counties` for `month`, each read over the county's
    /// indexes (found by day, rectified by day, the open queue, the inspection schedule).
    static func read(_ db: Database, counties: [String], month: Month) throws -> [MonthFigures] {
        let first = month.firstDay, last = month.lastDay
        return try counties.map { county in
            var f = MonthFigures(county: county, month: month)
            f.found = try count(db, "county = ? AND found_on BETWEEN ? AND ?", [county, first, last], index: "hazard_county_found_kept")
            f.rectified = try count(db, "county = ? AND rectified_on BETWEEN ? AND ?", [county, first, last], index: "hazard_county_rectified_kept")
            f.foundToDate = try count(db, "county = ? AND found_on <= ?", [county, last], index: "hazard_county_found_kept")
            f.rectifiedToDate = try count(db, "county = ? AND rectified_on <= ?", [county, last], index: "hazard_county_rectified_kept")
            f.overdueAtEnd = try count(db, """
                county = ? AND found_on <= ? AND deadline < ? AND (rectified_on IS NULL OR rectified_on > ?)
                """, [county, last, last, last], index: "hazard_county_found_kept")
            f.majorOpenAtEnd = try count(db, """
                county = ? AND grade = 'major' AND found_on <= ? AND (rectified_on IS NULL OR rectified_on > ?)
                """, [county, last, last], index: "hazard_county_found_kept")
            f.inspectionsOverdueAtEnd = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM inspection WHERE county = ? AND planned_on < ? AND (done_on IS NULL OR done_on > ?)
                """, arguments: [county, last, last]) ?? 0
            return f
        }
    }

    private static func count(_ db: Database, _ condition: String, _ arguments: StatementArguments, index: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM hazard INDEXED BY \(index) WHERE duplicate_of IS NULL AND \(condition)",
                         arguments: arguments) ?? 0
    }
}

/// A hazard listed in a bulletin: overdue, or a major one still open, at a month's end.
public struct BulletinHazard: Sendable, Equatable {
    public var hazard: Hazard
    public var enterpriseName: String

    /// Hazards of `counties` not rectified by `month`'s last day that were, with `overdueOnly`,
    /// past their deadline on it, else major; most urgent first, at most `limit`.
    static func open(_ db: Database, counties: [String], month: Month, overdueOnly: Bool, limit: Int = 500) throws -> [BulletinHazard] {
        let last = month.lastDay
        let marks = counties.map { _ in "?" }.joined(separator: ",")
        let condition = overdueOnly ? "h.deadline < ?" : "h.grade = 'major'"
        var arguments: StatementArguments = StatementArguments(counties)
        _ = arguments.append(contentsOf: [last, last])
        if overdueOnly { _ = arguments.append(contentsOf: [last]) }
        _ = arguments.append(contentsOf: [limit])
        return try Row.fetchAll(db, sql: """
            SELECT h.*, e.name AS enterprise_name FROM hazard h JOIN enterprise e ON e.id = h.enterprise_id
            WHERE h.county IN (\(marks)) AND h.duplicate_of IS NULL AND h.found_on <= ?
              AND (h.rectified_on IS NULL OR h.rectified_on > ?) AND \(condition)
            ORDER BY h.grade DESC, h.deadline IS NULL, h.deadline, h.id LIMIT ?
            """, arguments: arguments).map { BulletinHazard(hazard: try Hazard(row: $0), enterpriseName: $0["enterprise_name"]) }
    }
}
