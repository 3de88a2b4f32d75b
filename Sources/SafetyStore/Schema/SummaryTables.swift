import Foundation
import GRDB

/// Summary tables kept by triggers in the same transaction as every write, so that the console
/// reads county figures from a few hundred rows instead of counting millions of hazards at
/// every frame. Figures that depend on the as-of day (overdue counts) cannot be kept this way
/// and come from partial indexes instead.
enum SummaryTables {
    /// One summary table: per-key sums of expressions over the rows of a source table.
    /// In expressions, `$.` stands for the row (NEW, OLD, or the source table in a recount).
    /// The first counter counts rows ("1"): a key whose count falls to zero is removed, so the
    /// triggers leave exactly what a recount would.
    struct Spec {
        let table: String
        let source: String
        let keys: [String]
        let counters: [(name: String, expression: String)]
        /// Rows that count at all.
        let condition: String

        func expand(_ expression: String, row alias: String) -> String {
            expression.replacingOccurrences(of: "$.", with: "\(alias).")
        }

        private func keyMatch(_ alias: String) -> String {
            keys.map { "\($0) = \(alias).\($0)" }.joined(separator: " AND ")
        }

        private func add(_ alias: String, sign: String) -> String {
            let sets = counters.map { "\($0.name) = \($0.name) \(sign) (\(expand($0.expression, row: alias)))" }
            return """
                UPDATE \(table) SET \(sets.joined(separator: ", "))
                  WHERE \(keyMatch(alias)) AND (\(expand(condition, row: alias)));
                """
        }

        private func dropEmpty(_ alias: String) -> String {
            "DELETE FROM \(table) WHERE \(keyMatch(alias)) AND \(counters[0].name) = 0;"
        }

        private func ensureRow(_ alias: String) -> String {
            let values = keys.map { "\(alias).\($0)" }.joined(separator: ", ")
            return """
                INSERT OR IGNORE INTO \(table) (\(keys.joined(separator: ", ")))
                  SELECT \(values) WHERE \(expand(condition, row: alias));
                """
        }

        var createSQL: String {
            let columns = keys.map { "\($0) TEXT NOT NULL" } + counters.map { "\($0.name) INTEGER NOT NULL DEFAULT 0" }
            return """
                CREATE TABLE \(table) (\(columns.joined(separator: ", ")),
                  PRIMARY KEY (\(keys.joined(separator: ", ")))) WITHOUT ROWID;
                CREATE TRIGGER \(table)_insert AFTER INSERT ON \(source) BEGIN
                  \(ensureRow("NEW"))
                  \(add("NEW", sign: "+"))
                END;
                CREATE TRIGGER \(table)_delete AFTER DELETE ON \(source) BEGIN
                  \(add("OLD", sign: "-"))
                  \(dropEmpty("OLD"))
                END;
                CREATE TRIGGER \(table)_update AFTER UPDATE ON \(source) BEGIN
                  \(add("OLD", sign: "-"))
                  \(dropEmpty("OLD"))
                  \(ensureRow("NEW"))
                  \(add("NEW", sign: "+"))
                END;
                """
        }

        var recountSQL: String {
            let sums = counters.map { "COALESCE(SUM(\(expand($0.expression, row: source))), 0)" }
            let keyList = keys.joined(separator: ", ")
            return """
                DELETE FROM \(table);
                INSERT INTO \(table) (\(keyList), \(counters.map(\.name).joined(separator: ", ")))
                  SELECT \(keyList), \(sums.joined(separator: ", ")) FROM \(source)
                  WHERE \(expand(condition, row: source)) GROUP BY \(keyList);
                """
        }
    }

    static let rectified = "$.status IN ('rectified','closed')"

    static let specs: [Spec] = [
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
                ("red", "$.risk_level = 'red'"),
                ("orange", "$.risk_level = 'orange'"),
                ("yellow", "$.risk_level = 'yellow'"),
                ("blue", "$.risk_level = 'blue'"),
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

    static func create(_ db: Database) throws {
        for spec in specs { try db.execute(sql: spec.createSQL) }
    }

    /// Recomputes every summary table from its source rows (after a bulk load, or to check
    /// that the triggers kept them right).
    static func recount(_ db: Database) throws {
        for spec in specs { try db.execute(sql: spec.recountSQL) }
    }
}
