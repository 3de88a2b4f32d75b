extension Migration {
    /// Likely duplicates are looked up for every row of a triage window: the enterprise's
    /// hazards found within days of it, not all of the enterprise's hazards.
    static let v9 = Migration(identifier: "v9: hazards by enterprise and day", sql: """
        DROP INDEX hazard_enterprise;
        CREATE INDEX hazard_enterprise_found ON hazard(enterprise_id, found_on);
        """)
}
