extension PostgresSchema.Migration {
    /// The county policies of pg v2 with the scope read once per statement. v2's policies call
    /// `safetyboard_sees(county)`, which PostgreSQL does not inline (its body has sub-selects),
    /// so it ran, with its lookup of the roster, once per row: an officer's search over the
    /// bundled data's 4,071 open hazards took 1.5 s where the owner's took 2 ms. Written into
    /// the policy, `(SELECT safetyboard_scope())` is an InitPlan, evaluated once per statement.
    static let v4 = PostgresSchema.Migration(identifier: "pg v4: county policies read the scope once per statement",
                                             statements: countyTables.flatMap { table in
        [
            "DROP POLICY \(table)_in_scope ON \(table)",
            "CREATE POLICY \(table)_in_scope ON \(table) USING (\(inScope)) WITH CHECK (\(inScope))",
        ]
    })

    /// The tables whose rows carry their county (pg v2's list).
    private static let countyTables = ["hazard", "enterprise", "inspection", "training", "hazard_extension", "county_fact"]

    /// Whether the row's `county` is in the logged-in role's scope (NULL scope: the whole province).
    private static let inScope = "(SELECT safetyboard_scope()) IS NULL OR county = ANY ((SELECT safetyboard_scope())::text[])"
}
