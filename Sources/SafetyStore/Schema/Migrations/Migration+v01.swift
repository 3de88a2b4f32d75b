extension Migration {
    /// The records, the audit trail, and the first summary tables with their triggers.
    static let v1 = Migration(identifier: "v1: records, summaries, audit", sql: """
        CREATE TABLE jurisdiction (
          code TEXT PRIMARY KEY NOT NULL,
          name TEXT NOT NULL,
          level TEXT NOT NULL,
          parent_code TEXT REFERENCES jurisdiction(code));
        CREATE INDEX jurisdiction_parent ON jurisdiction(parent_code);
        CREATE INDEX jurisdiction_name ON jurisdiction(name);

        CREATE TABLE enterprise (
          id TEXT PRIMARY KEY NOT NULL,
          name TEXT NOT NULL,
          county TEXT NOT NULL,
          town TEXT NOT NULL,
          industry TEXT NOT NULL,
          scale TEXT NOT NULL,
          key_supervised INTEGER NOT NULL,
          risk_level TEXT,
          risk_assessed_on TEXT,
          reward_mechanism INTEGER NOT NULL DEFAULT 0,
          platform_registered INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX enterprise_county ON enterprise(county, town, industry, risk_level);
        CREATE INDEX enterprise_reward_industry ON enterprise(county, industry) WHERE reward_mechanism = 1;

        CREATE TABLE hazard (
          id TEXT PRIMARY KEY NOT NULL,
          enterprise_id TEXT NOT NULL REFERENCES enterprise(id),
          county TEXT NOT NULL,
          found_on TEXT NOT NULL,
          source TEXT NOT NULL,
          grade TEXT NOT NULL,
          description TEXT NOT NULL,
          status TEXT NOT NULL,
          responsible TEXT,
          deadline TEXT,
          rectified_on TEXT,
          closed_on TEXT,
          listed_on TEXT,
          delisted_on TEXT,
          reward_yuan INTEGER NOT NULL DEFAULT 0,
          duplicate_of TEXT,
          revision INTEGER NOT NULL DEFAULT 0,
          updated_at TEXT,
          updated_by TEXT);
        CREATE INDEX hazard_enterprise ON hazard(enterprise_id);
        CREATE INDEX hazard_county_found ON hazard(county, found_on);
        -- The open-hazard queue, most urgent first: major before general ('major' > 'general'),
        -- then by deadline. Partial, so it holds only what is still to be rectified.
        CREATE INDEX hazard_open_queue ON hazard(grade DESC, deadline, id)
          WHERE status IN ('open','assigned','rectifying') AND duplicate_of IS NULL;
        CREATE INDEX hazard_open_county_queue ON hazard(county, grade DESC, deadline, id)
          WHERE status IN ('open','assigned','rectifying') AND duplicate_of IS NULL;

        CREATE TABLE training (
          id TEXT PRIMARY KEY NOT NULL,
          county TEXT NOT NULL,
          held_on TEXT NOT NULL,
          kind TEXT NOT NULL,
          audience TEXT NOT NULL,
          mode TEXT NOT NULL,
          sessions INTEGER NOT NULL,
          person_times INTEGER NOT NULL,
          topic TEXT NOT NULL,
          materials INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX training_county_held ON training(county, held_on, kind, sessions);
        CREATE INDEX training_held ON training(held_on, kind, sessions);

        CREATE TABLE inspection (
          id TEXT PRIMARY KEY NOT NULL,
          county TEXT NOT NULL,
          enterprise_id TEXT REFERENCES enterprise(id),
          kind TEXT NOT NULL,
          planned_on TEXT,
          done_on TEXT,
          team TEXT NOT NULL,
          hazards_found INTEGER NOT NULL DEFAULT 0,
          inspectors INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX inspection_county_kind ON inspection(county, kind, team, done_on, enterprise_id);
        CREATE INDEX inspection_planned ON inspection(planned_on, county, kind) WHERE done_on IS NULL;
        CREATE INDEX inspection_enterprise ON inspection(enterprise_id);
        CREATE INDEX inspection_schedule ON inspection(planned_on, county, done_on);

        CREATE TABLE county_fact (
          county TEXT NOT NULL,
          key TEXT NOT NULL,
          value REAL NOT NULL,
          note TEXT NOT NULL DEFAULT '',
          PRIMARY KEY (county, key)) WITHOUT ROWID;

        CREATE TABLE inspector (
          id TEXT PRIMARY KEY NOT NULL,
          name TEXT NOT NULL,
          body TEXT NOT NULL,
          town TEXT NOT NULL DEFAULT '');

        -- Append-only: every change of a hazard, a risk grade or a plan, and every import.
        CREATE TABLE audit (
          id INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          operator TEXT NOT NULL,
          entity TEXT NOT NULL,
          entity_id TEXT NOT NULL,
          action TEXT NOT NULL,
          before TEXT,
          after TEXT,
          note TEXT);
        CREATE INDEX audit_entity ON audit(entity, entity_id, id);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
          BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
          BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        -- Summary tables of the first schema (county figures), kept by triggers.
        CREATE TABLE county_hazard_stats (county TEXT NOT NULL, found INTEGER NOT NULL DEFAULT 0, rectified INTEGER NOT NULL DEFAULT 0, major_found INTEGER NOT NULL DEFAULT 0, major_rectified INTEGER NOT NULL DEFAULT 0, major_listed INTEGER NOT NULL DEFAULT 0, major_delisted INTEGER NOT NULL DEFAULT 0, internal_found INTEGER NOT NULL DEFAULT 0, internal_rectified INTEGER NOT NULL DEFAULT 0, reward_yuan INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county)) WITHOUT ROWID;
        CREATE TRIGGER county_hazard_stats_insert AFTER INSERT ON hazard BEGIN
          INSERT OR IGNORE INTO county_hazard_stats (county)
          SELECT NEW.county WHERE NEW.duplicate_of IS NULL;
          UPDATE county_hazard_stats SET found = found + COALESCE(1, 0), rectified = rectified + COALESCE(NEW.status IN ('rectified','closed'), 0), major_found = major_found + COALESCE(NEW.grade = 'major', 0), major_rectified = major_rectified + COALESCE(NEW.grade = 'major' AND NEW.status IN ('rectified','closed'), 0), major_listed = major_listed + COALESCE(NEW.grade = 'major' AND NEW.listed_on IS NOT NULL, 0), major_delisted = major_delisted + COALESCE(NEW.grade = 'major' AND NEW.delisted_on IS NOT NULL, 0), internal_found = internal_found + COALESCE(NEW.source = 'employee_report', 0), internal_rectified = internal_rectified + COALESCE(NEW.source = 'employee_report' AND NEW.status IN ('rectified','closed'), 0), reward_yuan = reward_yuan + COALESCE(NEW.reward_yuan, 0)
          WHERE county = NEW.county AND (NEW.duplicate_of IS NULL);
        END;
        CREATE TRIGGER county_hazard_stats_delete AFTER DELETE ON hazard BEGIN
          UPDATE county_hazard_stats SET found = found - COALESCE(1, 0), rectified = rectified - COALESCE(OLD.status IN ('rectified','closed'), 0), major_found = major_found - COALESCE(OLD.grade = 'major', 0), major_rectified = major_rectified - COALESCE(OLD.grade = 'major' AND OLD.status IN ('rectified','closed'), 0), major_listed = major_listed - COALESCE(OLD.grade = 'major' AND OLD.listed_on IS NOT NULL, 0), major_delisted = major_delisted - COALESCE(OLD.grade = 'major' AND OLD.delisted_on IS NOT NULL, 0), internal_found = internal_found - COALESCE(OLD.source = 'employee_report', 0), internal_rectified = internal_rectified - COALESCE(OLD.source = 'employee_report' AND OLD.status IN ('rectified','closed'), 0), reward_yuan = reward_yuan - COALESCE(OLD.reward_yuan, 0)
          WHERE county = OLD.county AND (OLD.duplicate_of IS NULL);
          DELETE FROM county_hazard_stats WHERE county = OLD.county AND found = 0;
        END;
        CREATE TRIGGER county_hazard_stats_update AFTER UPDATE ON hazard BEGIN
          UPDATE county_hazard_stats SET found = found - COALESCE(1, 0), rectified = rectified - COALESCE(OLD.status IN ('rectified','closed'), 0), major_found = major_found - COALESCE(OLD.grade = 'major', 0), major_rectified = major_rectified - COALESCE(OLD.grade = 'major' AND OLD.status IN ('rectified','closed'), 0), major_listed = major_listed - COALESCE(OLD.grade = 'major' AND OLD.listed_on IS NOT NULL, 0), major_delisted = major_delisted - COALESCE(OLD.grade = 'major' AND OLD.delisted_on IS NOT NULL, 0), internal_found = internal_found - COALESCE(OLD.source = 'employee_report', 0), internal_rectified = internal_rectified - COALESCE(OLD.source = 'employee_report' AND OLD.status IN ('rectified','closed'), 0), reward_yuan = reward_yuan - COALESCE(OLD.reward_yuan, 0)
          WHERE county = OLD.county AND (OLD.duplicate_of IS NULL);
          DELETE FROM county_hazard_stats WHERE county = OLD.county AND found = 0;
          INSERT OR IGNORE INTO county_hazard_stats (county)
          SELECT NEW.county WHERE NEW.duplicate_of IS NULL;
          UPDATE county_hazard_stats SET found = found + COALESCE(1, 0), rectified = rectified + COALESCE(NEW.status IN ('rectified','closed'), 0), major_found = major_found + COALESCE(NEW.grade = 'major', 0), major_rectified = major_rectified + COALESCE(NEW.grade = 'major' AND NEW.status IN ('rectified','closed'), 0), major_listed = major_listed + COALESCE(NEW.grade = 'major' AND NEW.listed_on IS NOT NULL, 0), major_delisted = major_delisted + COALESCE(NEW.grade = 'major' AND NEW.delisted_on IS NOT NULL, 0), internal_found = internal_found + COALESCE(NEW.source = 'employee_report', 0), internal_rectified = internal_rectified + COALESCE(NEW.source = 'employee_report' AND NEW.status IN ('rectified','closed'), 0), reward_yuan = reward_yuan + COALESCE(NEW.reward_yuan, 0)
          WHERE county = NEW.county AND (NEW.duplicate_of IS NULL);
        END;
        CREATE TABLE county_enterprise_stats (county TEXT NOT NULL, total INTEGER NOT NULL DEFAULT 0, key_supervised INTEGER NOT NULL DEFAULT 0, above_scale INTEGER NOT NULL DEFAULT 0, red INTEGER NOT NULL DEFAULT 0, orange INTEGER NOT NULL DEFAULT 0, yellow INTEGER NOT NULL DEFAULT 0, blue INTEGER NOT NULL DEFAULT 0, reward_mechanism INTEGER NOT NULL DEFAULT 0, platform_registered INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county)) WITHOUT ROWID;
        CREATE TRIGGER county_enterprise_stats_insert AFTER INSERT ON enterprise BEGIN
          INSERT OR IGNORE INTO county_enterprise_stats (county)
          SELECT NEW.county WHERE 1;
          UPDATE county_enterprise_stats SET total = total + COALESCE(1, 0), key_supervised = key_supervised + COALESCE(NEW.key_supervised, 0), above_scale = above_scale + COALESCE(NEW.scale = 'above', 0), red = red + COALESCE(NEW.risk_level = 'red', 0), orange = orange + COALESCE(NEW.risk_level = 'orange', 0), yellow = yellow + COALESCE(NEW.risk_level = 'yellow', 0), blue = blue + COALESCE(NEW.risk_level = 'blue', 0), reward_mechanism = reward_mechanism + COALESCE(NEW.reward_mechanism, 0), platform_registered = platform_registered + COALESCE(NEW.platform_registered, 0)
          WHERE county = NEW.county AND (1);
        END;
        CREATE TRIGGER county_enterprise_stats_delete AFTER DELETE ON enterprise BEGIN
          UPDATE county_enterprise_stats SET total = total - COALESCE(1, 0), key_supervised = key_supervised - COALESCE(OLD.key_supervised, 0), above_scale = above_scale - COALESCE(OLD.scale = 'above', 0), red = red - COALESCE(OLD.risk_level = 'red', 0), orange = orange - COALESCE(OLD.risk_level = 'orange', 0), yellow = yellow - COALESCE(OLD.risk_level = 'yellow', 0), blue = blue - COALESCE(OLD.risk_level = 'blue', 0), reward_mechanism = reward_mechanism - COALESCE(OLD.reward_mechanism, 0), platform_registered = platform_registered - COALESCE(OLD.platform_registered, 0)
          WHERE county = OLD.county AND (1);
          DELETE FROM county_enterprise_stats WHERE county = OLD.county AND total = 0;
        END;
        CREATE TRIGGER county_enterprise_stats_update AFTER UPDATE ON enterprise BEGIN
          UPDATE county_enterprise_stats SET total = total - COALESCE(1, 0), key_supervised = key_supervised - COALESCE(OLD.key_supervised, 0), above_scale = above_scale - COALESCE(OLD.scale = 'above', 0), red = red - COALESCE(OLD.risk_level = 'red', 0), orange = orange - COALESCE(OLD.risk_level = 'orange', 0), yellow = yellow - COALESCE(OLD.risk_level = 'yellow', 0), blue = blue - COALESCE(OLD.risk_level = 'blue', 0), reward_mechanism = reward_mechanism - COALESCE(OLD.reward_mechanism, 0), platform_registered = platform_registered - COALESCE(OLD.platform_registered, 0)
          WHERE county = OLD.county AND (1);
          DELETE FROM county_enterprise_stats WHERE county = OLD.county AND total = 0;
          INSERT OR IGNORE INTO county_enterprise_stats (county)
          SELECT NEW.county WHERE 1;
          UPDATE county_enterprise_stats SET total = total + COALESCE(1, 0), key_supervised = key_supervised + COALESCE(NEW.key_supervised, 0), above_scale = above_scale + COALESCE(NEW.scale = 'above', 0), red = red + COALESCE(NEW.risk_level = 'red', 0), orange = orange + COALESCE(NEW.risk_level = 'orange', 0), yellow = yellow + COALESCE(NEW.risk_level = 'yellow', 0), blue = blue + COALESCE(NEW.risk_level = 'blue', 0), reward_mechanism = reward_mechanism + COALESCE(NEW.reward_mechanism, 0), platform_registered = platform_registered + COALESCE(NEW.platform_registered, 0)
          WHERE county = NEW.county AND (1);
        END;
        CREATE TABLE county_training_stats (county TEXT NOT NULL, kind TEXT NOT NULL, audience TEXT NOT NULL, events INTEGER NOT NULL DEFAULT 0, sessions INTEGER NOT NULL DEFAULT 0, person_times INTEGER NOT NULL DEFAULT 0, materials INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county, kind, audience)) WITHOUT ROWID;
        CREATE TRIGGER county_training_stats_insert AFTER INSERT ON training BEGIN
          INSERT OR IGNORE INTO county_training_stats (county, kind, audience)
          SELECT NEW.county, NEW.kind, NEW.audience WHERE 1;
          UPDATE county_training_stats SET events = events + COALESCE(1, 0), sessions = sessions + COALESCE(NEW.sessions, 0), person_times = person_times + COALESCE(NEW.person_times, 0), materials = materials + COALESCE(NEW.materials, 0)
          WHERE county = NEW.county AND kind = NEW.kind AND audience = NEW.audience AND (1);
        END;
        CREATE TRIGGER county_training_stats_delete AFTER DELETE ON training BEGIN
          UPDATE county_training_stats SET events = events - COALESCE(1, 0), sessions = sessions - COALESCE(OLD.sessions, 0), person_times = person_times - COALESCE(OLD.person_times, 0), materials = materials - COALESCE(OLD.materials, 0)
          WHERE county = OLD.county AND kind = OLD.kind AND audience = OLD.audience AND (1);
          DELETE FROM county_training_stats WHERE county = OLD.county AND kind = OLD.kind AND audience = OLD.audience AND events = 0;
        END;
        CREATE TRIGGER county_training_stats_update AFTER UPDATE ON training BEGIN
          UPDATE county_training_stats SET events = events - COALESCE(1, 0), sessions = sessions - COALESCE(OLD.sessions, 0), person_times = person_times - COALESCE(OLD.person_times, 0), materials = materials - COALESCE(OLD.materials, 0)
          WHERE county = OLD.county AND kind = OLD.kind AND audience = OLD.audience AND (1);
          DELETE FROM county_training_stats WHERE county = OLD.county AND kind = OLD.kind AND audience = OLD.audience AND events = 0;
          INSERT OR IGNORE INTO county_training_stats (county, kind, audience)
          SELECT NEW.county, NEW.kind, NEW.audience WHERE 1;
          UPDATE county_training_stats SET events = events + COALESCE(1, 0), sessions = sessions + COALESCE(NEW.sessions, 0), person_times = person_times + COALESCE(NEW.person_times, 0), materials = materials + COALESCE(NEW.materials, 0)
          WHERE county = NEW.county AND kind = NEW.kind AND audience = NEW.audience AND (1);
        END;
        CREATE TABLE county_inspection_stats (county TEXT NOT NULL, kind TEXT NOT NULL, rows INTEGER NOT NULL DEFAULT 0, planned INTEGER NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0, hazards_found INTEGER NOT NULL DEFAULT 0, inspectors INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county, kind)) WITHOUT ROWID;
        CREATE TRIGGER county_inspection_stats_insert AFTER INSERT ON inspection BEGIN
          INSERT OR IGNORE INTO county_inspection_stats (county, kind)
          SELECT NEW.county, NEW.kind WHERE 1;
          UPDATE county_inspection_stats SET rows = rows + COALESCE(1, 0), planned = planned + COALESCE(NEW.planned_on IS NOT NULL, 0), done = done + COALESCE(NEW.done_on IS NOT NULL, 0), hazards_found = hazards_found + COALESCE(CASE WHEN NEW.done_on IS NOT NULL THEN NEW.hazards_found ELSE 0 END, 0), inspectors = inspectors + COALESCE(CASE WHEN NEW.done_on IS NOT NULL THEN NEW.inspectors ELSE 0 END, 0)
          WHERE county = NEW.county AND kind = NEW.kind AND (1);
        END;
        CREATE TRIGGER county_inspection_stats_delete AFTER DELETE ON inspection BEGIN
          UPDATE county_inspection_stats SET rows = rows - COALESCE(1, 0), planned = planned - COALESCE(OLD.planned_on IS NOT NULL, 0), done = done - COALESCE(OLD.done_on IS NOT NULL, 0), hazards_found = hazards_found - COALESCE(CASE WHEN OLD.done_on IS NOT NULL THEN OLD.hazards_found ELSE 0 END, 0), inspectors = inspectors - COALESCE(CASE WHEN OLD.done_on IS NOT NULL THEN OLD.inspectors ELSE 0 END, 0)
          WHERE county = OLD.county AND kind = OLD.kind AND (1);
          DELETE FROM county_inspection_stats WHERE county = OLD.county AND kind = OLD.kind AND rows = 0;
        END;
        CREATE TRIGGER county_inspection_stats_update AFTER UPDATE ON inspection BEGIN
          UPDATE county_inspection_stats SET rows = rows - COALESCE(1, 0), planned = planned - COALESCE(OLD.planned_on IS NOT NULL, 0), done = done - COALESCE(OLD.done_on IS NOT NULL, 0), hazards_found = hazards_found - COALESCE(CASE WHEN OLD.done_on IS NOT NULL THEN OLD.hazards_found ELSE 0 END, 0), inspectors = inspectors - COALESCE(CASE WHEN OLD.done_on IS NOT NULL THEN OLD.inspectors ELSE 0 END, 0)
          WHERE county = OLD.county AND kind = OLD.kind AND (1);
          DELETE FROM county_inspection_stats WHERE county = OLD.county AND kind = OLD.kind AND rows = 0;
          INSERT OR IGNORE INTO county_inspection_stats (county, kind)
          SELECT NEW.county, NEW.kind WHERE 1;
          UPDATE county_inspection_stats SET rows = rows + COALESCE(1, 0), planned = planned + COALESCE(NEW.planned_on IS NOT NULL, 0), done = done + COALESCE(NEW.done_on IS NOT NULL, 0), hazards_found = hazards_found + COALESCE(CASE WHEN NEW.done_on IS NOT NULL THEN NEW.hazards_found ELSE 0 END, 0), inspectors = inspectors + COALESCE(CASE WHEN NEW.done_on IS NOT NULL THEN NEW.inspectors ELSE 0 END, 0)
          WHERE county = NEW.county AND kind = NEW.kind AND (1);
        END;
        """)
}
