extension Migration {
    /// The triage officer's queue is every hazard not yet closed: rectified ones wait there for
    /// verification (待验收). The open-queue indexes of v1, v5 and v7 hold only what is still to
    /// be rectified, so the queue gets its own partial indexes in the same orders — by urgency,
    /// the hazards awaiting verification after those still to be rectified.
    ///
    /// Deadline extensions (延期申请): one row per request, at most one pending per hazard,
    /// the county kept for the console's count of pending requests.
    ///
    /// Attachments: evidence files recorded by path, SHA-256 and size (the file is not copied).
    static let v15 = Migration(identifier: "v15: triage queue awaiting verification, deadline extensions, attachments", sql: """
        CREATE INDEX hazard_active_queue ON hazard(status = 'rectified', grade DESC, deadline, id)
          WHERE status IN ('open','assigned','rectifying','rectified') AND duplicate_of IS NULL;
        CREATE INDEX hazard_active_county_queue ON hazard(county, status = 'rectified', grade DESC, deadline, id)
          WHERE status IN ('open','assigned','rectifying','rectified') AND duplicate_of IS NULL;
        CREATE INDEX hazard_active_deadline ON hazard(deadline, id)
          WHERE status IN ('open','assigned','rectifying','rectified') AND duplicate_of IS NULL;
        CREATE INDEX hazard_active_found ON hazard(found_on, id)
          WHERE status IN ('open','assigned','rectifying','rectified') AND duplicate_of IS NULL;
        CREATE INDEX hazard_active_status ON hazard(status, grade DESC, deadline, id)
          WHERE status IN ('open','assigned','rectifying','rectified') AND duplicate_of IS NULL;
        CREATE INDEX hazard_active_enterprise ON hazard(enterprise_id, id)
          WHERE status IN ('open','assigned','rectifying','rectified') AND duplicate_of IS NULL;

        CREATE TABLE hazard_extension (
          id INTEGER PRIMARY KEY,
          hazard_id TEXT NOT NULL,
          county TEXT NOT NULL,
          until TEXT NOT NULL,
          reason TEXT NOT NULL,
          requested_by TEXT NOT NULL,
          requested_at TEXT NOT NULL,
          decision TEXT CHECK (decision IN ('approved','refused')),
          decided_by TEXT,
          decided_at TEXT,
          note TEXT);
        CREATE INDEX hazard_extension_hazard ON hazard_extension(hazard_id, id);
        CREATE UNIQUE INDEX hazard_extension_pending ON hazard_extension(hazard_id) WHERE decision IS NULL;
        CREATE INDEX hazard_extension_pending_county ON hazard_extension(county) WHERE decision IS NULL;

        CREATE TABLE hazard_attachment (
          id INTEGER PRIMARY KEY,
          hazard_id TEXT NOT NULL,
          path TEXT NOT NULL,
          sha256 TEXT NOT NULL,
          size INTEGER NOT NULL,
          note TEXT,
          attached_by TEXT NOT NULL,
          attached_at TEXT NOT NULL);
        CREATE INDEX hazard_attachment_hazard ON hazard_attachment(hazard_id, id);
        """)
}
