extension PostgresSchema.Migration {
    /// The day indexes SQLite has on the summary tables kept by day (v8, v20), which pg v1 did
    /// not make: the console's overdue hazards and pending inspections of the as-of month are a
    /// range of days across every county, and without them each was a scan of the whole table
    /// (56,536 and 64,281 rows at the 3M province: 4 ms each on an idle core, 8–9 ms with the
    /// console and the bench beside the server). With the count included, one range of the index.
    static let v8 = PostgresSchema.Migration(identifier: "pg v8: day indexes of the summaries kept by day", statements: [
        "CREATE INDEX county_open_deadline_day_open ON county_open_deadline(deadline) INCLUDE (open)",
        "CREATE INDEX county_inspection_pending_day ON county_inspection_pending(planned_on) INCLUDE (pending)",
    ])
}
