extension PostgresSchema.Migration {
    /// SQLite's v18 on PostgreSQL: trainings and sessions per county and month, kept by the
    /// statement triggers of the other summary tables (running as the owner, as pg v2 made
    /// theirs), readable by every officer, and filled from the trainings as they stand.
    static let v5 = PostgresSchema.Migration(identifier: "pg v5: training sessions kept per county and month",
                                             statements: SummaryTables.v18.flatMap(summaryTable))

    /// A summary table as pg v1 and v2 left the others: the table, its statement triggers
    /// running as the owner, filled by a recount, readable by every officer.
    static func summaryTable(_ spec: SummaryTables.Spec) -> [String] {
        let functions: [String] = ["insert", "update", "delete"].map { event in
            "ALTER FUNCTION \(spec.table)_\(event)() SECURITY DEFINER SET search_path = public, pg_temp"
        }
        var statements = [PostgresSummarySQL.createTable(spec)]
        statements += PostgresSummarySQL.triggers(spec)
        statements += PostgresSummarySQL.recount(spec)
        statements += functions
        statements.append("GRANT SELECT ON \(spec.table) TO safetyboard_officer")
        return statements
    }
}
