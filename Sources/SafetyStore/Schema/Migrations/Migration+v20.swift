extension Migration {
    /// Fewer pages for the console's first frame on a cold file (issue #16), measured by page
    /// at the 3M province (the console's `pread`s mapped to their b-trees with `dbstat`):
    /// - the latest day a hazard was found was a seek per county along hazard_county_found_kept
    ///   (288 pages): now hazards found per county and day (`SummaryTables.v20`), kept by
    ///   triggers like the other summary tables, and one seek in its day index;
    /// - the overdue hazards of the as-of month were read by county_open_deadline_day and then
    ///   each (county, day) row from its table (158 pages): the day index now holds the count;
    /// - an enterprise's name for a hazard row was a seek in the id index and one in the table
    ///   (2 pages a row, 290 for the console's window): an index of the columns hazard rows show
    ///   of their enterprise (the console's and triage's) answers from itself.
    static let v20 = Migration(identifier: "v20: hazards found per county and day; covering indexes for the console's first frame", sql: """
        CREATE TABLE county_found_day (county TEXT NOT NULL, found_on TEXT NOT NULL, found INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county, found_on)) WITHOUT ROWID;
        CREATE TRIGGER county_found_day_insert AFTER INSERT ON hazard BEGIN
          INSERT OR IGNORE INTO county_found_day (county, found_on)
          SELECT NEW.county, NEW.found_on WHERE NEW.duplicate_of IS NULL;
          UPDATE county_found_day SET found = found + COALESCE(1, 0)
          WHERE county = NEW.county AND found_on = NEW.found_on AND (NEW.duplicate_of IS NULL);
        END;
        CREATE TRIGGER county_found_day_delete AFTER DELETE ON hazard BEGIN
          UPDATE county_found_day SET found = found - COALESCE(1, 0)
          WHERE county = OLD.county AND found_on = OLD.found_on AND (OLD.duplicate_of IS NULL);
          DELETE FROM county_found_day WHERE county = OLD.county AND found_on = OLD.found_on AND found = 0;
        END;
        CREATE TRIGGER county_found_day_update AFTER UPDATE ON hazard
          WHEN (OLD.county) IS NOT (NEW.county)
            OR (OLD.found_on) IS NOT (NEW.found_on)
            OR (OLD.duplicate_of IS NULL) IS NOT (NEW.duplicate_of IS NULL) BEGIN
          UPDATE county_found_day SET found = found - COALESCE(1, 0)
          WHERE county = OLD.county AND found_on = OLD.found_on AND (OLD.duplicate_of IS NULL);
          DELETE FROM county_found_day WHERE county = OLD.county AND found_on = OLD.found_on AND found = 0;
          INSERT OR IGNORE INTO county_found_day (county, found_on)
          SELECT NEW.county, NEW.found_on WHERE NEW.duplicate_of IS NULL;
          UPDATE county_found_day SET found = found + COALESCE(1, 0)
          WHERE county = NEW.county AND found_on = NEW.found_on AND (NEW.duplicate_of IS NULL);
        END;
        CREATE INDEX county_found_day_day ON county_found_day(found_on);
        DROP INDEX county_open_deadline_day;
        CREATE INDEX county_open_deadline_day_open ON county_open_deadline(deadline, open);
        CREATE INDEX enterprise_as_listed ON enterprise(id, name, town, industry, risk_level);
        -- The hazards as they stand.
        INSERT INTO county_found_day (county, found_on, found)
          SELECT hazard.county AS county, hazard.found_on AS found_on, COALESCE(SUM(1), 0) FROM hazard
          WHERE hazard.duplicate_of IS NULL GROUP BY hazard.county, hazard.found_on;
        """)
}
