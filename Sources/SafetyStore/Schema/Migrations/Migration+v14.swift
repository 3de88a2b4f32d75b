import GRDB

extension Migration {
    /// The operators roster, and the audit trail as a hash chain: `prev_hash` and `hash` on
    /// every row, the rows already there chained in id order (the append-only trigger is set
    /// aside for that one pass and put back as v1 made it).
    static let v14 = Migration(identifier: "v14: operators roster, audit hash chain", sql: """
        CREATE TABLE operator (
          login TEXT PRIMARY KEY NOT NULL,
          name TEXT NOT NULL,
          role TEXT NOT NULL CHECK (role IN ('duty', 'triage', 'supervisor', 'admin')),
          scope TEXT NOT NULL,
          scope_level TEXT NOT NULL CHECK (scope_level IN ('all', 'county', 'prefecture')),
          active INTEGER NOT NULL DEFAULT 1);
        ALTER TABLE audit ADD COLUMN prev_hash TEXT;
        ALTER TABLE audit ADD COLUMN hash TEXT;
        CREATE INDEX audit_operator ON audit(operator, id);
        DROP TRIGGER audit_no_update;
        """, then: { db in
            try AuditChain.chainExistingRows(db)
            try db.execute(sql: """
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                  BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                """)
        })
}
