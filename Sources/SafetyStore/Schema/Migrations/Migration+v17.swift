extension Migration {
    /// Saved views: a triage officer's named filter, order and columns, one row per operator
    /// and name. The filter is the text the officer types after `f` (`TriageFilterText`), the
    /// order a `TriageSort` name, the columns `TriageColumn` names joined by commas — stable
    /// text that any build, and the PostgreSQL port, reads the same way; never a Swift encoding.
    static let v17 = Migration(identifier: "v17: saved triage views per operator", sql: """
        CREATE TABLE saved_view (
          operator_login TEXT NOT NULL,
          name TEXT NOT NULL CHECK (name <> ''),
          filter TEXT NOT NULL,
          sort TEXT NOT NULL,
          descending INTEGER NOT NULL CHECK (descending IN (0, 1)),
          columns TEXT NOT NULL,
          PRIMARY KEY (operator_login, name)) WITHOUT ROWID;
        """)
}
