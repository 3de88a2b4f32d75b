import PostgresNIO
import SafetyCore

/// The county page's drill-down, chart and bulletin figures on PostgreSQL (`TownFigures`,
/// `MonthlyHazards`, `MonthFigures`, `BulletinHazard`), statement for statement.
extension TownFigures {
    static func read(_ db: PostgresSession, county: String, asOf: Day) throws -> [TownFigures] {
        var byTown: [String: TownFigures] = [:]
        var order: [String] = []
        func touch(_ town: String, zone: Bool = false) {
            if byTown[town] == nil { byTown[town] = TownFigures(town: town, isZone: zone); order.append(town) }
        }
        for row in try db.rows("""
            SELECT t.name, t.level FROM jurisdiction t JOIN jurisdiction c ON t.parent_code = c.code
            WHERE c.name = $1 AND t.level IN ('town', 'zone') ORDER BY t.level, t.code
            """, [county]) {
            touch(try row.text("name"), zone: try row.text("level") == "zone")
        }
        for row in try db.rows("SELECT * FROM town_enterprise_stats WHERE county = $1", [county]) {
            let town = try row.text("town")
            touch(town)
            byTown[town]?.enterprises.total = try row.int("total")
            byTown[town]?.enterprises.keySupervised = try row.int("key_supervised")
            byTown[town]?.enterprises.aboveScale = try row.int("above_scale")
            for level in RiskLevel.allCases { byTown[town]?.enterprises.byRisk[level] = try row.int(level.rawValue) }
        }
        for row in try db.rows("SELECT * FROM town_hazard_stats WHERE county = $1", [county]) {
            let town = try row.text("town")
            touch(town)
            byTown[town]?.hazards.found = try row.int("found")
            byTown[town]?.hazards.rectified = try row.int("rectified")
            byTown[town]?.majorHazards.found = try row.int("major_found")
            byTown[town]?.majorHazards.rectified = try row.int("major_rectified")
            byTown[town]?.majorHazards.listed = try row.int("listed")
            byTown[town]?.majorHazards.delisted = try row.int("delisted")
        }
        for row in try db.rows("""
            SELECT town, SUM(open)::bigint AS overdue FROM town_open_deadline WHERE county = $1 AND deadline < $2 GROUP BY town
            """, [county, asOf.iso]) {
            byTown[try row.text("town")]?.hazards.overdue = try row.int("overdue")
        }
        for row in try db.rows("SELECT * FROM town_inspection_stats WHERE county = $1", [county]) {
            let town = try row.text("town")
            touch(town)
            byTown[town]?.inspections.all.planned = try row.int("planned")
            byTown[town]?.inspections.all.done = try row.int("done")
        }
        for row in try db.rows("""
            SELECT town, SUM(pending)::bigint AS overdue FROM town_inspection_pending WHERE county = $1 AND planned_on < $2 GROUP BY town
            """, [county, asOf.iso]) {
            byTown[try row.text("town")]?.inspections.all.overdue = try row.int("overdue")
        }
        return order.compactMap { byTown[$0] }
    }
}

extension MonthlyHazards {
    static func read(_ db: PostgresSession, county: String, endingWith last: Month) throws -> [MonthlyHazards] {
        let first = last.adding(months: -11)
        func perMonth(_ table: String, _ counter: String) throws -> [String: Int] {
            var counts: [String: Int] = [:]
            for row in try db.rows("""
                SELECT month, \(counter) AS n FROM \(table) WHERE county = $1 AND month BETWEEN $2 AND $3
                """, [county, first.iso, last.iso]) {
                counts[try row.text("month")] = try row.int("n")
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

extension MonthFigures {
    static func read(_ db: PostgresSession, counties: [String], month: Month) throws -> [MonthFigures] {
        let first = month.firstDay.iso, last = month.lastDay.iso
        func count(_ condition: String, _ binds: [SQLBind]) throws -> Int {
            try db.value(Int.self, "SELECT COUNT(*) FROM hazard WHERE duplicate_of IS NULL AND \(condition)", binds) ?? 0
        }
        return try counties.map { county in
            var f = MonthFigures(county: county, month: month)
            f.found = try count("county = $1 AND found_on BETWEEN $2 AND $3", [county, first, last])
            f.rectified = try count("county = $1 AND rectified_on BETWEEN $2 AND $3", [county, first, last])
            f.foundToDate = try count("county = $1 AND found_on <= $2", [county, last])
            f.rectifiedToDate = try count("county = $1 AND rectified_on <= $2", [county, last])
            f.overdueAtEnd = try count("""
                county = $1 AND found_on <= $2 AND deadline < $2 AND (rectified_on IS NULL OR rectified_on > $2)
                """, [county, last])
            f.majorOpenAtEnd = try count("""
                county = $1 AND grade = 'major' AND found_on <= $2 AND (rectified_on IS NULL OR rectified_on > $2)
                """, [county, last])
            f.inspectionsOverdueAtEnd = try db.value(Int.self, """
                SELECT COUNT(*) FROM inspection WHERE county = $1 AND planned_on < $2 AND (done_on IS NULL OR done_on > $2)
                """, [county, last]) ?? 0
            return f
        }
    }
}

extension BulletinHazard {
    static func open(_ db: PostgresSession, counties: [String], month: Month, overdueOnly: Bool, limit: Int = 500) throws -> [BulletinHazard] {
        let condition = overdueOnly ? "h.deadline < $2" : "h.grade = 'major'"
        return try db.rows("""
            SELECT h.*, e.name AS enterprise_name FROM hazard h JOIN enterprise e ON e.id = h.enterprise_id
            WHERE h.county = ANY($1) AND h.duplicate_of IS NULL AND h.found_on <= $2
              AND (h.rectified_on IS NULL OR h.rectified_on > $2) AND \(condition)
            ORDER BY h.grade DESC, h.deadline IS NULL, h.deadline, h.id LIMIT \(limit)
            """, [counties, month.lastDay.iso]).map {
            BulletinHazard(hazard: try Hazard(postgres: $0), enterpriseName: try $0.text("enterprise_name"))
        }
    }
}
