extension PostgresSchema.Migration {
    /// The summary triggers' functions rewritten for large statements (`PostgresSummaryJoinSQL`):
    /// an enterprise's town, county and risk read by a join, not a sub-select per row, and no
    /// removal of emptied keys after an INSERT. The tables, triggers and counts are unchanged;
    /// `CREATE OR REPLACE FUNCTION` locks no table. 3 M province, `import` of the roster on
    /// PostgreSQL: see the commit that added it for the figures.
    static let v10 = PostgresSchema.Migration(identifier: "pg v10: summary triggers join the enterprise, inserts remove nothing",
                                              statements: specs.flatMap(PostgresSummaryJoinSQL.replacedFunctions))

    /// Every summary table PostgreSQL has by pg v10 (pg v1's, v5's, v7's and v9's).
    private static let specs = SummaryTables.v1 + SummaryTables.v8 + SummaryTables.v10 + SummaryTables.v11
        + SummaryTables.v16 + SummaryTables.v18 + SummaryTables.v20 + SummaryTables.v21
}
