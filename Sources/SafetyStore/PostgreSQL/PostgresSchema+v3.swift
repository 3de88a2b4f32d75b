extension PostgresSchema.Migration {
    /// Each officer's saved triage views, as SQLite's v17: one row per login and name. An
    /// officer's role reads and changes only its own rows (the login is the role's name).
    static let v3 = PostgresSchema.Migration(identifier: "pg v3: saved views", statements: [
        """
        CREATE TABLE saved_view (
          operator_login text NOT NULL,
          name text NOT NULL CHECK (name <> ''),
          filter text NOT NULL,
          sort text NOT NULL,
          descending boolean NOT NULL,
          columns text NOT NULL,
          PRIMARY KEY (operator_login, name))
        """,
        "GRANT SELECT, INSERT, UPDATE, DELETE ON saved_view TO safetyboard_officer",
        "ALTER TABLE saved_view ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY saved_view_own ON saved_view USING (operator_login = session_user) WITH CHECK (operator_login = session_user)",
    ])
}
