extension Migration {
    /// Hazards awaiting verification (待验收) counted per county and grade by triggers, as the
    /// other summary tables are: the triage list's count and the console's "to verify" read a
    /// few rows, not the 300,000 rectified hazards of a province (v15 counted them at every read).
    static let v16 = Migration(identifier: "v16: hazards awaiting verification kept per county and grade", sql: """
        CREATE TABLE county_awaiting_verification (county TEXT NOT NULL, grade TEXT NOT NULL, awaiting INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county, grade)) WITHOUT ROWID;
        CREATE TRIGGER county_awaiting_verification_insert AFTER INSERT ON hazard BEGIN
          INSERT OR IGNORE INTO county_awaiting_verification (county, grade)
          SELECT NEW.county, NEW.grade WHERE NEW.status = 'rectified' AND NEW.duplicate_of IS NULL;
          UPDATE county_awaiting_verification SET awaiting = awaiting + COALESCE(1, 0)
          WHERE county = NEW.county AND grade = NEW.grade AND (NEW.status = 'rectified' AND NEW.duplicate_of IS NULL);
        END;
        CREATE TRIGGER county_awaiting_verification_delete AFTER DELETE ON hazard BEGIN
          UPDATE county_awaiting_verification SET awaiting = awaiting - COALESCE(1, 0)
          WHERE county = OLD.county AND grade = OLD.grade AND (OLD.status = 'rectified' AND OLD.duplicate_of IS NULL);
          DELETE FROM county_awaiting_verification WHERE county = OLD.county AND grade = OLD.grade AND awaiting = 0;
        END;
        CREATE TRIGGER county_awaiting_verification_update AFTER UPDATE ON hazard BEGIN
          UPDATE county_awaiting_verification SET awaiting = awaiting - COALESCE(1, 0)
          WHERE county = OLD.county AND grade = OLD.grade AND (OLD.status = 'rectified' AND OLD.duplicate_of IS NULL);
          DELETE FROM county_awaiting_verification WHERE county = OLD.county AND grade = OLD.grade AND awaiting = 0;
          INSERT OR IGNORE INTO county_awaiting_verification (county, grade)
          SELECT NEW.county, NEW.grade WHERE NEW.status = 'rectified' AND NEW.duplicate_of IS NULL;
          UPDATE county_awaiting_verification SET awaiting = awaiting + COALESCE(1, 0)
          WHERE county = NEW.county AND grade = NEW.grade AND (NEW.status = 'rectified' AND NEW.duplicate_of IS NULL);
        END;
        -- The queue as it stands.
        INSERT INTO county_awaiting_verification (county, grade, awaiting)
          SELECT hazard.county AS county, hazard.grade AS grade, COALESCE(SUM(1), 0) FROM hazard
          WHERE hazard.status = 'rectified' AND hazard.duplicate_of IS NULL GROUP BY hazard.county, hazard.grade;
        """)
}
