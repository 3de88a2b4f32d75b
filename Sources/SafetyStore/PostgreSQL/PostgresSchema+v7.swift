extension PostgresSchema.Migration {
    /// SQLite's v20 on PostgreSQL: hazards found per county and day, so that the console's
    /// latest record day is one seek in the table's day index, not one per county along the
    /// hazards' index. (v20's covering indexes are for SQLite's page reads; PostgreSQL's own
    /// plans for those reads are unchanged.)
    static let v7 = PostgresSchema.Migration(identifier: "pg v7: hazards found per county and day",
                                             statements: SummaryTables.v20.flatMap(summaryTable) + [
        "CREATE INDEX county_found_day_day ON county_found_day(found_on)",
    ])
}
