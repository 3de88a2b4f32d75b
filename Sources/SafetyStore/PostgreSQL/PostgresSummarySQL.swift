import Foundation
/// The summary tables of `SummaryTables` in PostgreSQL: the same tables, keys and counters,
/// kept by statement-level PL/pgSQL triggers that read the statement's transition tables
/// (`REFERENCING NEW TABLE … OLD TABLE`): one grouped upsert per statement and summary table,
/// in the same transaction as the write, instead of one update per row — a `COPY` of three
/// million hazards adds a few thousand summary rows at once.
///
/// SQLite's comparisons are integers; PostgreSQL's are booleans: a counter that is a
/// condition is counted as `(…)::int`, summed as `bigint` (a sum of integers is `numeric`).
enum PostgresSummarySQL {
    /// A counter's value for one row, as a bigint (NULL as nothing, as SQLite's COALESCE).
    static func counter(_ expression: String) -> String {
        isInteger(expression) ? "COALESCE(\(expression), 0)" : "COALESCE((\(expression))::int, 0)"
    }

    /// A spec's condition as a PostgreSQL boolean (SQLite's "1" is true).
    static func condition(_ spec: SummaryTables.Spec, row alias: String) -> String {
        spec.condition == "1" ? "true" : spec.expand(spec.condition, row: alias)
    }

    /// Whether `expression` already gives a number (a count "1", a column, a CASE of columns)
    /// rather than a condition.
    private static func isInteger(_ expression: String) -> Bool {
        let trimmed = expression.trimmingPrefix(" ")
        if Int(trimmed) != nil || trimmed.hasPrefix("CASE ") { return true }
        // A bare column: `x.name`.
        let parts = trimmed.split(separator: ".")
        return parts.count == 2 && parts[1].allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    /// The table, as `SummaryTables.Spec.createSQL` makes it in SQLite.
    static func createTable(_ spec: SummaryTables.Spec) -> String {
        let columns = spec.keys.map { "\($0.name) text NOT NULL" } + spec.counters.map { "\($0.name) bigint NOT NULL DEFAULT 0" }
        return "CREATE TABLE \(spec.table) (\(columns.joined(separator: ", ")), PRIMARY KEY (\(spec.keyList)))"
    }

    /// Each key's and counter's value over rows `alias` of `from`, summed per key with `sign`.
    /// (pg v1's, v5's, v7's and v9's trigger bodies are made from it: its text never changes.)
    static func delta(_ spec: SummaryTables.Spec, from: String, sign: String) -> String {
        let keys = spec.keys.enumerated().map { "\(spec.expand($1.expression, row: "r")) AS k\($0)" }
        let counters = spec.counters.enumerated().map { "\(sign)\(counter(spec.expand($1.expression, row: "r"))) AS c\($0)" }
        return "SELECT \((keys + counters).joined(separator: ", ")) FROM \(from) r WHERE \(condition(spec, row: "r"))"
    }

    /// The body of the trigger function for one event: the statement's rows summed per key,
    /// added to the table (new keys inserted), and keys whose count fell to zero removed, so
    /// that the table stays what a recount leaves. `delta` sums a transition table (pg v10's
    /// joins the enterprise); `removesEmptied` false leaves out the removal, which an INSERT
    /// whose first counter counts rows never needs. The defaults make pg v1's and v5's text.
    static func triggerBody(_ spec: SummaryTables.Spec, event: String,
                            delta: (SummaryTables.Spec, String, String) -> String = { delta($0, from: $1, sign: $2) },
                            removesEmptied: Bool = true) -> String {
        var parts: [String] = []
        if event != "DELETE" { parts.append(delta(spec, "new_rows", "")) }
        if event != "INSERT" { parts.append(delta(spec, "old_rows", "-")) }
        let keyNames = spec.keys.indices.map { "k\($0)" }
        let sums = spec.counters.indices.map { "SUM(c\($0))::bigint" }
        let additions = spec.counters.map { "\($0.name) = \(spec.table).\($0.name) + EXCLUDED.\($0.name)" }
        let match = spec.keys.enumerated().map { "t.\($1.name) = d.k\($0)" }.joined(separator: " AND ")
        let upsert = """
            INSERT INTO \(spec.table) (\(spec.keyList), \(spec.counters.map(\.name).joined(separator: ", ")))
              SELECT \((keyNames + sums).joined(separator: ", ")) FROM (\(parts.joined(separator: " UNION ALL "))) d
              GROUP BY \(keyNames.joined(separator: ", ")) ORDER BY \(keyNames.joined(separator: ", "))
              ON CONFLICT (\(spec.keyList)) DO UPDATE SET \(additions.joined(separator: ", "));
            """
        guard removesEmptied else { return upsert }
        return upsert + "\n" + """
            DELETE FROM \(spec.table) t USING (SELECT DISTINCT \(keyNames.joined(separator: ", ")) FROM (\(parts.joined(separator: " UNION ALL "))) x) d
              WHERE \(match) AND t.\(spec.counters[0].name) = 0;
            """
    }

    /// The function and the three statement triggers of one summary table.
    static func triggers(_ spec: SummaryTables.Spec) -> [String] {
        ["INSERT", "UPDATE", "DELETE"].flatMap { event -> [String] in
            let name = "\(spec.table)_\(event.lowercased())"
            let referencing = switch event {
            case "INSERT": "REFERENCING NEW TABLE AS new_rows"
            case "DELETE": "REFERENCING OLD TABLE AS old_rows"
            default: "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"
            }
            return [
                """
                CREATE FUNCTION \(name)() RETURNS trigger LANGUAGE plpgsql AS $fn$
                BEGIN
                \(triggerBody(spec, event: event))
                RETURN NULL;
                END $fn$
                """,
                "CREATE TRIGGER \(name) AFTER \(event) ON \(spec.source) \(referencing) FOR EACH STATEMENT EXECUTE FUNCTION \(name)()",
            ]
        }
    }

    /// A recount of `spec`'s keys matching `scope` (a condition with `$.` on key columns both
    /// tables share), or of all of them.
    static func recount(_ spec: SummaryTables.Spec, where scope: String? = nil) -> [String] {
        let sums = spec.counters.map { "SUM(\(counter(spec.expand($0.expression, row: spec.source))))::bigint" }
        let keyValues = spec.keys.map { spec.expand($0.expression, row: spec.source) }
        let sourceCondition = condition(spec, row: spec.source) + (scope.map { " AND " + spec.expand($0, row: spec.source) } ?? "")
        return [
            "DELETE FROM \(spec.table)" + (scope.map { " WHERE " + spec.expand($0, row: spec.table) } ?? ""),
            """
            INSERT INTO \(spec.table) (\(spec.keyList), \(spec.counters.map(\.name).joined(separator: ", ")))
              SELECT \((keyValues + sums).joined(separator: ", ")) FROM \(spec.source)
              WHERE \(sourceCondition) GROUP BY \(keyValues.joined(separator: ", "))
            """,
        ]
    }

    /// SQLite's `enterprise_moves` and `enterprise_risk_changes`: an enterprise that changes
    /// town or county recounts its counties' town tables; one that changes risk or county, its
    /// red inspections by day.
    static func enterpriseChanges(_ specs: [SummaryTables.Spec]) -> [String] {
        let towns = specs.filter { $0.table.hasPrefix("town_") && $0.source != "enterprise" }
        let red = specs.filter { $0.table == "red_inspection_day" }
        func body(_ statements: [String]) -> String { statements.map { $0 + ";" }.joined(separator: "\n") }
        return [
            """
            CREATE FUNCTION enterprise_moves() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
            \(body(towns.flatMap { recount($0, where: "$.county IN (OLD.county, NEW.county)") }))
            RETURN NULL;
            END $fn$
            """,
            """
            CREATE TRIGGER enterprise_moves AFTER UPDATE OF town, county ON enterprise FOR EACH ROW
              WHEN (OLD.town IS DISTINCT FROM NEW.town OR OLD.county IS DISTINCT FROM NEW.county)
              EXECUTE FUNCTION enterprise_moves()
            """,
            """
            CREATE FUNCTION enterprise_risk_changes() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
            \(body(red.flatMap { recount($0, where: "$.enterprise_id = NEW.id") }))
            RETURN NULL;
            END $fn$
            """,
            """
            CREATE TRIGGER enterprise_risk_changes AFTER UPDATE OF risk_level, county ON enterprise FOR EACH ROW
              WHEN (OLD.risk_level IS DISTINCT FROM NEW.risk_level OR OLD.county IS DISTINCT FROM NEW.county)
              EXECUTE FUNCTION enterprise_risk_changes()
            """,
        ]
    }
}
