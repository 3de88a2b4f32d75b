extension Migration {
    /// A county's page and its towns, and the console's red visits, read summary rows: the
    /// tables and their triggers, a recount, the enterprise triggers remade for the v8 and v10
    /// tables, and an index to recount a red enterprise's rows when it changes.
    static let v10 = Migration(identifier: "v10: figures by town; red enterprises' inspections by day", sql: """
        -- The tables and the triggers that keep them.
        CREATE TABLE town_enterprise_stats (county TEXT NOT NULL, town TEXT NOT NULL, total INTEGER NOT NULL DEFAULT 0, key_supervised INTEGER NOT NULL DEFAULT 0, above_scale INTEGER NOT NULL DEFAULT 0, red INTEGER NOT NULL DEFAULT 0, orange INTEGER NOT NULL DEFAULT 0, yellow INTEGER NOT NULL DEFAULT 0, blue INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county, town)) WITHOUT ROWID;
        CREATE TRIGGER town_enterprise_stats_insert AFTER INSERT ON enterprise BEGIN
          INSERT OR IGNORE INTO town_enterprise_stats (county, town)
          SELECT NEW.county, NEW.town WHERE 1;
          UPDATE town_enterprise_stats SET total = total + COALESCE(1, 0), key_supervised = key_supervised + COALESCE(NEW.key_supervised, 0), above_scale = above_scale + COALESCE(NEW.scale = 'above', 0), red = red + COALESCE(NEW.risk_level = 'red', 0), orange = orange + COALESCE(NEW.risk_level = 'orange', 0), yellow = yellow + COALESCE(NEW.risk_level = 'yellow', 0), blue = blue + COALESCE(NEW.risk_level = 'blue', 0)
          WHERE county = NEW.county AND town = NEW.town AND (1);
        END;
        CREATE TRIGGER town_enterprise_stats_delete AFTER DELETE ON enterprise BEGIN
          UPDATE town_enterprise_stats SET total = total - COALESCE(1, 0), key_supervised = key_supervised - COALESCE(OLD.key_supervised, 0), above_scale = above_scale - COALESCE(OLD.scale = 'above', 0), red = red - COALESCE(OLD.risk_level = 'red', 0), orange = orange - COALESCE(OLD.risk_level = 'orange', 0), yellow = yellow - COALESCE(OLD.risk_level = 'yellow', 0), blue = blue - COALESCE(OLD.risk_level = 'blue', 0)
          WHERE county = OLD.county AND town = OLD.town AND (1);
          DELETE FROM town_enterprise_stats WHERE county = OLD.county AND town = OLD.town AND total = 0;
        END;
        CREATE TRIGGER town_enterprise_stats_update AFTER UPDATE ON enterprise BEGIN
          UPDATE town_enterprise_stats SET total = total - COALESCE(1, 0), key_supervised = key_supervised - COALESCE(OLD.key_supervised, 0), above_scale = above_scale - COALESCE(OLD.scale = 'above', 0), red = red - COALESCE(OLD.risk_level = 'red', 0), orange = orange - COALESCE(OLD.risk_level = 'orange', 0), yellow = yellow - COALESCE(OLD.risk_level = 'yellow', 0), blue = blue - COALESCE(OLD.risk_level = 'blue', 0)
          WHERE county = OLD.county AND town = OLD.town AND (1);
          DELETE FROM town_enterprise_stats WHERE county = OLD.county AND town = OLD.town AND total = 0;
          INSERT OR IGNORE INTO town_enterprise_stats (county, town)
          SELECT NEW.county, NEW.town WHERE 1;
          UPDATE town_enterprise_stats SET total = total + COALESCE(1, 0), key_supervised = key_supervised + COALESCE(NEW.key_supervised, 0), above_scale = above_scale + COALESCE(NEW.scale = 'above', 0), red = red + COALESCE(NEW.risk_level = 'red', 0), orange = orange + COALESCE(NEW.risk_level = 'orange', 0), yellow = yellow + COALESCE(NEW.risk_level = 'yellow', 0), blue = blue + COALESCE(NEW.risk_level = 'blue', 0)
          WHERE county = NEW.county AND town = NEW.town AND (1);
        END;
        CREATE TABLE industry_enterprise_stats (county TEXT NOT NULL, industry TEXT NOT NULL, total INTEGER NOT NULL DEFAULT 0, red INTEGER NOT NULL DEFAULT 0, orange INTEGER NOT NULL DEFAULT 0, yellow INTEGER NOT NULL DEFAULT 0, blue INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county, industry)) WITHOUT ROWID;
        CREATE TRIGGER industry_enterprise_stats_insert AFTER INSERT ON enterprise BEGIN
          INSERT OR IGNORE INTO industry_enterprise_stats (county, industry)
          SELECT NEW.county, NEW.industry WHERE 1;
          UPDATE industry_enterprise_stats SET total = total + COALESCE(1, 0), red = red + COALESCE(NEW.risk_level = 'red', 0), orange = orange + COALESCE(NEW.risk_level = 'orange', 0), yellow = yellow + COALESCE(NEW.risk_level = 'yellow', 0), blue = blue + COALESCE(NEW.risk_level = 'blue', 0)
          WHERE county = NEW.county AND industry = NEW.industry AND (1);
        END;
        CREATE TRIGGER industry_enterprise_stats_delete AFTER DELETE ON enterprise BEGIN
          UPDATE industry_enterprise_stats SET total = total - COALESCE(1, 0), red = red - COALESCE(OLD.risk_level = 'red', 0), orange = orange - COALESCE(OLD.risk_level = 'orange', 0), yellow = yellow - COALESCE(OLD.risk_level = 'yellow', 0), blue = blue - COALESCE(OLD.risk_level = 'blue', 0)
          WHERE county = OLD.county AND industry = OLD.industry AND (1);
          DELETE FROM industry_enterprise_stats WHERE county = OLD.county AND industry = OLD.industry AND total = 0;
        END;
        CREATE TRIGGER industry_enterprise_stats_update AFTER UPDATE ON enterprise BEGIN
          UPDATE industry_enterprise_stats SET total = total - COALESCE(1, 0), red = red - COALESCE(OLD.risk_level = 'red', 0), orange = orange - COALESCE(OLD.risk_level = 'orange', 0), yellow = yellow - COALESCE(OLD.risk_level = 'yellow', 0), blue = blue - COALESCE(OLD.risk_level = 'blue', 0)
          WHERE county = OLD.county AND industry = OLD.industry AND (1);
          DELETE FROM industry_enterprise_stats WHERE county = OLD.county AND industry = OLD.industry AND total = 0;
          INSERT OR IGNORE INTO industry_enterprise_stats (county, industry)
          SELECT NEW.county, NEW.industry WHERE 1;
          UPDATE industry_enterprise_stats SET total = total + COALESCE(1, 0), red = red + COALESCE(NEW.risk_level = 'red', 0), orange = orange + COALESCE(NEW.risk_level = 'orange', 0), yellow = yellow + COALESCE(NEW.risk_level = 'yellow', 0), blue = blue + COALESCE(NEW.risk_level = 'blue', 0)
          WHERE county = NEW.county AND industry = NEW.industry AND (1);
        END;
        CREATE TABLE town_open_deadline (county TEXT NOT NULL, town TEXT NOT NULL, deadline TEXT NOT NULL, open INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county, town, deadline)) WITHOUT ROWID;
        CREATE TRIGGER town_open_deadline_insert AFTER INSERT ON hazard BEGIN
          INSERT OR IGNORE INTO town_open_deadline (county, town, deadline)
          SELECT NEW.county, (SELECT town FROM enterprise WHERE id = NEW.enterprise_id), NEW.deadline WHERE NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL;
          UPDATE town_open_deadline SET open = open + COALESCE(1, 0)
          WHERE county = NEW.county AND town = (SELECT town FROM enterprise WHERE id = NEW.enterprise_id) AND deadline = NEW.deadline AND (NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL);
        END;
        CREATE TRIGGER town_open_deadline_delete AFTER DELETE ON hazard BEGIN
          UPDATE town_open_deadline SET open = open - COALESCE(1, 0)
          WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND deadline = OLD.deadline AND (OLD.status IN ('open','assigned','rectifying') AND OLD.duplicate_of IS NULL AND OLD.deadline IS NOT NULL);
          DELETE FROM town_open_deadline WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND deadline = OLD.deadline AND open = 0;
        END;
        CREATE TRIGGER town_open_deadline_update AFTER UPDATE ON hazard BEGIN
          UPDATE town_open_deadline SET open = open - COALESCE(1, 0)
          WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND deadline = OLD.deadline AND (OLD.status IN ('open','assigned','rectifying') AND OLD.duplicate_of IS NULL AND OLD.deadline IS NOT NULL);
          DELETE FROM town_open_deadline WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND deadline = OLD.deadline AND open = 0;
          INSERT OR IGNORE INTO town_open_deadline (county, town, deadline)
          SELECT NEW.county, (SELECT town FROM enterprise WHERE id = NEW.enterprise_id), NEW.deadline WHERE NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL;
          UPDATE town_open_deadline SET open = open + COALESCE(1, 0)
          WHERE county = NEW.county AND town = (SELECT town FROM enterprise WHERE id = NEW.enterprise_id) AND deadline = NEW.deadline AND (NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL);
        END;
        CREATE TABLE town_inspection_pending (county TEXT NOT NULL, town TEXT NOT NULL, planned_on TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county, town, planned_on)) WITHOUT ROWID;
        CREATE TRIGGER town_inspection_pending_insert AFTER INSERT ON inspection BEGIN
          INSERT OR IGNORE INTO town_inspection_pending (county, town, planned_on)
          SELECT NEW.county, (SELECT town FROM enterprise WHERE id = NEW.enterprise_id), NEW.planned_on WHERE NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL AND NEW.enterprise_id IS NOT NULL;
          UPDATE town_inspection_pending SET pending = pending + COALESCE(1, 0)
          WHERE county = NEW.county AND town = (SELECT town FROM enterprise WHERE id = NEW.enterprise_id) AND planned_on = NEW.planned_on AND (NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL AND NEW.enterprise_id IS NOT NULL);
        END;
        CREATE TRIGGER town_inspection_pending_delete AFTER DELETE ON inspection BEGIN
          UPDATE town_inspection_pending SET pending = pending - COALESCE(1, 0)
          WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND planned_on = OLD.planned_on AND (OLD.done_on IS NULL AND OLD.planned_on IS NOT NULL AND OLD.enterprise_id IS NOT NULL);
          DELETE FROM town_inspection_pending WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND planned_on = OLD.planned_on AND pending = 0;
        END;
        CREATE TRIGGER town_inspection_pending_update AFTER UPDATE ON inspection BEGIN
          UPDATE town_inspection_pending SET pending = pending - COALESCE(1, 0)
          WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND planned_on = OLD.planned_on AND (OLD.done_on IS NULL AND OLD.planned_on IS NOT NULL AND OLD.enterprise_id IS NOT NULL);
          DELETE FROM town_inspection_pending WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND planned_on = OLD.planned_on AND pending = 0;
          INSERT OR IGNORE INTO town_inspection_pending (county, town, planned_on)
          SELECT NEW.county, (SELECT town FROM enterprise WHERE id = NEW.enterprise_id), NEW.planned_on WHERE NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL AND NEW.enterprise_id IS NOT NULL;
          UPDATE town_inspection_pending SET pending = pending + COALESCE(1, 0)
          WHERE county = NEW.county AND town = (SELECT town FROM enterprise WHERE id = NEW.enterprise_id) AND planned_on = NEW.planned_on AND (NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL AND NEW.enterprise_id IS NOT NULL);
        END;
        CREATE TABLE red_inspection_day (done_on TEXT NOT NULL, county TEXT NOT NULL, enterprise_id TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (done_on, county, enterprise_id)) WITHOUT ROWID;
        CREATE TRIGGER red_inspection_day_insert AFTER INSERT ON inspection BEGIN
          INSERT OR IGNORE INTO red_inspection_day (done_on, county, enterprise_id)
          SELECT NEW.done_on, (SELECT county FROM enterprise WHERE id = NEW.enterprise_id), NEW.enterprise_id WHERE NEW.done_on IS NOT NULL AND (SELECT risk_level FROM enterprise WHERE id = NEW.enterprise_id) = 'red';
          UPDATE red_inspection_day SET done = done + COALESCE(1, 0)
          WHERE done_on = NEW.done_on AND county = (SELECT county FROM enterprise WHERE id = NEW.enterprise_id) AND enterprise_id = NEW.enterprise_id AND (NEW.done_on IS NOT NULL AND (SELECT risk_level FROM enterprise WHERE id = NEW.enterprise_id) = 'red');
        END;
        CREATE TRIGGER red_inspection_day_delete AFTER DELETE ON inspection BEGIN
          UPDATE red_inspection_day SET done = done - COALESCE(1, 0)
          WHERE done_on = OLD.done_on AND county = (SELECT county FROM enterprise WHERE id = OLD.enterprise_id) AND enterprise_id = OLD.enterprise_id AND (OLD.done_on IS NOT NULL AND (SELECT risk_level FROM enterprise WHERE id = OLD.enterprise_id) = 'red');
          DELETE FROM red_inspection_day WHERE done_on = OLD.done_on AND county = (SELECT county FROM enterprise WHERE id = OLD.enterprise_id) AND enterprise_id = OLD.enterprise_id AND done = 0;
        END;
        CREATE TRIGGER red_inspection_day_update AFTER UPDATE ON inspection BEGIN
          UPDATE red_inspection_day SET done = done - COALESCE(1, 0)
          WHERE done_on = OLD.done_on AND county = (SELECT county FROM enterprise WHERE id = OLD.enterprise_id) AND enterprise_id = OLD.enterprise_id AND (OLD.done_on IS NOT NULL AND (SELECT risk_level FROM enterprise WHERE id = OLD.enterprise_id) = 'red');
          DELETE FROM red_inspection_day WHERE done_on = OLD.done_on AND county = (SELECT county FROM enterprise WHERE id = OLD.enterprise_id) AND enterprise_id = OLD.enterprise_id AND done = 0;
          INSERT OR IGNORE INTO red_inspection_day (done_on, county, enterprise_id)
          SELECT NEW.done_on, (SELECT county FROM enterprise WHERE id = NEW.enterprise_id), NEW.enterprise_id WHERE NEW.done_on IS NOT NULL AND (SELECT risk_level FROM enterprise WHERE id = NEW.enterprise_id) = 'red';
          UPDATE red_inspection_day SET done = done + COALESCE(1, 0)
          WHERE done_on = NEW.done_on AND county = (SELECT county FROM enterprise WHERE id = NEW.enterprise_id) AND enterprise_id = NEW.enterprise_id AND (NEW.done_on IS NOT NULL AND (SELECT risk_level FROM enterprise WHERE id = NEW.enterprise_id) = 'red');
        END;
        -- Filled from the rows already there (a recount).
        DELETE FROM town_enterprise_stats;
        INSERT INTO town_enterprise_stats (county, town, total, key_supervised, above_scale, red, orange, yellow, blue)
          SELECT enterprise.county AS county, enterprise.town AS town, COALESCE(SUM(1), 0), COALESCE(SUM(enterprise.key_supervised), 0), COALESCE(SUM(enterprise.scale = 'above'), 0), COALESCE(SUM(enterprise.risk_level = 'red'), 0), COALESCE(SUM(enterprise.risk_level = 'orange'), 0), COALESCE(SUM(enterprise.risk_level = 'yellow'), 0), COALESCE(SUM(enterprise.risk_level = 'blue'), 0) FROM enterprise
          WHERE 1 GROUP BY enterprise.county, enterprise.town;
        DELETE FROM industry_enterprise_stats;
        INSERT INTO industry_enterprise_stats (county, industry, total, red, orange, yellow, blue)
          SELECT enterprise.county AS county, enterprise.industry AS industry, COALESCE(SUM(1), 0), COALESCE(SUM(enterprise.risk_level = 'red'), 0), COALESCE(SUM(enterprise.risk_level = 'orange'), 0), COALESCE(SUM(enterprise.risk_level = 'yellow'), 0), COALESCE(SUM(enterprise.risk_level = 'blue'), 0) FROM enterprise
          WHERE 1 GROUP BY enterprise.county, enterprise.industry;
        DELETE FROM town_open_deadline;
        INSERT INTO town_open_deadline (county, town, deadline, open)
          SELECT hazard.county AS county, (SELECT town FROM enterprise WHERE id = hazard.enterprise_id) AS town, hazard.deadline AS deadline, COALESCE(SUM(1), 0) FROM hazard
          WHERE hazard.status IN ('open','assigned','rectifying') AND hazard.duplicate_of IS NULL AND hazard.deadline IS NOT NULL GROUP BY hazard.county, (SELECT town FROM enterprise WHERE id = hazard.enterprise_id), hazard.deadline;
        DELETE FROM town_inspection_pending;
        INSERT INTO town_inspection_pending (county, town, planned_on, pending)
          SELECT inspection.county AS county, (SELECT town FROM enterprise WHERE id = inspection.enterprise_id) AS town, inspection.planned_on AS planned_on, COALESCE(SUM(1), 0) FROM inspection
          WHERE inspection.done_on IS NULL AND inspection.planned_on IS NOT NULL AND inspection.enterprise_id IS NOT NULL GROUP BY inspection.county, (SELECT town FROM enterprise WHERE id = inspection.enterprise_id), inspection.planned_on;
        DELETE FROM red_inspection_day;
        INSERT INTO red_inspection_day (done_on, county, enterprise_id, done)
          SELECT inspection.done_on AS done_on, (SELECT county FROM enterprise WHERE id = inspection.enterprise_id) AS county, inspection.enterprise_id AS enterprise_id, COALESCE(SUM(1), 0) FROM inspection
          WHERE inspection.done_on IS NOT NULL AND (SELECT risk_level FROM enterprise WHERE id = inspection.enterprise_id) = 'red' GROUP BY inspection.done_on, (SELECT county FROM enterprise WHERE id = inspection.enterprise_id), inspection.enterprise_id;
        -- A moved enterprise recounts its counties' towns; a red one changing, its inspections.
        DROP TRIGGER enterprise_moves;
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
        DELETE FROM town_open_deadline WHERE town_open_deadline.county IN (OLD.county, NEW.county);
        INSERT INTO town_open_deadline (county, town, deadline, open)
          SELECT hazard.county AS county, (SELECT town FROM enterprise WHERE id = hazard.enterprise_id) AS town, hazard.deadline AS deadline, COALESCE(SUM(1), 0) FROM hazard
          WHERE hazard.status IN ('open','assigned','rectifying') AND hazard.duplicate_of IS NULL AND hazard.deadline IS NOT NULL AND hazard.county IN (OLD.county, NEW.county) GROUP BY hazard.county, (SELECT town FROM enterprise WHERE id = hazard.enterprise_id), hazard.deadline;
        DELETE FROM town_inspection_pending WHERE town_inspection_pending.county IN (OLD.county, NEW.county);
        INSERT INTO town_inspection_pending (county, town, planned_on, pending)
          SELECT inspection.county AS county, (SELECT town FROM enterprise WHERE id = inspection.enterprise_id) AS town, inspection.planned_on AS planned_on, COALESCE(SUM(1), 0) FROM inspection
          WHERE inspection.done_on IS NULL AND inspection.planned_on IS NOT NULL AND inspection.enterprise_id IS NOT NULL AND inspection.county IN (OLD.county, NEW.county) GROUP BY inspection.county, (SELECT town FROM enterprise WHERE id = inspection.enterprise_id), inspection.planned_on;
        END;
        CREATE TRIGGER enterprise_risk_changes AFTER UPDATE OF risk_level, county ON enterprise
        WHEN OLD.risk_level IS NOT NEW.risk_level OR OLD.county IS NOT NEW.county BEGIN
          DELETE FROM red_inspection_day WHERE red_inspection_day.enterprise_id = NEW.id;
        INSERT INTO red_inspection_day (done_on, county, enterprise_id, done)
          SELECT inspection.done_on AS done_on, (SELECT county FROM enterprise WHERE id = inspection.enterprise_id) AS county, inspection.enterprise_id AS enterprise_id, COALESCE(SUM(1), 0) FROM inspection
          WHERE inspection.done_on IS NOT NULL AND (SELECT risk_level FROM enterprise WHERE id = inspection.enterprise_id) = 'red' AND inspection.enterprise_id = NEW.id GROUP BY inspection.done_on, (SELECT county FROM enterprise WHERE id = inspection.enterprise_id), inspection.enterprise_id;
        END;
        -- A red enterprise's rows, recounted when it changes.
        CREATE INDEX red_inspection_day_enterprise ON red_inspection_day(enterprise_id);
        """)
}
