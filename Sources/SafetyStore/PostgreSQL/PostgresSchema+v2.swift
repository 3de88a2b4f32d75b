extension PostgresSchema.Migration {
    /// Officers as database roles. Each officer on the roster logs in as a role of its login,
    /// a member of `safetyboard_officer`, whose grants say what any officer may do; row-level
    /// security narrows hazards, enterprises, inspections, trainings, extensions, attachments
    /// and facts to the counties of the role's roster scope — also for `psql`. The audit table
    /// is insert-only for officers (no UPDATE or DELETE grant, and its triggers refuse both).
    ///
    /// The role that owns the tables (the one that ran `server init`) is not subject to the
    /// policies: it is the province's administrator, as the file's owner is for SQLite.
    /// Trigger functions run as that owner (SECURITY DEFINER), so an officer's write keeps the
    /// summary tables and the change sequence, which officers cannot write directly.
    static let v2 = PostgresSchema.Migration(identifier: "pg v2: officer roles, row-level security", statements: [
        """
        DO $do$ BEGIN
          CREATE ROLE safetyboard_officer NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $do$
        """,
        // The counties the logged-in role's roster entry covers; NULL for the whole province.
        // (`session_user`: inside this SECURITY DEFINER function `current_user` is the owner.)
        """
        CREATE FUNCTION safetyboard_scope() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
          SELECT CASE
            WHEN o.login IS NULL OR o.active = 0 THEN ARRAY[]::text[]
            WHEN o.scope_level = 'all' THEN NULL
            WHEN o.scope_level = 'county' THEN ARRAY[o.scope]
            ELSE ARRAY[o.scope] || ARRAY(SELECT c.name FROM jurisdiction c JOIN jurisdiction p ON p.code = c.parent_code
                                         WHERE p.name = o.scope)
          END
          FROM (SELECT 1) AS one LEFT JOIN operator o ON o.login = session_user
        $fn$
        """,
        // Whether a row of `county` is in the current role's scope (the scope read once per statement).
        """
        CREATE FUNCTION safetyboard_sees(county text) RETURNS boolean LANGUAGE sql STABLE AS $fn$
          SELECT (SELECT safetyboard_scope()) IS NULL OR county = ANY ((SELECT safetyboard_scope())::text[])
        $fn$
        """,
        // The audit head as the whole chain has it, whatever the caller may read of it: an
        // officer's append links to the true newest row.
        """
        CREATE FUNCTION safetyboard_audit_head(OUT id bigint, OUT hash text, OUT count bigint) LANGUAGE sql STABLE SECURITY DEFINER
          SET search_path = public, pg_temp AS $fn$
          SELECT (SELECT a.id FROM audit a ORDER BY a.id DESC LIMIT 1), (SELECT a.hash FROM audit a ORDER BY a.id DESC LIMIT 1),
                 (SELECT COUNT(*) FROM audit)
        $fn$
        """,
        "ALTER FUNCTION store_change_note() SECURITY DEFINER SET search_path = public, pg_temp",
        "ALTER FUNCTION enterprise_moves() SECURITY DEFINER SET search_path = public, pg_temp",
        "ALTER FUNCTION enterprise_risk_changes() SECURITY DEFINER SET search_path = public, pg_temp",
        """
        DO $do$ DECLARE f record; BEGIN
          FOR f IN SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                   WHERE n.nspname = current_schema() AND p.prorettype = 'trigger'::regtype
                     AND p.proname ~ '_(insert|update|delete)$' LOOP
            EXECUTE format('ALTER FUNCTION %I() SECURITY DEFINER SET search_path = public, pg_temp', f.proname);
          END LOOP;
        END $do$
        """,
        // What every officer may do; the store's own rules (`AccessRule`) narrow it by role.
        "GRANT USAGE ON SCHEMA public TO safetyboard_officer",
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO safetyboard_officer",
        "GRANT INSERT, UPDATE ON jurisdiction, enterprise, hazard, training, inspection, county_fact, inspector, hazard_extension TO safetyboard_officer",
        "GRANT INSERT ON audit, hazard_attachment TO safetyboard_officer",
        "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO safetyboard_officer",
        "REVOKE ALL ON schema_migrations, store_change FROM safetyboard_officer",
        "GRANT SELECT ON schema_migrations, store_change TO safetyboard_officer",
    ] + ["hazard", "enterprise", "inspection", "training", "hazard_extension", "county_fact"].flatMap { table in
        [
            "ALTER TABLE \(table) ENABLE ROW LEVEL SECURITY",
            "CREATE POLICY \(table)_in_scope ON \(table) USING (safetyboard_sees(county)) WITH CHECK (safetyboard_sees(county))",
        ]
    } + [
        "ALTER TABLE hazard_attachment ENABLE ROW LEVEL SECURITY",
        // The hazard as the caller may see it: the policy of `hazard` applies inside.
        "CREATE POLICY hazard_attachment_in_scope ON hazard_attachment USING (EXISTS (SELECT 1 FROM hazard h WHERE h.id = hazard_id)) WITH CHECK (EXISTS (SELECT 1 FROM hazard h WHERE h.id = hazard_id))",
        "ALTER TABLE audit ENABLE ROW LEVEL SECURITY",
        """
        CREATE POLICY audit_in_scope ON audit FOR SELECT USING (
          (entity <> 'hazard' AND entity <> 'inspection')
          OR (entity = 'hazard' AND EXISTS (SELECT 1 FROM hazard h WHERE h.id = entity_id))
          OR (entity = 'inspection' AND EXISTS (SELECT 1 FROM inspection i WHERE i.id = entity_id)))
        """,
        "CREATE POLICY audit_append ON audit FOR INSERT WITH CHECK (true)",
    ])
}
