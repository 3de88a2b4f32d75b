extension Migration {
    /// The triage list's other orders over the open queue, so that sorting by them reads
    /// one page instead of sorting hundreds of thousands of rows.
    /// (No index led by status: with `status IN (…)` in every queue query, SQLite would
    /// pick it over the queue index and sort.)
    static let v5 = Migration(identifier: "v5: open queue by deadline and found day", sql: """
        CREATE INDEX hazard_open_deadline ON hazard(deadline, id)
          WHERE status IN ('open','assigned','rectifying') AND duplicate_of IS NULL;
        CREATE INDEX hazard_open_found ON hazard(found_on, id)
          WHERE status IN ('open','assigned','rectifying') AND duplicate_of IS NULL;
        """)
}
