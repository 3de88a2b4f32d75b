import GRDB
public import SafetyCore

/// Everything the console's four panels show, read in one go from the summary tables and
/// indexes: a few small queries, never a scan of the hazards.
public struct ConsoleSnapshot: Sendable, Equatable {
    /// Risk colours of one county's enterprises (or of one industry or town in a zoom).
    public struct RiskRow: Sendable, Equatable {
        public var name: String
        public var counts: [RiskLevel: Int]
        public var total: Int { counts.values.reduce(0, +) }
        public init(name: String, counts: [RiskLevel: Int]) {
            self.name = name
            self.counts = counts
        }
    }

    /// One open hazard as the list shows it.
    public struct HazardRow: Sendable, Equatable {
        public var hazard: Hazard
        public var enterpriseName: String
        public init(hazard: Hazard, enterpriseName: String) {
            self.hazard = hazard
            self.enterpriseName = enterpriseName
        }
    }

    /// Open-hazard figures and one window of the queue.
    public struct OpenHazards: Sendable, Equatable {
        public var open = 0
        public var overdue = 0
        public var majorOpen = 0
        /// Rectified and not yet verified and closed (待验收).
        public var awaitingVerification = 0
        /// Deadline extension requests (延期申请) waiting for a decision.
        public var pendingExtensions = 0
        /// Queue rows from position `firstRow` on.
        public var rows: [HazardRow] = []
        public var firstRow = 0
        public init(open: Int = 0, overdue: Int = 0, majorOpen: Int = 0, rows: [HazardRow] = [], firstRow: Int = 0) {
            self.open = open
            self.overdue = overdue
            self.majorOpen = majorOpen
            self.rows = rows
            self.firstRow = firstRow
        }

        /// The row at queue position `index`, when it is in the window read.
        public func row(at index: Int) -> HazardRow? {
            let local = index - firstRow
            return rows.indices.contains(local) ? rows[local] : nil
        }
    }

    /// Training figures with a twelve-month series.
    public struct TrainingActivity: Sendable, Equatable {
        public var byKind: [TrainingKind: Attendance] = [:]
        public var byAudience: [TrainingAudience: Attendance] = [:]
        /// Sessions per month, oldest first, the last twelve months up to the as-of month.
        public var monthlySessions: [(month: Month, sessions: Int)] = []
        /// The day of the latest training in scope up to the as-of day, so that an empty
        /// twelve months can say since when; nil when none was ever recorded.
        public var latestHeldOn: Day?
        public init() {}

        public static func == (a: TrainingActivity, b: TrainingActivity) -> Bool {
            a.byKind == b.byKind && a.byAudience == b.byAudience && a.latestHeldOn == b.latestHeldOn
                && a.monthlySessions.map(\.month) == b.monthlySessions.map(\.month)
                && a.monthlySessions.map(\.sessions) == b.monthlySessions.map(\.sessions)
        }
    }

    /// Inspection schedule figures.
    public struct InspectionProgress: Sendable, Equatable {
        public var dueToday = 0
        public var dueThisWeek = 0
        public var overdue = 0
        public var plannedThisMonth = 0
        public var doneThisMonth = 0
        /// The next inspections not done, overdue first.
        public var upcoming: [Inspection] = []
        /// Red (major-risk) enterprises in scope, and how many had an inspection done this month.
        public var redTotal = 0
        public var redVisited = 0
        /// How each saved plan's rule is being kept this half-year.
        public var rules: [RuleProgress] = []
        /// The latest planned day of an inspection in scope up to the as-of day; nil when none.
        public var latestPlannedOn: Day?
        public init(dueToday: Int = 0, dueThisWeek: Int = 0, overdue: Int = 0, plannedThisMonth: Int = 0,
                    doneThisMonth: Int = 0, upcoming: [Inspection] = []) {
            self.dueToday = dueToday
            self.dueThisWeek = dueThisWeek
            self.overdue = overdue
            self.plannedThisMonth = plannedThisMonth
            self.doneThisMonth = doneThisMonth
            self.upcoming = upcoming
        }
    }

    public var asOf: Day
    public var scope: String?
    public var risk: [RiskRow] = []
    public var riskByIndustry: [RiskRow] = []
    public var riskByTown: [RiskRow] = []
    /// The county the industry/town breakdown is for.
    public var breakdownCounty: String?
    public var hazards = OpenHazards()
    public var training = TrainingActivity()
    public var inspections = InspectionProgress()
    /// The latest day the data in scope speaks of, up to the as-of day (a hazard found, a
    /// training held, an inspection planned): far behind the as-of day, the data is stale.
    public var latestRecordOn: Day?
    /// The highest hazard rowid seen, to tell new hazards from old on the next snapshot.
    public var lastHazardRowID: Int64 = 0

    /// An empty snapshot (tests and previews fill it by hand).
    public init(asOf: Day, scope: String?) {
        self.asOf = asOf
        self.scope = scope
    }

    /// The table of trainings by kind and audience to sum for `scope` (one county), or the
    /// province's own rows when nil (v21).
    static func trainingTable(for scope: String?) -> String {
        scope == nil ? "province_training_stats" : "county_training_stats"
    }

    /// The latest day a hazard was found in `county`, or in any county when nil, up to
    /// `asOf`: one seek in `county_found_day` (by its key, or by its day index for the province).
    private static func latestHazardFound(_ db: Database, county: String?, asOf: Day) throws -> Day? {
        try Day.fetchOne(db, sql: """
            SELECT MAX(found_on) FROM county_found_day WHERE found_on <= ? \(county == nil ? "" : "AND county = ?")
            """, arguments: [asOf] + (county.map { [$0] } ?? []))
    }

    /// Reads a snapshot for `scope` (one county, or all when nil). `hazardRows` rows of the
    /// queue are read from position `hazardOffset`; `breakdownCounty` picks the county of the
    /// risk zoom.
    static func read(
        _ db: Database, scope: String?, asOf: Day, hazardRows: Int, hazardOffset: Int = 0, breakdownCounty: String? = nil
    ) throws -> ConsoleSnapshot {
        var s = ConsoleSnapshot(asOf: asOf, scope: scope)
        let countyClause = scope == nil ? "" : "WHERE county = ?"
        let countyArgs: StatementArguments = scope.map { [$0] } ?? []

        for row in try Row.fetchAll(db, sql: "SELECT * FROM county_enterprise_stats \(countyClause) ORDER BY red DESC, orange DESC, county", arguments: countyArgs) {
            s.risk.append(RiskRow(name: row["county"], counts: Self.riskCounts(row)))
        }
        try s.readBreakdown(db, county: breakdownCounty)

        if let row = try Row.fetchOne(db, sql: """
            SELECT COALESCE(SUM(found - rectified), 0) AS open, COALESCE(SUM(major_found - major_rectified), 0) AS major
            FROM county_hazard_stats \(countyClause)
            """, arguments: countyArgs) {
            s.hazards.open = row["open"]
            s.hazards.majorOpen = row["major"]
        }
        let overdue = KeptByDay.openHazards.sumsBefore(asOf, sums: [("open", "open")], condition: scope == nil ? "" : "AND county = ?",
                                                       arguments: countyArgs)
        s.hazards.overdue = try Int.fetchOne(db, sql: overdue.sql, arguments: overdue.arguments) ?? 0
        s.hazards.awaitingVerification = try AwaitingVerification.count(db, county: scope, grade: nil)
        s.hazards.pendingExtensions = try ExtensionQuery.pendingCount(db, county: scope)
        try s.readQueueWindow(db, rows: hazardRows, offset: hazardOffset)
        s.lastHazardRowID = try Int64.fetchOne(db, sql: "SELECT MAX(rowid) FROM hazard") ?? 0

        // Summed by the database: one row per kind and audience, not one per county of them.
        for row in try Row.fetchAll(db, sql: """
            SELECT kind, audience, SUM(sessions), SUM(person_times) FROM \(trainingTable(for: scope)) \(countyClause)
            GROUP BY kind, audience
            """, arguments: countyArgs) {
            guard let kind = TrainingKind(rawValue: row[0]), let audience = TrainingAudience(rawValue: row[1]) else { continue }
            let sessions: Int = row[2], personTimes: Int = row[3]
            s.training.byKind[kind, default: Attendance()].sessions += sessions
            s.training.byKind[kind, default: Attendance()].personTimes += personTimes
            s.training.byAudience[audience, default: Attendance()].sessions += sessions
            s.training.byAudience[audience, default: Attendance()].personTimes += personTimes
        }
        let firstMonth = Month(asOf).adding(months: -11), asOfMonth = Month(asOf)
        var monthly: [Month: Int] = [:]
        // The whole months before the as-of one from the table kept per month; the as-of month
        // up to the as-of day from the trainings themselves (a later day of it does not count yet).
        for row in try Row.fetchAll(db, sql: """
            SELECT month, SUM(sessions) FROM county_training_month WHERE month >= ? AND month < ? \(scope == nil ? "" : "AND county = ?")
            GROUP BY month
            """, arguments: [firstMonth.iso, asOfMonth.iso] + countyArgs) {
            if let month = Month(iso: row[0] as String) { monthly[month] = row[1] }
        }
        monthly[asOfMonth] = try Int.fetchOne(db, sql: """
            SELECT COALESCE(SUM(sessions), 0) FROM training WHERE held_on >= ? AND held_on <= ? \(scope == nil ? "" : "AND county = ?")
            """, arguments: [asOfMonth.firstDay, asOf] + countyArgs)
        s.training.monthlySessions = (0..<12).map { i in
            let month = firstMonth.adding(months: i)
            return (month, monthly[month] ?? 0)
        }

        s.training.latestHeldOn = try Day.fetchOne(db, sql: """
            SELECT MAX(held_on) FROM training WHERE held_on <= ? \(scope == nil ? "" : "AND county = ?")
            """, arguments: [asOf] + countyArgs)

        let weekEnd = asOf.adding(days: 7 - asOf.weekday)
        let month = Month(asOf)
        let scopeAnd = scope == nil ? "" : "AND county = ?"
        if let row = try Row.fetchOne(db, sql: """
            SELECT SUM(planned_on = ? AND done_on IS NULL) AS today,
                   SUM(planned_on >= ? AND planned_on <= ? AND done_on IS NULL) AS week,
                   SUM(planned_on >= ? AND planned_on <= ?) AS planned_month,
                   SUM(planned_on >= ? AND planned_on <= ? AND done_on IS NOT NULL) AS done_month
            FROM inspection INDEXED BY inspection_schedule WHERE planned_on >= ? AND planned_on <= ? \(scopeAnd)
            """, arguments: [asOf, asOf, weekEnd, month.firstDay, month.lastDay, month.firstDay, month.lastDay,
                             min(asOf, month.firstDay), max(weekEnd, month.lastDay)] + countyArgs) {
            s.inspections.dueToday = row["today"] ?? 0
            s.inspections.dueThisWeek = row["week"] ?? 0
            s.inspections.plannedThisMonth = row["planned_month"] ?? 0
            s.inspections.doneThisMonth = row["done_month"] ?? 0
        }
        let pending = KeptByDay.pendingInspections(in: scope).sumsBefore(asOf, sums: [("pending", "pending")], condition: scopeAnd,
                                                              arguments: countyArgs)
        s.inspections.overdue = try Int.fetchOne(db, sql: pending.sql, arguments: pending.arguments) ?? 0
        s.inspections.upcoming = try Inspection.fetchAll(db, sql: """
            SELECT * FROM inspection INDEXED BY inspection_planned WHERE done_on IS NULL AND planned_on IS NOT NULL \(scopeAnd)
            ORDER BY planned_on LIMIT 20
            """, arguments: countyArgs)
        s.inspections.redTotal = try Int.fetchOne(db, sql: """
            SELECT COALESCE(SUM(red), 0) FROM county_enterprise_stats \(countyClause)
            """, arguments: countyArgs) ?? 0
        s.inspections.redVisited = try Int.fetchOne(db, sql: """
            SELECT COUNT(DISTINCT enterprise_id) FROM red_inspection_day WHERE done_on BETWEEN ? AND ? \(scopeAnd)
            """, arguments: [month.firstDay, asOf] + countyArgs) ?? 0
        s.inspections.rules = try RuleProgress.read(db, scope: scope, asOf: asOf)
        s.inspections.latestPlannedOn = try Day.fetchOne(db, sql: """
            SELECT MAX(planned_on) FROM inspection INDEXED BY inspection_schedule WHERE planned_on <= ? \(scopeAnd)
            """, arguments: [asOf] + countyArgs)
        s.latestRecordOn = [try latestHazardFound(db, county: scope, asOf: asOf),
                            s.training.latestHeldOn, s.inspections.latestPlannedOn].compactMap { $0 }.max()
        return s
    }

    /// Reads the risk zoom's industries and towns of `county` (by default the scope, else the
    /// reddest county) into `riskByIndustry` and `riskByTown`; `risk` must already be read.
    mutating func readBreakdown(_ db: Database, county: String?) throws {
        breakdownCounty = county ?? scope ?? risk.first?.name
        riskByIndustry = []
        riskByTown = []
        guard let county = breakdownCounty else { return }
        for (column, target) in [("industry", \ConsoleSnapshot.riskByIndustry), ("town", \ConsoleSnapshot.riskByTown)] {
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(column) AS name, red, orange, yellow, blue FROM \(column)_enterprise_stats WHERE county = ?
                ORDER BY red DESC, orange DESC, name
                """, arguments: [county])
            self[keyPath: target] = rows.map { RiskRow(name: $0["name"], counts: Self.riskCounts($0)) }
        }
    }

    /// Reads `rows` rows of the open queue from position `offset` into `hazards`, whose counts
    /// must already be read (a window in the queue's second half is read from its end).
    mutating func readQueueWindow(_ db: Database, rows: Int, offset: Int) throws {
        let page = try HazardQuery.page(db, filter: HazardFilter(county: scope, statuses: HazardStatus.unrectified),
                                        offset: offset, limit: rows, total: hazards.open)
        hazards.rows = try Self.withEnterpriseNames(db, page)
        hazards.firstRow = max(0, offset)
    }

    /// Major hazards inserted after `rowID` (for the new-major-hazard alert), oldest first.
    static func majorHazards(_ db: Database, after rowID: Int64, scope: String?) throws -> [HazardRow] {
        let hazards = try Hazard.fetchAll(db, sql: """
            SELECT * FROM hazard WHERE rowid > ? AND grade = 'major' AND duplicate_of IS NULL \(scope == nil ? "" : "AND county = ?")
            ORDER BY rowid LIMIT 50
            """, arguments: [rowID] + (scope.map { [$0] } ?? []))
        return try withEnterpriseNames(db, hazards)
    }

    /// The hazards with their enterprises' names, in one statement (a statement per row cost
    /// more than its lookup).
    static func withEnterpriseNames(_ db: Database, _ hazards: [Hazard]) throws -> [HazardRow] {
        guard !hazards.isEmpty else { return [] }
        var names: [String: String] = [:]
        let ids = Array(Set(hazards.map(\.enterpriseId)))
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM enterprise WHERE id IN (\(databaseQuestionMarks(count: ids.count)))",
                                    arguments: StatementArguments(ids)) {
            names[row[0]] = row[1]
        }
        return hazards.map { HazardRow(hazard: $0, enterpriseName: names[$0.enterpriseId] ?? $0.enterpriseId) }
    }

    private static func riskCounts(_ row: Row) -> [RiskLevel: Int] {
        var counts: [RiskLevel: Int] = [:]
        for level in RiskLevel.allCases { counts[level] = row[level.rawValue] ?? 0 }
        return counts
    }
}
