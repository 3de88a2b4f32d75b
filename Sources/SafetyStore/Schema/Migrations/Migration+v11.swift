extension Migration {
    /// Overdue figures of every county (the console, the ranking, the overdue filter's count)
    /// sum a row per month and the days of the current month, not every due day.
    static let v11 = Migration(identifier: "v11: figures kept by month beside those kept by day", sql: """
        -- The tables and the triggers that keep them.
        CREATE TABLE county_open_month (county TEXT NOT NULL, month TEXT NOT NULL, open INTEGER NOT NULL DEFAULT 0, major INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county, month)) WITHOUT ROWID;
        CREATE TRIGGER county_open_month_insert AFTER INSERT ON hazard BEGIN
          INSERT OR IGNORE INTO county_open_month (county, month)
          SELECT NEW.county, substr(NEW.deadline, 1, 7) WHERE NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL;
          UPDATE county_open_month SET open = open + COALESCE(1, 0), major = major + COALESCE(NEW.grade = 'major', 0)
          WHERE county = NEW.county AND month = substr(NEW.deadline, 1, 7) AND (NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL);
        END;
        CREATE TRIGGER county_open_month_delete AFTER DELETE ON hazard BEGIN
          UPDATE county_open_month SET open = open - COALESCE(1, 0), major = major - COALESCE(OLD.grade = 'major', 0)
          WHERE county = OLD.county AND month = substr(OLD.deadline, 1, 7) AND (OLD.status IN ('open','assigned','rectifying') AND OLD.duplicate_of IS NULL AND OLD.deadline IS NOT NULL);
          DELETE FROM county_open_month WHERE county = OLD.county AND month = substr(OLD.deadline, 1, 7) AND open = 0;
        END;
        CREATE TRIGGER county_open_month_update AFTER UPDATE ON hazard BEGIN
          UPDATE county_open_month SET open = open - COALESCE(1, 0), major = major - COALESCE(OLD.grade = 'major', 0)
          WHERE county = OLD.county AND month = substr(OLD.deadline, 1, 7) AND (OLD.status IN ('open','assigned','rectifying') AND OLD.duplicate_of IS NULL AND OLD.deadline IS NOT NULL);
          DELETE FROM county_open_month WHERE county = OLD.county AND month = substr(OLD.deadline, 1, 7) AND open = 0;
          INSERT OR IGNORE INTO county_open_month (county, month)
          SELECT NEW.county, substr(NEW.deadline, 1, 7) WHERE NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL;
          UPDATE county_open_month SET open = open + COALESCE(1, 0), major = major + COALESCE(NEW.grade = 'major', 0)
          WHERE county = NEW.county AND month = substr(NEW.deadline, 1, 7) AND (NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL);
        END;
        CREATE TABLE county_inspection_pending_month (county TEXT NOT NULL, kind TEXT NOT NULL, month TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county, kind, month)) WITHOUT ROWID;
        CREATE TRIGGER county_inspection_pending_month_insert AFTER INSERT ON inspection BEGIN
          INSERT OR IGNORE INTO county_inspection_pending_month (county, kind, month)
          SELECT NEW.county, NEW.kind, substr(NEW.planned_on, 1, 7) WHERE NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL;
          UPDATE county_inspection_pending_month SET pending = pending + COALESCE(1, 0)
          WHERE county = NEW.county AND kind = NEW.kind AND month = substr(NEW.planned_on, 1, 7) AND (NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL);
        END;
        CREATE TRIGGER county_inspection_pending_month_delete AFTER DELETE ON inspection BEGIN
          UPDATE county_inspection_pending_month SET pending = pending - COALESCE(1, 0)
          WHERE county = OLD.county AND kind = OLD.kind AND month = substr(OLD.planned_on, 1, 7) AND (OLD.done_on IS NULL AND OLD.planned_on IS NOT NULL);
          DELETE FROM county_inspection_pending_month WHERE county = OLD.county AND kind = OLD.kind AND month = substr(OLD.planned_on, 1, 7) AND pending = 0;
        END;
        CREATE TRIGGER county_inspection_pending_month_update AFTER UPDATE ON inspection BEGIN
          UPDATE county_inspection_pending_month SET pending = pending - COALESCE(1, 0)
          WHERE county = OLD.county AND kind = OLD.kind AND month = substr(OLD.planned_on, 1, 7) AND (OLD.done_on IS NULL AND OLD.planned_on IS NOT NULL);
          DELETE FROM county_inspection_pending_month WHERE county = OLD.county AND kind = OLD.kind AND month = substr(OLD.planned_on, 1, 7) AND pending = 0;
          INSERT OR IGNORE INTO county_inspection_pending_month (county, kind, month)
          SELECT NEW.county, NEW.kind, substr(NEW.planned_on, 1, 7) WHERE NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL;
          UPDATE county_inspection_pending_month SET pending = pending + COALESCE(1, 0)
          WHERE county = NEW.county AND kind = NEW.kind AND month = substr(NEW.planned_on, 1, 7) AND (NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL);
        END;
        CREATE TABLE county_reward_industry (county TEXT NOT NULL, industry TEXT NOT NULL, enterprises INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county, industry)) WITHOUT ROWID;
        CREATE TRIGGER county_reward_industry_insert AFTER INSERT ON enterprise BEGIN
          INSERT OR IGNORE INTO county_reward_industry (county, industry)
          SELECT NEW.county, NEW.industry WHERE NEW.reward_mechanism = 1;
          UPDATE county_reward_industry SET enterprises = enterprises + COALESCE(1, 0)
          WHERE county = NEW.county AND industry = NEW.industry AND (NEW.reward_mechanism = 1);
        END;
        CREATE TRIGGER county_reward_industry_delete AFTER DELETE ON enterprise BEGIN
          UPDATE county_reward_industry SET enterprises = enterprises - COALESCE(1, 0)
          WHERE county = OLD.county AND industry = OLD.industry AND (OLD.reward_mechanism = 1);
          DELETE FROM county_reward_industry WHERE county = OLD.county AND industry = OLD.industry AND enterprises = 0;
        END;
        CREATE TRIGGER county_reward_industry_update AFTER UPDATE ON enterprise BEGIN
          UPDATE county_reward_industry SET enterprises = enterprises - COALESCE(1, 0)
          WHERE county = OLD.county AND industry = OLD.industry AND (OLD.reward_mechanism = 1);
          DELETE FROM county_reward_industry WHERE county = OLD.county AND industry = OLD.industry AND enterprises = 0;
          INSERT OR IGNORE INTO county_reward_industry (county, industry)
          SELECT NEW.county, NEW.industry WHERE NEW.reward_mechanism = 1;
          UPDATE county_reward_industry SET enterprises = enterprises + COALESCE(1, 0)
          WHERE county = NEW.county AND industry = NEW.industry AND (NEW.reward_mechanism = 1);
        END;
        -- Filled from the rows already there (a recount).
        DELETE FROM county_open_month;
        INSERT INTO county_open_month (county, month, open, major)
          SELECT hazard.county AS county, substr(hazard.deadline, 1, 7) AS month, COALESCE(SUM(1), 0), COALESCE(SUM(hazard.grade = 'major'), 0) FROM hazard
          WHERE hazard.status IN ('open','assigned','rectifying') AND hazard.duplicate_of IS NULL AND hazard.deadline IS NOT NULL GROUP BY hazard.county, substr(hazard.deadline, 1, 7);
        DELETE FROM county_inspection_pending_month;
        INSERT INTO county_inspection_pending_month (county, kind, month, pending)
          SELECT inspection.county AS county, inspection.kind AS kind, substr(inspection.planned_on, 1, 7) AS month, COALESCE(SUM(1), 0) FROM inspection
          WHERE inspection.done_on IS NULL AND inspection.planned_on IS NOT NULL GROUP BY inspection.county, inspection.kind, substr(inspection.planned_on, 1, 7);
        DELETE FROM county_reward_industry;
        INSERT INTO county_reward_industry (county, industry, enterprises)
          SELECT enterprise.county AS county, enterprise.industry AS industry, COALESCE(SUM(1), 0) FROM enterprise
          WHERE enterprise.reward_mechanism = 1 GROUP BY enterprise.county, enterprise.industry;
        -- The due days of the current month, summed beside the months before it.
        CREATE INDEX county_open_deadline_day ON county_open_deadline(deadline);
        CREATE INDEX county_inspection_pending_day ON county_inspection_pending(planned_on);
        """)
}
