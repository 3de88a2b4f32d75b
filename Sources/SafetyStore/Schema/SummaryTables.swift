import Foundation
import GRDB
import SafetyCore

/// Summary tables kept by triggers in the same transaction as every write, so that the console
/// reads county figures from a few hundred rows instead of counting millions of hazards at
/// every frame. Figures that depend on the as-of day (overdue counts) are kept per day, and
/// summed over the days before it.
enum SummaryTables {
    /// One summary table: per-key sums of expressions over the rows of a source table.
    /// In expressions, `$.` stands for the row (NEW, OLD, or the source table in a recount).
    /// The first counter counts rows ("1"): a key whose count falls to zero is removed, so the
    /// triggers leave exactly what a recount would.
    struct Spec {
        /// A key column of the summary table and the expression over the source row that
        /// gives it (the source column of the same name unless said otherwise).
        struct Key: ExpressibleByStringLiteral {
            let name: String
            let expression: String

            init(_ name: String, _ expression: String) {
                self.name = name
                self.expression = expression
            }

            init(stringLiteral name: String) { self.init(name, "$.\(name)") }
        }

        let table: String
        let source: String
        let keys: [Key]
        let counters: [(name: String, expression: String)]
        /// Rows that count at all.
        let condition: String

        func expand(_ expression: String, row alias: String) -> String {
            expression.replacingOccurrences(of: "$.", with: "\(alias).")
        }

        /// The key columns, comma-separated.
        var keyList: String { keys.map(\.name).joined(separator: ", ") }

        private func keyMatch(_ alias: String) -> String {
            keys.map { "\($0.name) = \(expand($0.expression, row: alias))" }.joined(separator: " AND ")
        }

        private func add(_ alias: String, sign: String) -> String {
            // A NULL (an enterprise not yet assessed, compared with 'red') adds nothing, as in SUM.
            let sets = counters.map { "\($0.name) = \($0.name) \(sign) COALESCE(\(expand($0.expression, row: alias)), 0)" }
            return """
                UPDATE \(table) SET \(sets.joined(separator: ", "))
                  WHERE \(keyMatch(alias)) AND (\(expand(condition, row: alias)));
                """
        }

        private func dropEmpty(_ alias: String) -> String {
            "DELETE FROM \(table) WHERE \(keyMatch(alias)) AND \(counters[0].name) = 0;"
        }

        private func ensureRow(_ alias: String) -> String {
            let values = keys.map { expand($0.expression, row: alias) }.joined(separator: ", ")
            return """
                INSERT OR IGNORE INTO \(table) (\(keyList))
                  SELECT \(values) WHERE \(expand(condition, row: alias));
                """
        }

        /// The triggers `createSQL` makes on the source table (a bulk load drops and remakes them).
        var triggerNames: [String] { ["insert", "delete", "update"].map { "\(table)_\($0)" } }

        /// The table and its triggers as the schema has them now (v19 remade every update
        /// trigger). Only to write a new migration's text once: migrations never call this code
        /// (`Migration`).
        var createSQL: String {
            let columns = keys.map { "\($0.name) TEXT NOT NULL" } + counters.map { "\($0.name) INTEGER NOT NULL DEFAULT 0" }
            return """
                CREATE TABLE \(table) (\(columns.joined(separator: ", ")),
                  PRIMARY KEY (\(keyList))) WITHOUT ROWID;
                \(triggersSQL)
                """
        }

        /// The triggers that keep the table equal to a recount of its source.
        var triggersSQL: String {
            """
                CREATE TRIGGER \(table)_insert AFTER INSERT ON \(source) BEGIN
                  \(ensureRow("NEW"))
                  \(add("NEW", sign: "+"))
                END;
                CREATE TRIGGER \(table)_delete AFTER DELETE ON \(source) BEGIN
                  \(add("OLD", sign: "-"))
                  \(dropEmpty("OLD"))
                END;
                \(updateTriggerHead) BEGIN
                  \(add("OLD", sign: "-"))
                  \(dropEmpty("OLD"))
                  \(ensureRow("NEW"))
                  \(add("NEW", sign: "+"))
                END;
                """
        }

        /// The update trigger up to BEGIN: it runs only when the update changes what the row
        /// adds to the table — a key, a counter or the condition — as taking off and adding back
        /// the same is nothing (v19: a triage write changes one or two columns, and ran every
        /// update trigger of the hazards).
        var updateTriggerHead: String {
            let changes = countedExpressions.map { "(\(expand($0, row: "OLD"))) IS NOT (\(expand($0, row: "NEW")))" }
            return "CREATE TRIGGER \(table)_update AFTER UPDATE ON \(source)\n  WHEN \(changes.joined(separator: "\n    OR "))"
        }

        /// What a source row adds to the table depends on: its keys, counters and condition that
        /// read the row (`$.`), each once, in that order.
        var countedExpressions: [String] {
            var seen: Set<String> = []
            return (keys.map(\.expression) + counters.map(\.expression) + [condition])
                .filter { $0.contains("$.") && seen.insert($0).inserted }
        }

        /// The source row's columns `countedExpressions` read (an enterprise's town read by
        /// `$.enterprise_id` counts as that column).
        var countedColumns: Set<String> {
            var columns: Set<String> = []
            for expression in countedExpressions {
                var rest = Substring(expression)
                while let start = rest.range(of: "$.") {
                    rest = rest[start.upperBound...]
                    let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                    if !name.isEmpty { columns.insert(String(name)) }
                }
            }
            return columns
        }

        var recountSQL: String { recountSQL(where: nil) }

        /// A recount of the keys matching `scope`, or of every key: `scope` is a condition on
        /// key columns that the summary table and its source share, written with `$.`.
        func recountSQL(where scope: String?) -> String {
            let sums = counters.map { "COALESCE(SUM(\(expand($0.expression, row: source))), 0)" }
            // Grouped by the expressions, not the names: a key named like a source column
            // (a row's county taken from its enterprise) would otherwise group by the column.
            let keyValues = keys.map { "\(expand($0.expression, row: source)) AS \($0.name)" }
            let sourceCondition = expand(condition, row: source) + (scope.map { " AND " + expand($0, row: source) } ?? "")
            return """
                DELETE FROM \(table)\(scope.map { " WHERE " + expand($0, row: table) } ?? "");
                INSERT INTO \(table) (\(keyList), \(counters.map(\.name).joined(separator: ", ")))
                  SELECT \(keyValues.joined(separator: ", ")), \(sums.joined(separator: ", ")) FROM \(source)
                  WHERE \(sourceCondition) GROUP BY \(keys.map { expand($0.expression, row: source) }.joined(separator: ", "));
                """
        }
    }

    static let rectified = "$.status IN \(StatusList.rectified)"

    /// An enterprise counted by its risk colour, one counter per colour.
    static let riskCounters: [(name: String, expression: String)] = ["red", "orange", "yellow", "blue"].map {
        ($0, "$.risk_level = '\($0)'")
    }

    /// Open hazards with a deadline: those that can fall overdue.
    static let openWithDeadline = "$.status IN \(StatusList.unrectified) AND $.duplicate_of IS NULL AND $.deadline IS NOT NULL"

    /// Inspections planned and not done: those that can fall overdue.
    static let plannedNotDone = "$.done_on IS NULL AND $.planned_on IS NOT NULL"

    /// The summary tables of the first schema.
    static let v1: [Spec] = [
        Spec(
            table: "county_hazard_stats", source: "hazard", keys: ["county"],
            counters: [
                ("found", "1"),
                ("rectified", rectified),
                ("major_found", "$.grade = 'major'"),
                ("major_rectified", "$.grade = 'major' AND \(rectified)"),
                ("major_listed", "$.grade = 'major' AND $.listed_on IS NOT NULL"),
                ("major_delisted", "$.grade = 'major' AND $.delisted_on IS NOT NULL"),
                ("internal_found", "$.source = 'employee_report'"),
                ("internal_rectified", "$.source = 'employee_report' AND \(rectified)"),
                ("reward_yuan", "$.reward_yuan"),
            ],
            condition: "$.duplicate_of IS NULL"),
        Spec(
            table: "county_enterprise_stats", source: "enterprise", keys: ["county"],
            counters: [
                ("total", "1"),
                ("key_supervised", "$.key_supervised"),
                ("above_scale", "$.scale = 'above'"),
            ] + riskCounters + [
                ("reward_mechanism", "$.reward_mechanism"),
                ("platform_registered", "$.platform_registered"),
            ],
            condition: "1"),
        Spec(
            table: "county_training_stats", source: "training", keys: ["county", "kind", "audience"],
            counters: [
                ("events", "1"),
                ("sessions", "$.sessions"),
                ("person_times", "$.person_times"),
                ("materials", "$.materials"),
            ],
            condition: "1"),
        Spec(
            table: "county_inspection_stats", source: "inspection", keys: ["county", "kind"],
            counters: [
                ("rows", "1"),
                ("planned", "$.planned_on IS NOT NULL"),
                ("done", "$.done_on IS NOT NULL"),
                ("hazards_found", "CASE WHEN $.done_on IS NOT NULL THEN $.hazards_found ELSE 0 END"),
                ("inspectors", "CASE WHEN $.done_on IS NOT NULL THEN $.inspectors ELSE 0 END"),
            ],
            condition: "1"),
    ]

    /// Figures by due day, by month and by town (schema v8). Overdue counts depend on the as-of
    /// day, so they are kept per due day: "overdue" sums the days before it, tens of thousands
    /// of rows per province instead of every open hazard. A hazard's town is its enterprise's.
    static let v8: [Spec] = [
        Spec(
            table: "county_open_deadline", source: "hazard", keys: ["county", "deadline"],
            counters: [("open", "1"), ("major", "$.grade = 'major'")],
            condition: openWithDeadline),
        Spec(
            table: "county_inspection_pending", source: "inspection", keys: ["county", "kind", "planned_on"],
            counters: [("pending", "1")],
            condition: plannedNotDone),
        Spec(
            table: "county_month_found", source: "hazard", keys: ["county", Spec.Key("month", "substr($.found_on, 1, 7)")],
            counters: [("found", "1")],
            condition: "$.duplicate_of IS NULL"),
        Spec(
            table: "county_month_rectified", source: "hazard",
            keys: ["county", Spec.Key("month", "substr($.rectified_on, 1, 7)")],
            counters: [("rectified", "1")],
            condition: "$.duplicate_of IS NULL AND $.rectified_on IS NOT NULL"),
        Spec(
            table: "town_hazard_stats", source: "hazard", keys: ["county", Spec.Key("town", enterpriseTown)],
            counters: [
                ("found", "1"),
                ("rectified", rectified),
                ("major_found", "$.grade = 'major'"),
                ("major_rectified", "$.grade = 'major' AND \(rectified)"),
                ("listed", "$.listed_on IS NOT NULL"),
                ("delisted", "$.delisted_on IS NOT NULL"),
            ],
            condition: "$.duplicate_of IS NULL"),
        Spec(
            table: "town_inspection_stats", source: "inspection", keys: ["county", Spec.Key("town", enterpriseTown)],
            counters: [("rows", "1"), ("planned", "$.planned_on IS NOT NULL"), ("done", "$.done_on IS NOT NULL")],
            condition: "$.enterprise_id IS NOT NULL"),
    ]

    /// Figures per town and industry of a county (schema v10): enterprises, overdue hazards and
    /// inspections by day, and the done inspections of red enterprises by day (the console's
    /// "red enterprises visited this month", counted from a few thousand rows, not from every
    /// red enterprise's inspections).
    static let v10: [Spec] = [
        Spec(
            table: "town_enterprise_stats", source: "enterprise", keys: ["county", "town"],
            counters: [
                ("total", "1"),
                ("key_supervised", "$.key_supervised"),
                ("above_scale", "$.scale = 'above'"),
            ] + riskCounters,
            condition: "1"),
        Spec(
            table: "industry_enterprise_stats", source: "enterprise", keys: ["county", "industry"],
            counters: [
                ("total", "1"),
            ] + riskCounters,
            condition: "1"),
        Spec(
            table: "town_open_deadline", source: "hazard", keys: ["county", Spec.Key("town", enterpriseTown), "deadline"],
            counters: [("open", "1")],
            condition: openWithDeadline),
        Spec(
            table: "town_inspection_pending", source: "inspection", keys: ["county", Spec.Key("town", enterpriseTown), "planned_on"],
            counters: [("pending", "1")],
            condition: "\(plannedNotDone) AND $.enterprise_id IS NOT NULL"),
        Spec(
            table: "red_inspection_day", source: "inspection",
            keys: ["done_on", Spec.Key("county", "(SELECT county FROM enterprise WHERE id = $.enterprise_id)"), "enterprise_id"],
            counters: [("done", "1")],
            condition: "$.done_on IS NOT NULL AND (SELECT risk_level FROM enterprise WHERE id = $.enterprise_id) = 'red'"),
    ]

    /// Companions by month of the tables kept by day (schema v11), so that "overdue" sums a
    /// row per month and the days of the current one (see `KeptByDay`), and the industries
    /// with a reward mechanism per county, counted as rows instead of distinct enterprises.
    static let v11: [Spec] = [
        Spec(
            table: "county_open_month", source: "hazard", keys: ["county", Spec.Key("month", "substr($.deadline, 1, 7)")],
            counters: [("open", "1"), ("major", "$.grade = 'major'")],
            condition: openWithDeadline),
        Spec(
            table: "county_inspection_pending_month", source: "inspection",
            keys: ["county", "kind", Spec.Key("month", "substr($.planned_on, 1, 7)")],
            counters: [("pending", "1")],
            condition: plannedNotDone),
        Spec(
            table: "county_reward_industry", source: "enterprise", keys: ["county", "industry"],
            counters: [("enterprises", "1")],
            condition: "$.reward_mechanism = 1"),
    ]

    /// The town of the row's enterprise.
    private static let enterpriseTown = "(SELECT town FROM enterprise WHERE id = $.enterprise_id)"

    /// Hazards awaiting verification (待验收: rectified, not yet closed) per county and grade
    /// (schema v16): the triage list's count and the console's "to verify" without counting
    /// the hundreds of thousands of them at every read.
    static let v16: [Spec] = [
        Spec(
            table: "county_awaiting_verification", source: "hazard", keys: ["county", "grade"],
            counters: [("awaiting", "1")],
            condition: "$.status = '\(HazardStatus.rectified.rawValue)' AND $.duplicate_of IS NULL"),
    ]

    /// Trainings and their sessions per county and month (schema v18): the console's twelve
    /// months of sessions summed from a row per county and month, not from every training of
    /// the year (the snapshot's slowest read at the 3M province).
    static let v18: [Spec] = [
        Spec(
            table: "county_training_month", source: "training", keys: ["county", Spec.Key("month", "substr($.held_on, 1, 7)")],
            counters: [("events", "1"), ("sessions", "$.sessions")],
            condition: "1"),
    ]

    /// Hazards found per county and day (schema v20): the console's latest record day is one
    /// seek in this table's day index, not a seek per county along the hazards' index (288 of
    /// the first frame's page reads at the 3M province, cold).
    static let v20: [Spec] = [
        Spec(
            table: "county_found_day", source: "hazard", keys: ["county", "found_on"],
            counters: [("found", "1")],
            condition: "$.duplicate_of IS NULL"),
    ]

    /// The whole province's trainings by kind and audience and its pending inspections by
    /// kind and month (schema v21): the province console read them as sums over every county's
    /// rows (3,599 and 8,657 rows, 41 and 81 pages of its first frame at the 3M province, cold);
    /// a province row each is a page.
    static let v21: [Spec] = [
        Spec(
            table: "province_training_stats", source: "training", keys: ["kind", "audience"],
            counters: [("events", "1"), ("sessions", "$.sessions"), ("person_times", "$.person_times")],
            condition: "1"),
        Spec(
            table: "province_inspection_pending_month", source: "inspection",
            keys: ["kind", Spec.Key("month", "substr($.planned_on, 1, 7)")],
            counters: [("pending", "1")],
            condition: plannedNotDone),
    ]

    /// Every summary table the schema has.
    static var all: [Spec] { v1 + v8 + v10 + v11 + v16 + v18 + v20 + v21 }

    /// Keeps the tables that take a town (or a county, or red) from a row's enterprise right
    /// when the enterprise changes: its county's towns are recounted (rare, and one county's
    /// rows), and a red enterprise's inspections by day. Like `createSQL`, only to write a new
    /// migration's text once: migrations never call this code (`Migration`).
    static func enterpriseChangesSQL(_ specs: [Spec]) -> String {
        let towns = specs.filter { $0.table.hasPrefix("town_") && $0.source != "enterprise" }
        let red = specs.filter { $0.table == "red_inspection_day" }
        var sql = """
            CREATE TRIGGER enterprise_moves AFTER UPDATE OF town, county ON enterprise
            WHEN OLD.town IS NOT NEW.town OR OLD.county IS NOT NEW.county BEGIN
              \(towns.map { $0.recountSQL(where: "$.county IN (OLD.county, NEW.county)") }.joined(separator: "\n"))
            END;
            """
        if !red.isEmpty {
            sql += """

                CREATE TRIGGER enterprise_risk_changes AFTER UPDATE OF risk_level, county ON enterprise
                WHEN OLD.risk_level IS NOT NEW.risk_level OR OLD.county IS NOT NEW.county BEGIN
                  \(red.map { $0.recountSQL(where: "$.enterprise_id = NEW.id") }.joined(separator: "\n"))
                END;
                """
        }
        return sql
    }

    /// Recomputes every summary table from its source rows (after a bulk load, or to check
    /// that the triggers kept them right).
    static func recount(_ db: Database, _ specs: [Spec] = all) throws {
        for spec in specs { try db.execute(sql: spec.recountSQL) }
    }
}
