extension PostgresSchema.Migration {
    /// SQLite's v21 on PostgreSQL: the province's trainings by kind and audience and its
    /// pending inspections by kind and month, kept whole, so that the province console sums a
    /// few dozen rows, not every county's.
    static let v9 = PostgresSchema.Migration(identifier: "pg v9: the province's trainings and pending inspections kept whole",
                                             statements: SummaryTables.v21.flatMap(summaryTable))
}
