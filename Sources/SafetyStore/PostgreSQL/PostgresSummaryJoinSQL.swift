import Foundation
/// pg v10's bodies of the summary triggers (`PostgresSummarySQL` made pg v1's, v5's, v7's and v9's, whose
/// text must not change): the same upserts over the statement's transition tables, with two
/// costs of a large import taken out.
///
/// - A key or condition read from the row's enterprise (a town, a red enterprise's county) was
///   a sub-select per row, evaluated once for the upsert and again for the removal of emptied
///   keys: an index lookup of `enterprise` per row, twice. Here it is one `LEFT JOIN`
///   (`enterprise.id` is unique, so a row matches at most one enterprise, and none gives NULL
///   as the sub-select did), which the planner runs as a hash join over millions of rows.
///   3 M province, 150,000 inspections merged: `red_inspection_day_insert` 1,004 → 61 ms.
/// - After an INSERT, no key's count can be zero: every spec's first counter counts rows
///   ("1"), so each key of the statement's rows gains at least one, and the others were not
///   zero before (the removal keeps them so). The removal is left out of INSERT triggers; a
///   spec whose first counter were something else would keep it.
enum PostgresSummaryJoinSQL {
    /// The enterprise columns a spec reads by the row's `enterprise_id`.
    private static let enterpriseColumns = ImportKind.enterprises.columns.map(\.name)

    /// `PostgresSummarySQL.delta` with each sub-select of the row's enterprise read from a join.
    static func delta(_ spec: SummaryTables.Spec, from: String, sign: String) -> String {
        var sql = PostgresSummarySQL.delta(spec, from: from, sign: sign)
        var joined = false
        for column in enterpriseColumns {
            let lookup = "(SELECT \(column) FROM enterprise WHERE id = r.enterprise_id)"
            guard sql.contains(lookup) else { continue }
            sql = sql.replacingOccurrences(of: lookup, with: "e.\(column)")
            joined = true
        }
        guard joined else { return sql }
        return sql.replacingOccurrences(of: " FROM \(from) r WHERE ", with: " FROM \(from) r LEFT JOIN enterprise e ON e.id = r.enterprise_id WHERE ")
    }

    /// Whether an INSERT can leave a key of `spec` at zero (see the type's comment).
    static func insertCanEmpty(_ spec: SummaryTables.Spec) -> Bool {
        spec.counters.first?.expression != "1"
    }

    /// The trigger function's body for `event`, as `PostgresSummarySQL.triggerBody` but joined
    /// and without the removal an INSERT never needs.
    static func triggerBody(_ spec: SummaryTables.Spec, event: String) -> String {
        PostgresSummarySQL.triggerBody(spec, event: event, delta: { delta($0, from: $1, sign: $2) },
                                       removesEmptied: event != "INSERT" || insertCanEmpty(spec))
    }

    /// The three trigger functions of `spec` replaced (the triggers stay), running as the
    /// owner as pg v2 made them: `CREATE OR REPLACE` resets what it does not say.
    static func replacedFunctions(_ spec: SummaryTables.Spec) -> [String] {
        ["INSERT", "UPDATE", "DELETE"].map { event in function(spec, event: event, body: triggerBody(spec, event: event)) }
    }

    /// pg v11's UPDATE function of `spec`: pg v10's, run only when some row of the statement
    /// changed a column the spec reads (a key, a counter or the condition), as SQLite's v19
    /// `WHEN` does. A triage write changes one or two columns of one hazard and ran every
    /// summary table's upsert and removal over it, each taking the row off and adding it back
    /// the same.
    static func guardedUpdateFunction(_ spec: SummaryTables.Spec) -> String {
        let columns = spec.countedColumns.sorted()
        let changed = "(\(columns.map { "o.\($0)" }.joined(separator: ", "))) IS DISTINCT FROM (\(columns.map { "n.\($0)" }.joined(separator: ", ")))"
        let guardClause = """
            IF NOT EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.rowid = o.rowid WHERE \(changed)) THEN
              RETURN NULL;
            END IF;
            """
        return function(spec, event: "UPDATE", body: guardClause + "\n" + triggerBody(spec, event: "UPDATE"))
    }

    private static func function(_ spec: SummaryTables.Spec, event: String, body: String) -> String {
        """
        CREATE OR REPLACE FUNCTION \(spec.table)_\(event.lowercased())() RETURNS trigger LANGUAGE plpgsql
          SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
        BEGIN
        \(body)
        RETURN NULL;
        END $fn$
        """
    }
}
