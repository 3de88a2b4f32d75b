extension Migration {
    /// A saved plan's inspections name the rule that planned them, for the progress lines.
    static let v3 = Migration(identifier: "v3: inspections remember their rule", sql: """
        ALTER TABLE inspection ADD COLUMN rule TEXT;
        CREATE INDEX inspection_rule ON inspection(county, rule, planned_on) WHERE rule IS NOT NULL;
        """)
}
