extension Migration {
    /// An inspection recorded as done links the hazards it found.
    static let v4 = Migration(identifier: "v4: hazards link the inspection that found them", sql: """
        ALTER TABLE hazard ADD COLUMN inspection_id TEXT;
        CREATE INDEX hazard_inspection ON hazard(inspection_id) WHERE inspection_id IS NOT NULL;
        """)
}
