import PostgresNIO
import SafetyCore

/// `ConsoleSnapshot.read` on PostgreSQL: the same panels from the same summary tables and
/// indexes, statement for statement (read inside one REPEATABLE READ transaction: one snapshot).
extension ConsoleSnapshot {
    static func read(
        _ db: PostgresSession, scope: String?, asOf: Day, hazardRows: Int, hazardOffset: Int = 0, breakdownCounty: String? = nil
    ) throws -> ConsoleSnapshot {
        var s = ConsoleSnapshot(asOf: asOf, scope: scope)
        let inCounty = scope == nil ? "" : "AND county = $1"
        let countyBinds: [SQLBind] = scope.map { [$0] } ?? []

        for row in try db.rows("SELECT * FROM county_enterprise_stats WHERE true \(inCounty) ORDER BY red DESC, orange DESC, county",
                               countyBinds) {
            s.risk.append(RiskRow(name: try row.text("county"), counts: try riskCounts(row)))
        }
        try s.readBreakdown(db, county: breakdownCounty)

        if let row = try db.row("""
            SELECT COALESCE(SUM(found - rectified), 0)::bigint AS open, COALESCE(SUM(major_found - major_rectified), 0)::bigint AS major
            FROM county_hazard_stats WHERE true \(inCounty)
            """, countyBinds) {
            s.hazards.open = try row.int("open")
            s.hazards.majorOpen = try row.int("major")
        }
        var overdue = PostgresBinds()
        let overdueSQL = KeptByDay.openHazards.sumsBefore(asOf, sums: [("open", "open")], condition: scope == nil ? "" : "AND county = ?",
                                                          binds: countyBinds, into: &overdue)
        s.hazards.overdue = try db.value(Int.self, overdueSQL, overdue.values) ?? 0
        s.hazards.awaitingVerification = try db.value(Int.self, """
            SELECT COALESCE(SUM(awaiting), 0)::bigint FROM county_awaiting_verification WHERE true \(inCounty)
            """, countyBinds) ?? 0
        s.hazards.pendingExtensions = try db.value(Int.self, """
            SELECT COUNT(*) FROM hazard_extension WHERE decision IS NULL \(inCounty)
            """, countyBinds) ?? 0
        try s.readQueueWindow(db, rows: hazardRows, offset: hazardOffset)
        s.lastHazardRowID = Int64(try db.value(Int.self, "SELECT MAX(rowid) FROM hazard") ?? 0)

        // Summed by the database: one row per kind and audience, not one per county of them.
        for row in try db.rows("""
            SELECT kind, audience, SUM(sessions)::bigint AS sessions, SUM(person_times)::bigint AS person_times
            FROM \(trainingTable(for: scope)) WHERE true \(inCounty) GROUP BY kind, audience
            """, countyBinds) {
            guard let kind = TrainingKind(rawValue: try row.text("kind")),
                  let audience = TrainingAudience(rawValue: try row.text("audience")) else { continue }
            let sessions = try row.int("sessions"), personTimes = try row.int("person_times")
            s.training.byKind[kind, default: Attendance()].sessions += sessions
            s.training.byKind[kind, default: Attendance()].personTimes += personTimes
            s.training.byAudience[audience, default: Attendance()].sessions += sessions
            s.training.byAudience[audience, default: Attendance()].personTimes += personTimes
        }
        let firstMonth = Month(asOf).adding(months: -11), asOfMonth = Month(asOf)
        var monthly: [Month: Int] = [:]
        // As SQLite's: whole months from the table kept per month, the as-of month's days from the trainings.
        for row in try db.rows("""
            SELECT month, SUM(sessions)::bigint AS sessions FROM county_training_month
            WHERE month >= $\(countyBinds.count + 1) AND month < $\(countyBinds.count + 2) \(inCounty) GROUP BY month
            """, countyBinds + [firstMonth.iso, asOfMonth.iso]) {
            if let month = Month(iso: try row.text("month")) { monthly[month] = try row.int("sessions") }
        }
        monthly[asOfMonth] = try db.value(Int.self, """
            SELECT COALESCE(SUM(sessions), 0)::bigint FROM training
            WHERE held_on >= $\(countyBinds.count + 1) AND held_on <= $\(countyBinds.count + 2) \(inCounty)
            """, countyBinds + [asOfMonth.firstDay.iso, asOf.iso]) ?? 0
        s.training.monthlySessions = (0..<12).map { i in
            let month = firstMonth.adding(months: i)
            return (month, monthly[month] ?? 0)
        }
        s.training.latestHeldOn = try day(db, "SELECT MAX(held_on) FROM training WHERE held_on <= $\(countyBinds.count + 1) \(inCounty)",
                                          countyBinds + [asOf.iso])

        let weekEnd = asOf.adding(days: 7 - asOf.weekday)
        let month = Month(asOf)
        var schedule = PostgresBinds()
        let window = (schedule(min(asOf, month.firstDay).iso), schedule(max(weekEnd, month.lastDay).iso))
        let scheduleCounty = scope.map { "AND county = \(schedule($0))" } ?? ""
        let (today, weekFirst, weekLast) = (schedule(asOf.iso), schedule(asOf.iso), schedule(weekEnd.iso))
        let (monthFirst, monthLast) = (schedule(month.firstDay.iso), schedule(month.lastDay.iso))
        if let row = try db.row("""
            SELECT COUNT(*) FILTER (WHERE planned_on = \(today) AND done_on IS NULL) AS today,
                   COUNT(*) FILTER (WHERE planned_on >= \(weekFirst) AND planned_on <= \(weekLast) AND done_on IS NULL) AS week,
                   COUNT(*) FILTER (WHERE planned_on >= \(monthFirst) AND planned_on <= \(monthLast)) AS planned_month,
                   COUNT(*) FILTER (WHERE planned_on >= \(monthFirst) AND planned_on <= \(monthLast) AND done_on IS NOT NULL) AS done_month
            FROM inspection WHERE planned_on >= \(window.0) AND planned_on <= \(window.1) \(scheduleCounty)
            """, schedule.values) {
            s.inspections.dueToday = try row.int("today")
            s.inspections.dueThisWeek = try row.int("week")
            s.inspections.plannedThisMonth = try row.int("planned_month")
            s.inspections.doneThisMonth = try row.int("done_month")
        }
        var pending = PostgresBinds()
        let pendingSQL = KeptByDay.pendingInspections(in: scope).sumsBefore(asOf, sums: [("pending", "pending")],
                                                                 condition: scope == nil ? "" : "AND county = ?",
                                                                 binds: countyBinds, into: &pending)
        s.inspections.overdue = try db.value(Int.self, pendingSQL, pending.values) ?? 0
        // SQLite reads these in the order of inspection_planned (planned_on, county, kind): ties too.
        s.inspections.upcoming = try db.rows("""
            SELECT * FROM inspection WHERE done_on IS NULL AND planned_on IS NOT NULL \(inCounty)
            ORDER BY planned_on, county, kind, rowid LIMIT 20
            """, countyBinds).map(Inspection.init(postgres:))
        s.inspections.redTotal = try db.value(Int.self, """
            SELECT COALESCE(SUM(red), 0)::bigint FROM county_enterprise_stats WHERE true \(inCounty)
            """, countyBinds) ?? 0
        s.inspections.redVisited = try db.value(Int.self, """
            SELECT COUNT(DISTINCT enterprise_id) FROM red_inspection_day
            WHERE done_on BETWEEN $\(countyBinds.count + 1) AND $\(countyBinds.count + 2) \(inCounty)
            """, countyBinds + [month.firstDay.iso, asOf.iso]) ?? 0
        s.inspections.rules = try RuleProgress.read(db, scope: scope, asOf: asOf)
        s.inspections.latestPlannedOn = try day(db, """
            SELECT MAX(planned_on) FROM inspection WHERE planned_on <= $\(countyBinds.count + 1) \(inCounty)
            """, countyBinds + [asOf.iso])
        s.latestRecordOn = [try latestHazardFound(db, county: scope, asOf: asOf),
                            s.training.latestHeldOn, s.inspections.latestPlannedOn].compactMap { $0 }.max()
        return s
    }

    /// `readBreakdown` on PostgreSQL: the risk zoom's industries and towns of `county`.
    mutating func readBreakdown(_ db: PostgresSession, county: String?) throws {
        breakdownCounty = county ?? scope ?? risk.first?.name
        riskByIndustry = []
        riskByTown = []
        guard let county = breakdownCounty else { return }
        for (column, target) in [("industry", \ConsoleSnapshot.riskByIndustry), ("town", \ConsoleSnapshot.riskByTown)] {
            let rows = try db.rows("""
                SELECT \(column) AS name, red, orange, yellow, blue FROM \(column)_enterprise_stats WHERE county = $1
                ORDER BY red DESC, orange DESC, name
                """, [county])
            self[keyPath: target] = try rows.map { RiskRow(name: try $0.text("name"), counts: try Self.riskCounts($0)) }
        }
    }

    /// Reads `rows` rows of the open queue from position `offset` into `hazards`, whose counts
    /// must already be read (a window in the queue's second half is read from its end).
    mutating func readQueueWindow(_ db: PostgresSession, rows: Int, offset: Int) throws {
        let page = try PostgresHazardQuery.page(db, filter: HazardFilter(county: scope, statuses: HazardStatus.unrectified),
                                                after: nil, offset: offset, limit: rows, total: hazards.open)
        hazards.rows = try Self.withEnterpriseNames(db, page)
        hazards.firstRow = max(0, offset)
    }

    /// Major hazards inserted after `rowID` (for the new-major-hazard alert), oldest first.
    static func majorHazards(_ db: PostgresSession, after rowID: Int64, scope: String?) throws -> [HazardRow] {
        let hazards = try db.rows("""
            SELECT * FROM hazard WHERE rowid > $1 AND grade = 'major' AND duplicate_of IS NULL \(scope == nil ? "" : "AND county = $2")
            ORDER BY rowid LIMIT 50
            """, [Int(rowID)] + (scope.map { [$0] } ?? [])).map(Hazard.init(postgres:))
        return try withEnterpriseNames(db, hazards)
    }

    /// The hazards with their enterprises' names, in one statement.
    static func withEnterpriseNames(_ db: PostgresSession, _ hazards: [Hazard]) throws -> [HazardRow] {
        guard !hazards.isEmpty else { return [] }
        var names: [String: String] = [:]
        for row in try db.rows("SELECT id, name FROM enterprise WHERE id = ANY($1)", [Array(Set(hazards.map(\.enterpriseId)))]) {
            names[try row.text("id")] = try row.text("name")
        }
        return hazards.map { HazardRow(hazard: $0, enterpriseName: names[$0.enterpriseId] ?? $0.enterpriseId) }
    }

    /// The latest day a hazard was found in `county`, or in any county when nil, up to
    /// `asOf`: one seek in `county_found_day` (as in SQLite).
    private static func latestHazardFound(_ db: PostgresSession, county: String?, asOf: Day) throws -> Day? {
        var binds: [SQLBind] = [asOf.iso]
        if let county { binds.append(county) }
        return try day(db, "SELECT MAX(found_on) FROM county_found_day WHERE found_on <= $1 \(county == nil ? "" : "AND county = $2")", binds)
    }

    private static func day(_ db: PostgresSession, _ sql: String, _ binds: [SQLBind]) throws -> Day? {
        try db.value(String.self, sql, binds).flatMap(Day.init(iso:))
    }

    private static func riskCounts(_ row: PostgresRow) throws -> [RiskLevel: Int] {
        var counts: [RiskLevel: Int] = [:]
        for level in RiskLevel.allCases { counts[level] = try row.optionalInt(level.rawValue) ?? 0 }
        return counts
    }
}

extension KeptByDay {
    /// `sumsBefore` on PostgreSQL: the statement, its values bound into `binds` (`binds` are
    /// the condition's values).
    func sumsBefore(_ day: Day, sums: [(name: String, expression: String)], groupedBy groups: [String] = [],
                    condition: String = "", binds values: [SQLBind] = [], into binds: inout PostgresBinds) -> String {
        let month = Month(day)
        return binds.numbering(sql(sums: sums, groupedBy: groups, condition: condition),
                               [month.iso] + values + [month.firstDay.iso, day.iso] + values)
    }
}
