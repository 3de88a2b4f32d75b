extension Migration {
    /// Overdue counts (every county's, for the console and the ranking) and town figures
    /// read summary rows instead of every open hazard or every hazard of a county: the tables
    /// and their triggers, a recount of the rows already there, the trigger that recounts a
    /// county's towns when an enterprise moves, and a county's pending inspections by day.
    static let v8 = Migration(identifier: "v8: figures by due day and by town", sql: """
        -- The tables and the triggers that keep them.
        CREATE TABLE county_open_deadline (county TEXT NOT NULL, deadline TEXT NOT NULL, open INTEGER NOT NULL DEFAULT 0, major INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county, deadline)) WITHOUT ROWID;
        CREATE TRIGGER county_open_deadline_insert AFTER INSERT ON hazard BEGIN
          INSERT OR IGNORE INTO county_open_deadline (county, deadline)
          SELECT NEW.county, NEW.deadline WHERE NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL;
          UPDATE county_open_deadline SET open = open + COALESCE(1, 0), major = major + COALESCE(NEW.grade = 'major', 0)
          WHERE county = NEW.county AND deadline = NEW.deadline AND (NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL);
        END;
        CREATE TRIGGER county_open_deadline_delete AFTER DELETE ON hazard BEGIN
          UPDATE county_open_deadline SET open = open - COALESCE(1, 0), major = major - COALESCE(OLD.grade = 'major', 0)
          WHERE county = OLD.county AND deadline = OLD.deadline AND (OLD.status IN ('open','assigned','rectifying') AND OLD.duplicate_of IS NULL AND OLD.deadline IS NOT NULL);
          DELETE FROM county_open_deadline WHERE county = OLD.county AND deadline = OLD.deadline AND open = 0;
        END;
        CREATE TRIGGER county_open_deadline_update AFTER UPDATE ON hazard BEGIN
          UPDATE county_open_deadline SET open = open - COALESCE(1, 0), major = major - COALESCE(OLD.grade = 'major', 0)
          WHERE county = OLD.county AND deadline = OLD.deadline AND (OLD.status IN ('open','assigned','rectifying') AND OLD.duplicate_of IS NULL AND OLD.deadline IS NOT NULL);
          DELETE FROM county_open_deadline WHERE county = OLD.county AND deadline = OLD.deadline AND open = 0;
          INSERT OR IGNORE INTO county_open_deadline (county, deadline)
          SELECT NEW.county, NEW.deadline WHERE NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL;
          UPDATE county_open_deadline SET open = open + COALESCE(1, 0), major = major + COALESCE(NEW.grade = 'major', 0)
          WHERE county = NEW.county AND deadline = NEW.deadline AND (NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL);
        END;
        CREATE TABLE county_inspection_pending (county TEXT NOT NULL, kind TEXT NOT NULL, planned_on TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county, kind, planned_on)) WITHOUT ROWID;
        CREATE TRIGGER county_inspection_pending_insert AFTER INSERT ON inspection BEGIN
          INSERT OR IGNORE INTO county_inspection_pending (county, kind, planned_on)
          SELECT NEW.county, NEW.kind, NEW.planned_on WHERE NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL;
          UPDATE county_inspection_pending SET pending = pending + COALESCE(1, 0)
          WHERE county = NEW.county AND kind = NEW.kind AND planned_on = NEW.planned_on AND (NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL);
        END;
        CREATE TRIGGER county_inspection_pending_delete AFTER DELETE ON inspection BEGIN
          UPDATE county_inspection_pending SET pending = pending - COALESCE(1, 0)
          WHERE county = OLD.county AND kind = OLD.kind AND planned_on = OLD.planned_on AND (OLD.done_on IS NULL AND OLD.planned_on IS NOT NULL);
          DELETE FROM county_inspection_pending WHERE county = OLD.county AND kind = OLD.kind AND planned_on = OLD.planned_on AND pending = 0;
        END;
        CREATE TRIGGER county_inspection_pending_update AFTER UPDATE ON inspection BEGIN
          UPDATE county_inspection_pending SET pending = pending - COALESCE(1, 0)
          WHERE county = OLD.county AND kind = OLD.kind AND planned_on = OLD.planned_on AND (OLD.done_on IS NULL AND OLD.planned_on IS NOT NULL);
          DELETE FROM county_inspection_pending WHERE county = OLD.county AND kind = OLD.kind AND planned_on = OLD.planned_on AND pending = 0;
          INSERT OR IGNORE INTO county_inspection_pending (county, kind, planned_on)
          SELECT NEW.county, NEW.kind, NEW.planned_on WHERE NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL;
          UPDATE county_inspection_pending SET pending = pending + COALESCE(1, 0)
          WHERE county = NEW.county AND kind = NEW.kind AND planned_on = NEW.planned_on AND (NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL);
        END;
        CREATE TABLE county_month_found (county TEXT NOT NULL, month TEXT NOT NULL, found INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county, month)) WITHOUT ROWID;
        CREATE TRIGGER county_month_found_insert AFTER INSERT ON hazard BEGIN
          INSERT OR IGNORE INTO county_month_found (county, month)
          SELECT NEW.county, substr(NEW.found_on, 1, 7) WHERE NEW.duplicate_of IS NULL;
          UPDATE county_month_found SET found = found + COALESCE(1, 0)
          WHERE county = NEW.county AND month = substr(NEW.found_on, 1, 7) AND (NEW.duplicate_of IS NULL);
        END;
        CREATE TRIGGER county_month_found_delete AFTER DELETE ON hazard BEGIN
          UPDATE county_month_found SET found = found - COALESCE(1, 0)
          WHERE county = OLD.county AND month = substr(OLD.found_on, 1, 7) AND (OLD.duplicate_of IS NULL);
          DELETE FROM county_month_found WHERE county = OLD.county AND month = substr(OLD.found_on, 1, 7) AND found = 0;
        END;
        CREATE TRIGGER county_month_found_update AFTER UPDATE ON hazard BEGIN
          UPDATE county_month_found SET found = found - COALESCE(1, 0)
          WHERE county = OLD.county AND month = substr(OLD.found_on, 1, 7) AND (OLD.duplicate_of IS NULL);
          DELETE FROM county_month_found WHERE county = OLD.county AND month = substr(OLD.found_on, 1, 7) AND found = 0;
          INSERT OR IGNORE INTO county_month_found (county, month)
          SELECT NEW.county, substr(NEW.found_on, 1, 7) WHERE NEW.duplicate_of IS NULL;
          UPDATE county_month_found SET found = found + COALESCE(1, 0)
          WHERE county = NEW.county AND month = substr(NEW.found_on, 1, 7) AND (NEW.duplicate_of IS NULL);
        END;
        CREATE TABLE county_month_rectified (county TEXT NOT NULL, month TEXT NOT NULL, rectified INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county, month)) WITHOUT ROWID;
        CREATE TRIGGER county_month_rectified_insert AFTER INSERT ON hazard BEGIN
          INSERT OR IGNORE INTO county_month_rectified (county, month)
          SELECT NEW.county, substr(NEW.rectified_on, 1, 7) WHERE NEW.duplicate_of IS NULL AND NEW.rectified_on IS NOT NULL;
          UPDATE county_month_rectified SET rectified = rectified + COALESCE(1, 0)
          WHERE county = NEW.county AND month = substr(NEW.rectified_on, 1, 7) AND (NEW.duplicate_of IS NULL AND NEW.rectified_on IS NOT NULL);
        END;
        CREATE TRIGGER county_month_rectified_delete AFTER DELETE ON hazard BEGIN
          UPDATE county_month_rectified SET rectified = rectified - COALESCE(1, 0)
          WHERE county = OLD.county AND month = substr(OLD.rectified_on, 1, 7) AND (OLD.duplicate_of IS NULL AND OLD.rectified_on IS NOT NULL);
          DELETE FROM county_month_rectified WHERE county = OLD.county AND month = substr(OLD.rectified_on, 1, 7) AND rectified = 0;
        END;
        CREATE TRIGGER county_month_rectified_update AFTER UPDATE ON hazard BEGIN
          UPDATE county_month_rectified SET rectified = rectified - COALESCE(1, 0)
          WHERE county = OLD.county AND month = substr(OLD.rectified_on, 1, 7) AND (OLD.duplicate_of IS NULL AND OLD.rectified_on IS NOT NULL);
          DELETE FROM county_month_rectified WHERE county = OLD.county AND month = substr(OLD.rectified_on, 1, 7) AND rectified = 0;
          INSERT OR IGNORE INTO county_month_rectified (county, month)
          SELECT NEW.county, substr(NEW.rectified_on, 1, 7) WHERE NEW.duplicate_of IS NULL AND NEW.rectified_on IS NOT NULL;
          UPDATE county_month_rectified SET rectified = rectified + COALESCE(1, 0)
          WHERE county = NEW.county AND month = substr(NEW.rectified_on, 1, 7) AND (NEW.duplicate_of IS NULL AND NEW.rectified_on IS NOT NULL);
        END;
        CREATE TABLE town_hazard_stats (county TEXT NOT NULL, town TEXT NOT NULL, found INTEGER NOT NULL DEFAULT 0, rectified INTEGER NOT NULL DEFAULT 0, major_found INTEGER NOT NULL DEFAULT 0, major_rectified INTEGER NOT NULL DEFAULT 0, listed INTEGER NOT NULL DEFAULT 0, delisted INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county, town)) WITHOUT ROWID;
        CREATE TRIGGER town_hazard_stats_insert AFTER INSERT ON hazard BEGIN
          INSERT OR IGNORE INTO town_hazard_stats (county, town)
          SELECT NEW.county, (SELECT town FROM enterprise WHERE id = NEW.enterprise_id) WHERE NEW.duplicate_of IS NULL;
          UPDATE town_hazard_stats SET found = found + COALESCE(1, 0), rectified = rectified + COALESCE(NEW.status IN ('rectified','closed'), 0), major_found = major_found + COALESCE(NEW.grade = 'major', 0), major_rectified = major_rectified + COALESCE(NEW.grade = 'major' AND NEW.status IN ('rectified','closed'), 0), listed = listed + COALESCE(NEW.listed_on IS NOT NULL, 0), delisted = delisted + COALESCE(NEW.delisted_on IS NOT NULL, 0)
          WHERE county = NEW.county AND town = (SELECT town FROM enterprise WHERE id = NEW.enterprise_id) AND (NEW.duplicate_of IS NULL);
        END;
        CREATE TRIGGER town_hazard_stats_delete AFTER DELETE ON hazard BEGIN
          UPDATE town_hazard_stats SET found = found - COALESCE(1, 0), rectified = rectified - COALESCE(OLD.status IN ('rectified','closed'), 0), major_found = major_found - COALESCE(OLD.grade = 'major', 0), major_rectified = major_rectified - COALESCE(OLD.grade = 'major' AND OLD.status IN ('rectified','closed'), 0), listed = listed - COALESCE(OLD.listed_on IS NOT NULL, 0), delisted = delisted - COALESCE(OLD.delisted_on IS NOT NULL, 0)
          WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND (OLD.duplicate_of IS NULL);
          DELETE FROM town_hazard_stats WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND found = 0;
        END;
        CREATE TRIGGER town_hazard_stats_update AFTER UPDATE ON hazard BEGIN
          UPDATE town_hazard_stats SET found = found - COALESCE(1, 0), rectified = rectified - COALESCE(OLD.status IN ('rectified','closed'), 0), major_found = major_found - COALESCE(OLD.grade = 'major', 0), major_rectified = major_rectified - COALESCE(OLD.grade = 'major' AND OLD.status IN ('rectified','closed'), 0), listed = listed - COALESCE(OLD.listed_on IS NOT NULL, 0), delisted = delisted - COALESCE(OLD.delisted_on IS NOT NULL, 0)
          WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND (OLD.duplicate_of IS NULL);
          DELETE FROM town_hazard_stats WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND found = 0;
          INSERT OR IGNORE INTO town_hazard_stats (county, town)
          SELECT NEW.county, (SELECT town FROM enterprise WHERE id = NEW.enterprise_id) WHERE NEW.duplicate_of IS NULL;
          UPDATE town_hazard_stats SET found = found + COALESCE(1, 0), rectified = rectified + COALESCE(NEW.status IN ('rectified','closed'), 0), major_found = major_found + COALESCE(NEW.grade = 'major', 0), major_rectified = major_rectified + COALESCE(NEW.grade = 'major' AND NEW.status IN ('rectified','closed'), 0), listed = listed + COALESCE(NEW.listed_on IS NOT NULL, 0), delisted = delisted + COALESCE(NEW.delisted_on IS NOT NULL, 0)
          WHERE county = NEW.county AND town = (SELECT town FROM enterprise WHERE id = NEW.enterprise_id) AND (NEW.duplicate_of IS NULL);
        END;
        CREATE TABLE town_inspection_stats (county TEXT NOT NULL, town TEXT NOT NULL, rows INTEGER NOT NULL DEFAULT 0, planned INTEGER NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county, town)) WITHOUT ROWID;
        CREATE TRIGGER town_inspection_stats_insert AFTER INSERT ON inspection BEGIN
          INSERT OR IGNORE INTO town_inspection_stats (county, town)
          SELECT NEW.county, (SELECT town FROM enterprise WHERE id = NEW.enterprise_id) WHERE NEW.enterprise_id IS NOT NULL;
          UPDATE town_inspection_stats SET rows = rows + COALESCE(1, 0), planned = planned + COALESCE(NEW.planned_on IS NOT NULL, 0), done = done + COALESCE(NEW.done_on IS NOT NULL, 0)
          WHERE county = NEW.county AND town = (SELECT town FROM enterprise WHERE id = NEW.enterprise_id) AND (NEW.enterprise_id IS NOT NULL);
        END;
        CREATE TRIGGER town_inspection_stats_delete AFTER DELETE ON inspection BEGIN
          UPDATE town_inspection_stats SET rows = rows - COALESCE(1, 0), planned = planned - COALESCE(OLD.planned_on IS NOT NULL, 0), done = done - COALESCE(OLD.done_on IS NOT NULL, 0)
          WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND (OLD.enterprise_id IS NOT NULL);
          DELETE FROM town_inspection_stats WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND rows = 0;
        END;
        CREATE TRIGGER town_inspection_stats_update AFTER UPDATE ON inspection BEGIN
          UPDATE town_inspection_stats SET rows = rows - COALESCE(1, 0), planned = planned - COALESCE(OLD.planned_on IS NOT NULL, 0), done = done - COALESCE(OLD.done_on IS NOT NULL, 0)
          WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND (OLD.enterprise_id IS NOT NULL);
          DELETE FROM town_inspection_stats WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND rows = 0;
          INSERT OR IGNORE INTO town_inspection_stats (county, town)
          SELECT NEW.county, (SELECT town FROM enterprise WHERE id = NEW.enterprise_id) WHERE NEW.enterprise_id IS NOT NULL;
          UPDATE town_inspection_stats SET rows = rows + COALESCE(1, 0), planned = planned + COALESCE(NEW.planned_on IS NOT NULL, 0), done = done + COALESCE(NEW.done_on IS NOT NULL, 0)
          WHERE county = NEW.county AND town = (SELECT town FROM enterprise WHERE id = NEW.enterprise_id) AND (NEW.enterprise_id IS NOT NULL);
        END;
        -- Filled from the rows already there (a recount).
        DELETE FROM county_open_deadline;
        INSERT INTO county_open_deadline (county, deadline, open, major)
          SELECT hazard.county AS county, hazard.deadline AS deadline, COALESCE(SUM(1), 0), COALESCE(SUM(hazard.grade = 'major'), 0) FROM hazard
          WHERE hazard.status IN ('open','assigned','rectifying') AND hazard.duplicate_of IS NULL AND hazard.deadline IS NOT NULL GROUP BY hazard.county, hazard.deadline;
        DELETE FROM county_inspection_pending;
        INSERT INTO county_inspection_pending (county, kind, planned_on, pending)
          SELECT inspection.county AS county, inspection.kind AS kind, inspection.planned_on AS planned_on, COALESCE(SUM(1), 0) FROM inspection
          WHERE inspection.done_on IS NULL AND inspection.planned_on IS NOT NULL GROUP BY inspection.county, inspection.kind, inspection.planned_on;
        DELETE FROM county_month_found;
        INSERT INTO county_month_found (county, month, found)
          SELECT hazard.county AS county, substr(hazard.found_on, 1, 7) AS month, COALESCE(SUM(1), 0) FROM hazard
          WHERE hazard.duplicate_of IS NULL GROUP BY hazard.county, substr(hazard.found_on, 1, 7);
        DELETE FROM county_month_rectified;
        INSERT INTO county_month_rectified (county, month, rectified)
          SELECT hazard.county AS county, substr(hazard.rectified_on, 1, 7) AS month, COALESCE(SUM(1), 0) FROM hazard
          WHERE hazard.duplicate_of IS NULL AND hazard.rectified_on IS NOT NULL GROUP BY hazard.county, substr(hazard.rectified_on, 1, 7);
        DELETE FROM town_hazard_stats;
        INSERT INTO town_hazard_stats (county, town, found, rectified, major_found, major_rectified, listed, delisted)
          SELECT hazard.county AS county, (SELECT town FROM enterprise WHERE id = hazard.enterprise_id) AS town, COALESCE(SUM(1), 0), COALESCE(SUM(hazard.status IN ('rectified','closed')), 0), COALESCE(SUM(hazard.grade = 'major'), 0), COALESCE(SUM(hazard.grade = 'major' AND hazard.status IN ('rectified','closed')), 0), COALESCE(SUM(hazard.listed_on IS NOT NULL), 0), COALESCE(SUM(hazard.delisted_on IS NOT NULL), 0) FROM hazard
          WHERE hazard.duplicate_of IS NULL GROUP BY hazard.county, (SELECT town FROM enterprise WHERE id = hazard.enterprise_id);
        DELETE FROM town_inspection_stats;
        INSERT INTO town_inspection_stats (county, town, rows, planned, done)
          SELECT inspection.county AS county, (SELECT town FROM enterprise WHERE id = inspection.enterprise_id) AS town, COALESCE(SUM(1), 0), COALESCE(SUM(inspection.planned_on IS NOT NULL), 0), COALESCE(SUM(inspection.done_on IS NOT NULL), 0) FROM inspection
          WHERE inspection.enterprise_id IS NOT NULL GROUP BY inspection.county, (SELECT town FROM enterprise WHERE id = inspection.enterprise_id);
        -- A moved enterprise recounts its counties' towns; a red one changing, its inspections.
        CREATE TRIGGER enterprise_moves AFTER UPDATE OF town, county ON enterprise
        WHEN OLD.town IS NOT NEW.town OR OLD.county IS NOT NEW.county BEGIN
          DELETE FROM town_hazard_stats WHERE town_hazard_stats.county IN (OLD.county, NEW.county);
        INSERT INTO town_hazard_stats (county, town, found, rectified, major_found, major_rectified, listed, delisted)
          SELECT hazard.county AS county, (SELECT town FROM enterprise WHERE id = hazard.enterprise_id) AS town, COALESCE(SUM(1), 0), COALESCE(SUM(hazard.status IN ('rectified','closed')), 0), COALESCE(SUM(hazard.grade = 'major'), 0), COALESCE(SUM(hazard.grade = 'major' AND hazard.status IN ('rectified','closed')), 0), COALESCE(SUM(hazard.listed_on IS NOT NULL), 0), COALESCE(SUM(hazard.delisted_on IS NOT NULL), 0) FROM hazard
          WHERE hazard.duplicate_of IS NULL AND hazard.county IN (OLD.county, NEW.county) GROUP BY hazard.county, (SELECT town FROM enterprise WHERE id = hazard.enterprise_id);
        DELETE FROM town_inspection_stats WHERE town_inspection_stats.county IN (OLD.county, NEW.county);
        INSERT INTO town_inspection_stats (county, town, rows, planned, done)
          SELECT inspection.county AS county, (SELECT town FROM enterprise WHERE id = inspection.enterprise_id) AS town, COALESCE(SUM(1), 0), COALESCE(SUM(inspection.planned_on IS NOT NULL), 0), COALESCE(SUM(inspection.done_on IS NOT NULL), 0) FROM inspection
          WHERE inspection.enterprise_id IS NOT NULL AND inspection.county IN (OLD.county, NEW.county) GROUP BY inspection.county, (SELECT town FROM enterprise WHERE id = inspection.enterprise_id);
        END;
        -- A county's pending inspections by day, for its towns' overdue counts.
        CREATE INDEX inspection_county_pending ON inspection(county, planned_on, enterprise_id) WHERE done_on IS NULL;
        """)
}
