import GRDB
public import SafetyCore

/// The county page's drill-down: the same figures per town or development zone.
public struct TownFigures: Sendable, Equatable {
    public var town: String
    public var isZone: Bool
    public var enterprises = EnterpriseFigures()
    public var hazards = HazardFigures()
    public var majorHazards = MajorHazardFigures()
    public var inspections = InspectionFigures()

    public init(town: String, isZone: Bool) {
        self.town = town
        self.isZone = isZone
    }

    /// Every town and zone under `county` in the jurisdiction tree (and any town enterprises
    /// name that the tree lacks), with its figures on `asOf`.
    static func read(_ db: Database, county: String, asOf: Day) throws -> [TownFigures] {
        var byTown: [String: TownFigures] = [:]
        var order: [String] = []
        func touch(_ town: String, zone: Bool = false) {
            if byTown[town] == nil { byTown[town] = TownFigures(town: town, isZone: zone); order.append(town) }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT t.name, t.level FROM jurisdiction t JOIN jurisdiction c ON t.parent_code = c.code
            WHERE c.name = ? AND t.level IN ('town', 'zone') ORDER BY t.level, t.code
            """, arguments: [county]) {
            touch(row["name"], zone: (row["level"] as String) == "zone")
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM town_enterprise_stats WHERE county = ?", arguments: [county]) {
            let town: String = row["town"]
            touch(town)
            byTown[town]?.enterprises.total = row["total"]
            byTown[town]?.enterprises.keySupervised = row["key_supervised"]
            byTown[town]?.enterprises.aboveScale = row["above_scale"]
            for level in RiskLevel.allCases { byTown[town]?.enterprises.byRisk[level] = row[level.rawValue] }
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM town_hazard_stats WHERE county = ?", arguments: [county]) {
            let town: String = row["town"]
            touch(town)
            byTown[town]?.hazards.found = row["found"]
            byTown[town]?.hazards.rectified = row["rectified"]
            byTown[town]?.majorHazards.found = row["major_found"]
            byTown[town]?.majorHazards.rectified = row["major_rectified"]
            byTown[town]?.majorHazards.listed = row["listed"]
            byTown[town]?.majorHazards.delisted = row["delisted"]
        }
        // Overdue depends on the day: the county's open hazards and pending inspections are kept
        // per town and day, and summed over the days before it.
        for row in try Row.fetchAll(db, sql: """
            SELECT town, SUM(open) AS overdue FROM town_open_deadline WHERE county = ? AND deadline < ? GROUP BY town
            """, arguments: [county, asOf]) {
            byTown[row["town"] as String]?.hazards.overdue = row["overdue"]
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM town_inspection_stats WHERE county = ?", arguments: [county]) {
            let town: String = row["town"]
            touch(town)
            byTown[town]?.inspections.all.planned = row["planned"]
            byTown[town]?.inspections.all.done = row["done"]
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT town, SUM(pending) AS overdue FROM town_inspection_pending WHERE county = ? AND planned_on < ? GROUP BY town
            """, arguments: [county, asOf]) {
            byTown[row["town"] as String]?.inspections.all.overdue = row["overdue"]
        }
        return order.compactMap { byTown[$0] }
    }
}

/// Hazards found and rectified per month, for the county page's twelve-month chart.
public struct MonthlyHazards: Sendable, Equatable {
    public var month: Month
    public var found: Int
    public var rectified: Int

    public init(month: Month, found: Int, rectified: Int) {
        self.month = month
        self.found = found
        self.rectified = rectified
    }

    /// The twelve months ending with `last`'s month, for `county`.
    static func read(_ db: Database, county: String, endingWith last: Month) throws -> [MonthlyHazards] {
        let first = last.adding(months: -11)
        func perMonth(_ table: String, _ counter: String) throws -> [String: Int] {
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT month, \(counter) AS n FROM \(table) WHERE county = ? AND month BETWEEN ? AND ?
                """, arguments: [county, first.iso, last.iso]) {
                counts[row["month"]] = row["n"]
            }
            return counts
        }
        let found = try perMonth("county_month_found", "found")
        let rectified = try perMonth("county_month_rectified", "rectified")
        return (0..<12).map { offset in
            let month = first.adding(months: offset)
            return MonthlyHazards(month: month, found: found[month.iso] ?? 0, rectified: rectified[month.iso] ?? 0)
        }
    }
}
