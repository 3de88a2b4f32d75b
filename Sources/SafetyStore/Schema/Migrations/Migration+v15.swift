extension Migration {
    /// The triage officer's queue is every hazard not yet closed: rectified ones wait there for
    /// verification (待验收). The open-queue indexes of v1, v5 and v7 hold only what is still to
    /// be rectified, so the queue gets its own partial indexes in the same orders.
    static let v15 = Migration(identifier: "v15: the triage queue with hazards awaiting verification", sql: """
        CREATE INDEX hazard_active_queue ON hazard(grade DESC, deadline, id)
          WHERE status IN ('open','assigned','rectifying','rectified') AND duplicate_of IS NULL;
        CREATE INDEX hazard_active_county_queue ON hazard(county, grade DESC, deadline, id)
          WHERE status IN ('open','assigned','rectifying','rectified') AND duplicate_of IS NULL;
        CREATE INDEX hazard_active_deadline ON hazard(deadline, id)
          WHERE status IN ('open','assigned','rectifying','rectified') AND duplicate_of IS NULL;
        CREATE INDEX hazard_active_found ON hazard(found_on, id)
          WHERE status IN ('open','assigned','rectifying','rectified') AND duplicate_of IS NULL;
        CREATE INDEX hazard_active_status ON hazard(status, grade DESC, deadline, id)
          WHERE status IN ('open','assigned','rectifying','rectified') AND duplicate_of IS NULL;
        CREATE INDEX hazard_active_enterprise ON hazard(enterprise_id, id)
          WHERE status IN ('open','assigned','rectifying','rectified') AND duplicate_of IS NULL;
        """)
}
