extension Migration {
    /// Monthly bulletins count hazards rectified in a month, per county.
    static let v2 = Migration(identifier: "v2: hazards by rectification day", sql: """
        CREATE INDEX hazard_county_rectified ON hazard(county, rectified_on) WHERE rectified_on IS NOT NULL;
        """)
}
