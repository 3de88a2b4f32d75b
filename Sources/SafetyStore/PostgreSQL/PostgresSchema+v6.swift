extension PostgresSchema.Migration {
    /// The queue that includes the hazards awaiting verification, ordered by
    /// `(status = 'rectified')` first, read by index only. pg v1's two indexes keep that
    /// expression but not `status`, and PostgreSQL scans an expression index by index only when
    /// the expression's own columns are in it: every row a window skips over (`OFFSET`) was a
    /// heap fetch. A triage window 8,860 rows down the 3 M province's queue took 47.7 ms (8,921
    /// buffers); with `status` included, 1.5 ms (1,081 buffers, 13 heap fetches after a vacuum).
    static let v6 = PostgresSchema.Migration(identifier: "pg v6: the awaiting-verification queue's indexes include status",
                                             statements: [
        "DROP INDEX hazard_active_queue",
        "CREATE INDEX hazard_active_queue ON hazard((status = 'rectified'), grade DESC, deadline NULLS FIRST, id) INCLUDE (status) \(activeQueue)",
        "DROP INDEX hazard_active_county_queue",
        "CREATE INDEX hazard_active_county_queue ON hazard(county, (status = 'rectified'), grade DESC, deadline NULLS FIRST, id) INCLUDE (status) \(activeQueue)",
    ])

    /// pg v1's predicate of the queue with the hazards awaiting verification.
    private static let activeQueue = "WHERE status IN ('open','assigned','rectifying','rectified') AND duplicate_of IS NULL"
}
