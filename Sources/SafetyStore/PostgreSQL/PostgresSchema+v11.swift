extension PostgresSchema.Migration {
    /// Every summary table's UPDATE function runs its upsert only when the statement changed a
    /// column it reads (`PostgresSummaryJoinSQL.guardedUpdateFunction`), as SQLite's v19 gave
    /// each update trigger a `WHEN`. A statement trigger has no `WHEN` on values, so the check
    /// is the function's first statement: a join of the statement's old and new rows by rowid.
    static let v11 = PostgresSchema.Migration(identifier: "pg v11: summary updates only when a counted column changed",
                                              statements: specs.map(PostgresSummaryJoinSQL.guardedUpdateFunction))

    /// Every summary table PostgreSQL has by pg v11.
    private static let specs = SummaryTables.v1 + SummaryTables.v8 + SummaryTables.v10 + SummaryTables.v11
        + SummaryTables.v16 + SummaryTables.v18 + SummaryTables.v20 + SummaryTables.v21
}
