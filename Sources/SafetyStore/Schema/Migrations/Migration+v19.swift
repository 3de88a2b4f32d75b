extension Migration {
    /// Every summary table's update trigger runs only when the update changes what the row
    /// adds to its table — a key, a counter or the condition (`SummaryTables.Spec.updateTriggerHead`).
    /// A triage write changes a hazard's status, deadline or responsible and ran all eight of
    /// the hazards' update triggers, each taking the row off and adding it back the same:
    /// 2–7 ms of a write at the 3M province, where the UPDATE alone takes 0.3.
    static let v19 = Migration(identifier: "v19: update triggers only when a counted value changes", sql: """
        DROP TRIGGER county_hazard_stats_update;
        CREATE TRIGGER county_hazard_stats_update AFTER UPDATE ON hazard
          WHEN (OLD.county) IS NOT (NEW.county)
            OR (OLD.status IN ('rectified','closed')) IS NOT (NEW.status IN ('rectified','closed'))
            OR (OLD.grade = 'major') IS NOT (NEW.grade = 'major')
            OR (OLD.grade = 'major' AND OLD.status IN ('rectified','closed')) IS NOT (NEW.grade = 'major' AND NEW.status IN ('rectified','closed'))
            OR (OLD.grade = 'major' AND OLD.listed_on IS NOT NULL) IS NOT (NEW.grade = 'major' AND NEW.listed_on IS NOT NULL)
            OR (OLD.grade = 'major' AND OLD.delisted_on IS NOT NULL) IS NOT (NEW.grade = 'major' AND NEW.delisted_on IS NOT NULL)
            OR (OLD.source = 'employee_report') IS NOT (NEW.source = 'employee_report')
            OR (OLD.source = 'employee_report' AND OLD.status IN ('rectified','closed')) IS NOT (NEW.source = 'employee_report' AND NEW.status IN ('rectified','closed'))
            OR (OLD.reward_yuan) IS NOT (NEW.reward_yuan)
            OR (OLD.duplicate_of IS NULL) IS NOT (NEW.duplicate_of IS NULL) BEGIN
          UPDATE county_hazard_stats SET found = found - COALESCE(1, 0), rectified = rectified - COALESCE(OLD.status IN ('rectified','closed'), 0), major_found = major_found - COALESCE(OLD.grade = 'major', 0), major_rectified = major_rectified - COALESCE(OLD.grade = 'major' AND OLD.status IN ('rectified','closed'), 0), major_listed = major_listed - COALESCE(OLD.grade = 'major' AND OLD.listed_on IS NOT NULL, 0), major_delisted = major_delisted - COALESCE(OLD.grade = 'major' AND OLD.delisted_on IS NOT NULL, 0), internal_found = internal_found - COALESCE(OLD.source = 'employee_report', 0), internal_rectified = internal_rectified - COALESCE(OLD.source = 'employee_report' AND OLD.status IN ('rectified','closed'), 0), reward_yuan = reward_yuan - COALESCE(OLD.reward_yuan, 0)
          WHERE county = OLD.county AND (OLD.duplicate_of IS NULL);
          DELETE FROM county_hazard_stats WHERE county = OLD.county AND found = 0;
          INSERT OR IGNORE INTO county_hazard_stats (county)
          SELECT NEW.county WHERE NEW.duplicate_of IS NULL;
          UPDATE county_hazard_stats SET found = found + COALESCE(1, 0), rectified = rectified + COALESCE(NEW.status IN ('rectified','closed'), 0), major_found = major_found + COALESCE(NEW.grade = 'major', 0), major_rectified = major_rectified + COALESCE(NEW.grade = 'major' AND NEW.status IN ('rectified','closed'), 0), major_listed = major_listed + COALESCE(NEW.grade = 'major' AND NEW.listed_on IS NOT NULL, 0), major_delisted = major_delisted + COALESCE(NEW.grade = 'major' AND NEW.delisted_on IS NOT NULL, 0), internal_found = internal_found + COALESCE(NEW.source = 'employee_report', 0), internal_rectified = internal_rectified + COALESCE(NEW.source = 'employee_report' AND NEW.status IN ('rectified','closed'), 0), reward_yuan = reward_yuan + COALESCE(NEW.reward_yuan, 0)
          WHERE county = NEW.county AND (NEW.duplicate_of IS NULL);
        END;
        DROP TRIGGER county_enterprise_stats_update;
        CREATE TRIGGER county_enterprise_stats_update AFTER UPDATE ON enterprise
          WHEN (OLD.county) IS NOT (NEW.county)
            OR (OLD.key_supervised) IS NOT (NEW.key_supervised)
            OR (OLD.scale = 'above') IS NOT (NEW.scale = 'above')
            OR (OLD.risk_level = 'red') IS NOT (NEW.risk_level = 'red')
            OR (OLD.risk_level = 'orange') IS NOT (NEW.risk_level = 'orange')
            OR (OLD.risk_level = 'yellow') IS NOT (NEW.risk_level = 'yellow')
            OR (OLD.risk_level = 'blue') IS NOT (NEW.risk_level = 'blue')
            OR (OLD.reward_mechanism) IS NOT (NEW.reward_mechanism)
            OR (OLD.platform_registered) IS NOT (NEW.platform_registered) BEGIN
          UPDATE county_enterprise_stats SET total = total - COALESCE(1, 0), key_supervised = key_supervised - COALESCE(OLD.key_supervised, 0), above_scale = above_scale - COALESCE(OLD.scale = 'above', 0), red = red - COALESCE(OLD.risk_level = 'red', 0), orange = orange - COALESCE(OLD.risk_level = 'orange', 0), yellow = yellow - COALESCE(OLD.risk_level = 'yellow', 0), blue = blue - COALESCE(OLD.risk_level = 'blue', 0), reward_mechanism = reward_mechanism - COALESCE(OLD.reward_mechanism, 0), platform_registered = platform_registered - COALESCE(OLD.platform_registered, 0)
          WHERE county = OLD.county AND (1);
          DELETE FROM county_enterprise_stats WHERE county = OLD.county AND total = 0;
          INSERT OR IGNORE INTO county_enterprise_stats (county)
          SELECT NEW.county WHERE 1;
          UPDATE county_enterprise_stats SET total = total + COALESCE(1, 0), key_supervised = key_supervised + COALESCE(NEW.key_supervised, 0), above_scale = above_scale + COALESCE(NEW.scale = 'above', 0), red = red + COALESCE(NEW.risk_level = 'red', 0), orange = orange + COALESCE(NEW.risk_level = 'orange', 0), yellow = yellow + COALESCE(NEW.risk_level = 'yellow', 0), blue = blue + COALESCE(NEW.risk_level = 'blue', 0), reward_mechanism = reward_mechanism + COALESCE(NEW.reward_mechanism, 0), platform_registered = platform_registered + COALESCE(NEW.platform_registered, 0)
          WHERE county = NEW.county AND (1);
        END;
        DROP TRIGGER county_training_stats_update;
        CREATE TRIGGER county_training_stats_update AFTER UPDATE ON training
          WHEN (OLD.county) IS NOT (NEW.county)
            OR (OLD.kind) IS NOT (NEW.kind)
            OR (OLD.audience) IS NOT (NEW.audience)
            OR (OLD.sessions) IS NOT (NEW.sessions)
            OR (OLD.person_times) IS NOT (NEW.person_times)
            OR (OLD.materials) IS NOT (NEW.materials) BEGIN
          UPDATE county_training_stats SET events = events - COALESCE(1, 0), sessions = sessions - COALESCE(OLD.sessions, 0), person_times = person_times - COALESCE(OLD.person_times, 0), materials = materials - COALESCE(OLD.materials, 0)
          WHERE county = OLD.county AND kind = OLD.kind AND audience = OLD.audience AND (1);
          DELETE FROM county_training_stats WHERE county = OLD.county AND kind = OLD.kind AND audience = OLD.audience AND events = 0;
          INSERT OR IGNORE INTO county_training_stats (county, kind, audience)
          SELECT NEW.county, NEW.kind, NEW.audience WHERE 1;
          UPDATE county_training_stats SET events = events + COALESCE(1, 0), sessions = sessions + COALESCE(NEW.sessions, 0), person_times = person_times + COALESCE(NEW.person_times, 0), materials = materials + COALESCE(NEW.materials, 0)
          WHERE county = NEW.county AND kind = NEW.kind AND audience = NEW.audience AND (1);
        END;
        DROP TRIGGER county_inspection_stats_update;
        CREATE TRIGGER county_inspection_stats_update AFTER UPDATE ON inspection
          WHEN (OLD.county) IS NOT (NEW.county)
            OR (OLD.kind) IS NOT (NEW.kind)
            OR (OLD.planned_on IS NOT NULL) IS NOT (NEW.planned_on IS NOT NULL)
            OR (OLD.done_on IS NOT NULL) IS NOT (NEW.done_on IS NOT NULL)
            OR (CASE WHEN OLD.done_on IS NOT NULL THEN OLD.hazards_found ELSE 0 END) IS NOT (CASE WHEN NEW.done_on IS NOT NULL THEN NEW.hazards_found ELSE 0 END)
            OR (CASE WHEN OLD.done_on IS NOT NULL THEN OLD.inspectors ELSE 0 END) IS NOT (CASE WHEN NEW.done_on IS NOT NULL THEN NEW.inspectors ELSE 0 END) BEGIN
          UPDATE county_inspection_stats SET rows = rows - COALESCE(1, 0), planned = planned - COALESCE(OLD.planned_on IS NOT NULL, 0), done = done - COALESCE(OLD.done_on IS NOT NULL, 0), hazards_found = hazards_found - COALESCE(CASE WHEN OLD.done_on IS NOT NULL THEN OLD.hazards_found ELSE 0 END, 0), inspectors = inspectors - COALESCE(CASE WHEN OLD.done_on IS NOT NULL THEN OLD.inspectors ELSE 0 END, 0)
          WHERE county = OLD.county AND kind = OLD.kind AND (1);
          DELETE FROM county_inspection_stats WHERE county = OLD.county AND kind = OLD.kind AND rows = 0;
          INSERT OR IGNORE INTO county_inspection_stats (county, kind)
          SELECT NEW.county, NEW.kind WHERE 1;
          UPDATE county_inspection_stats SET rows = rows + COALESCE(1, 0), planned = planned + COALESCE(NEW.planned_on IS NOT NULL, 0), done = done + COALESCE(NEW.done_on IS NOT NULL, 0), hazards_found = hazards_found + COALESCE(CASE WHEN NEW.done_on IS NOT NULL THEN NEW.hazards_found ELSE 0 END, 0), inspectors = inspectors + COALESCE(CASE WHEN NEW.done_on IS NOT NULL THEN NEW.inspectors ELSE 0 END, 0)
          WHERE county = NEW.county AND kind = NEW.kind AND (1);
        END;
        DROP TRIGGER county_open_deadline_update;
        CREATE TRIGGER county_open_deadline_update AFTER UPDATE ON hazard
          WHEN (OLD.county) IS NOT (NEW.county)
            OR (OLD.deadline) IS NOT (NEW.deadline)
            OR (OLD.grade = 'major') IS NOT (NEW.grade = 'major')
            OR (OLD.status IN ('open','assigned','rectifying') AND OLD.duplicate_of IS NULL AND OLD.deadline IS NOT NULL) IS NOT (NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL) BEGIN
          UPDATE county_open_deadline SET open = open - COALESCE(1, 0), major = major - COALESCE(OLD.grade = 'major', 0)
          WHERE county = OLD.county AND deadline = OLD.deadline AND (OLD.status IN ('open','assigned','rectifying') AND OLD.duplicate_of IS NULL AND OLD.deadline IS NOT NULL);
          DELETE FROM county_open_deadline WHERE county = OLD.county AND deadline = OLD.deadline AND open = 0;
          INSERT OR IGNORE INTO county_open_deadline (county, deadline)
          SELECT NEW.county, NEW.deadline WHERE NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL;
          UPDATE county_open_deadline SET open = open + COALESCE(1, 0), major = major + COALESCE(NEW.grade = 'major', 0)
          WHERE county = NEW.county AND deadline = NEW.deadline AND (NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL);
        END;
        DROP TRIGGER county_inspection_pending_update;
        CREATE TRIGGER county_inspection_pending_update AFTER UPDATE ON inspection
          WHEN (OLD.county) IS NOT (NEW.county)
            OR (OLD.kind) IS NOT (NEW.kind)
            OR (OLD.planned_on) IS NOT (NEW.planned_on)
            OR (OLD.done_on IS NULL AND OLD.planned_on IS NOT NULL) IS NOT (NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL) BEGIN
          UPDATE county_inspection_pending SET pending = pending - COALESCE(1, 0)
          WHERE county = OLD.county AND kind = OLD.kind AND planned_on = OLD.planned_on AND (OLD.done_on IS NULL AND OLD.planned_on IS NOT NULL);
          DELETE FROM county_inspection_pending WHERE county = OLD.county AND kind = OLD.kind AND planned_on = OLD.planned_on AND pending = 0;
          INSERT OR IGNORE INTO county_inspection_pending (county, kind, planned_on)
          SELECT NEW.county, NEW.kind, NEW.planned_on WHERE NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL;
          UPDATE county_inspection_pending SET pending = pending + COALESCE(1, 0)
          WHERE county = NEW.county AND kind = NEW.kind AND planned_on = NEW.planned_on AND (NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL);
        END;
        DROP TRIGGER county_month_found_update;
        CREATE TRIGGER county_month_found_update AFTER UPDATE ON hazard
          WHEN (OLD.county) IS NOT (NEW.county)
            OR (substr(OLD.found_on, 1, 7)) IS NOT (substr(NEW.found_on, 1, 7))
            OR (OLD.duplicate_of IS NULL) IS NOT (NEW.duplicate_of IS NULL) BEGIN
          UPDATE county_month_found SET found = found - COALESCE(1, 0)
          WHERE county = OLD.county AND month = substr(OLD.found_on, 1, 7) AND (OLD.duplicate_of IS NULL);
          DELETE FROM county_month_found WHERE county = OLD.county AND month = substr(OLD.found_on, 1, 7) AND found = 0;
          INSERT OR IGNORE INTO county_month_found (county, month)
          SELECT NEW.county, substr(NEW.found_on, 1, 7) WHERE NEW.duplicate_of IS NULL;
          UPDATE county_month_found SET found = found + COALESCE(1, 0)
          WHERE county = NEW.county AND month = substr(NEW.found_on, 1, 7) AND (NEW.duplicate_of IS NULL);
        END;
        DROP TRIGGER county_month_rectified_update;
        CREATE TRIGGER county_month_rectified_update AFTER UPDATE ON hazard
          WHEN (OLD.county) IS NOT (NEW.county)
            OR (substr(OLD.rectified_on, 1, 7)) IS NOT (substr(NEW.rectified_on, 1, 7))
            OR (OLD.duplicate_of IS NULL AND OLD.rectified_on IS NOT NULL) IS NOT (NEW.duplicate_of IS NULL AND NEW.rectified_on IS NOT NULL) BEGIN
          UPDATE county_month_rectified SET rectified = rectified - COALESCE(1, 0)
          WHERE county = OLD.county AND month = substr(OLD.rectified_on, 1, 7) AND (OLD.duplicate_of IS NULL AND OLD.rectified_on IS NOT NULL);
          DELETE FROM county_month_rectified WHERE county = OLD.county AND month = substr(OLD.rectified_on, 1, 7) AND rectified = 0;
          INSERT OR IGNORE INTO county_month_rectified (county, month)
          SELECT NEW.county, substr(NEW.rectified_on, 1, 7) WHERE NEW.duplicate_of IS NULL AND NEW.rectified_on IS NOT NULL;
          UPDATE county_month_rectified SET rectified = rectified + COALESCE(1, 0)
          WHERE county = NEW.county AND month = substr(NEW.rectified_on, 1, 7) AND (NEW.duplicate_of IS NULL AND NEW.rectified_on IS NOT NULL);
        END;
        DROP TRIGGER town_hazard_stats_update;
        CREATE TRIGGER town_hazard_stats_update AFTER UPDATE ON hazard
          WHEN (OLD.county) IS NOT (NEW.county)
            OR ((SELECT town FROM enterprise WHERE id = OLD.enterprise_id)) IS NOT ((SELECT town FROM enterprise WHERE id = NEW.enterprise_id))
            OR (OLD.status IN ('rectified','closed')) IS NOT (NEW.status IN ('rectified','closed'))
            OR (OLD.grade = 'major') IS NOT (NEW.grade = 'major')
            OR (OLD.grade = 'major' AND OLD.status IN ('rectified','closed')) IS NOT (NEW.grade = 'major' AND NEW.status IN ('rectified','closed'))
            OR (OLD.listed_on IS NOT NULL) IS NOT (NEW.listed_on IS NOT NULL)
            OR (OLD.delisted_on IS NOT NULL) IS NOT (NEW.delisted_on IS NOT NULL)
            OR (OLD.duplicate_of IS NULL) IS NOT (NEW.duplicate_of IS NULL) BEGIN
          UPDATE town_hazard_stats SET found = found - COALESCE(1, 0), rectified = rectified - COALESCE(OLD.status IN ('rectified','closed'), 0), major_found = major_found - COALESCE(OLD.grade = 'major', 0), major_rectified = major_rectified - COALESCE(OLD.grade = 'major' AND OLD.status IN ('rectified','closed'), 0), listed = listed - COALESCE(OLD.listed_on IS NOT NULL, 0), delisted = delisted - COALESCE(OLD.delisted_on IS NOT NULL, 0)
          WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND (OLD.duplicate_of IS NULL);
          DELETE FROM town_hazard_stats WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND found = 0;
          INSERT OR IGNORE INTO town_hazard_stats (county, town)
          SELECT NEW.county, (SELECT town FROM enterprise WHERE id = NEW.enterprise_id) WHERE NEW.duplicate_of IS NULL;
          UPDATE town_hazard_stats SET found = found + COALESCE(1, 0), rectified = rectified + COALESCE(NEW.status IN ('rectified','closed'), 0), major_found = major_found + COALESCE(NEW.grade = 'major', 0), major_rectified = major_rectified + COALESCE(NEW.grade = 'major' AND NEW.status IN ('rectified','closed'), 0), listed = listed + COALESCE(NEW.listed_on IS NOT NULL, 0), delisted = delisted + COALESCE(NEW.delisted_on IS NOT NULL, 0)
          WHERE county = NEW.county AND town = (SELECT town FROM enterprise WHERE id = NEW.enterprise_id) AND (NEW.duplicate_of IS NULL);
        END;
        DROP TRIGGER town_inspection_stats_update;
        CREATE TRIGGER town_inspection_stats_update AFTER UPDATE ON inspection
          WHEN (OLD.county) IS NOT (NEW.county)
            OR ((SELECT town FROM enterprise WHERE id = OLD.enterprise_id)) IS NOT ((SELECT town FROM enterprise WHERE id = NEW.enterprise_id))
            OR (OLD.planned_on IS NOT NULL) IS NOT (NEW.planned_on IS NOT NULL)
            OR (OLD.done_on IS NOT NULL) IS NOT (NEW.done_on IS NOT NULL)
            OR (OLD.enterprise_id IS NOT NULL) IS NOT (NEW.enterprise_id IS NOT NULL) BEGIN
          UPDATE town_inspection_stats SET rows = rows - COALESCE(1, 0), planned = planned - COALESCE(OLD.planned_on IS NOT NULL, 0), done = done - COALESCE(OLD.done_on IS NOT NULL, 0)
          WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND (OLD.enterprise_id IS NOT NULL);
          DELETE FROM town_inspection_stats WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND rows = 0;
          INSERT OR IGNORE INTO town_inspection_stats (county, town)
          SELECT NEW.county, (SELECT town FROM enterprise WHERE id = NEW.enterprise_id) WHERE NEW.enterprise_id IS NOT NULL;
          UPDATE town_inspection_stats SET rows = rows + COALESCE(1, 0), planned = planned + COALESCE(NEW.planned_on IS NOT NULL, 0), done = done + COALESCE(NEW.done_on IS NOT NULL, 0)
          WHERE county = NEW.county AND town = (SELECT town FROM enterprise WHERE id = NEW.enterprise_id) AND (NEW.enterprise_id IS NOT NULL);
        END;
        DROP TRIGGER town_enterprise_stats_update;
        CREATE TRIGGER town_enterprise_stats_update AFTER UPDATE ON enterprise
          WHEN (OLD.county) IS NOT (NEW.county)
            OR (OLD.town) IS NOT (NEW.town)
            OR (OLD.key_supervised) IS NOT (NEW.key_supervised)
            OR (OLD.scale = 'above') IS NOT (NEW.scale = 'above')
            OR (OLD.risk_level = 'red') IS NOT (NEW.risk_level = 'red')
            OR (OLD.risk_level = 'orange') IS NOT (NEW.risk_level = 'orange')
            OR (OLD.risk_level = 'yellow') IS NOT (NEW.risk_level = 'yellow')
            OR (OLD.risk_level = 'blue') IS NOT (NEW.risk_level = 'blue') BEGIN
          UPDATE town_enterprise_stats SET total = total - COALESCE(1, 0), key_supervised = key_supervised - COALESCE(OLD.key_supervised, 0), above_scale = above_scale - COALESCE(OLD.scale = 'above', 0), red = red - COALESCE(OLD.risk_level = 'red', 0), orange = orange - COALESCE(OLD.risk_level = 'orange', 0), yellow = yellow - COALESCE(OLD.risk_level = 'yellow', 0), blue = blue - COALESCE(OLD.risk_level = 'blue', 0)
          WHERE county = OLD.county AND town = OLD.town AND (1);
          DELETE FROM town_enterprise_stats WHERE county = OLD.county AND town = OLD.town AND total = 0;
          INSERT OR IGNORE INTO town_enterprise_stats (county, town)
          SELECT NEW.county, NEW.town WHERE 1;
          UPDATE town_enterprise_stats SET total = total + COALESCE(1, 0), key_supervised = key_supervised + COALESCE(NEW.key_supervised, 0), above_scale = above_scale + COALESCE(NEW.scale = 'above', 0), red = red + COALESCE(NEW.risk_level = 'red', 0), orange = orange + COALESCE(NEW.risk_level = 'orange', 0), yellow = yellow + COALESCE(NEW.risk_level = 'yellow', 0), blue = blue + COALESCE(NEW.risk_level = 'blue', 0)
          WHERE county = NEW.county AND town = NEW.town AND (1);
        END;
        DROP TRIGGER industry_enterprise_stats_update;
        CREATE TRIGGER industry_enterprise_stats_update AFTER UPDATE ON enterprise
          WHEN (OLD.county) IS NOT (NEW.county)
            OR (OLD.industry) IS NOT (NEW.industry)
            OR (OLD.risk_level = 'red') IS NOT (NEW.risk_level = 'red')
            OR (OLD.risk_level = 'orange') IS NOT (NEW.risk_level = 'orange')
            OR (OLD.risk_level = 'yellow') IS NOT (NEW.risk_level = 'yellow')
            OR (OLD.risk_level = 'blue') IS NOT (NEW.risk_level = 'blue') BEGIN
          UPDATE industry_enterprise_stats SET total = total - COALESCE(1, 0), red = red - COALESCE(OLD.risk_level = 'red', 0), orange = orange - COALESCE(OLD.risk_level = 'orange', 0), yellow = yellow - COALESCE(OLD.risk_level = 'yellow', 0), blue = blue - COALESCE(OLD.risk_level = 'blue', 0)
          WHERE county = OLD.county AND industry = OLD.industry AND (1);
          DELETE FROM industry_enterprise_stats WHERE county = OLD.county AND industry = OLD.industry AND total = 0;
          INSERT OR IGNORE INTO industry_enterprise_stats (county, industry)
          SELECT NEW.county, NEW.industry WHERE 1;
          UPDATE industry_enterprise_stats SET total = total + COALESCE(1, 0), red = red + COALESCE(NEW.risk_level = 'red', 0), orange = orange + COALESCE(NEW.risk_level = 'orange', 0), yellow = yellow + COALESCE(NEW.risk_level = 'yellow', 0), blue = blue + COALESCE(NEW.risk_level = 'blue', 0)
          WHERE county = NEW.county AND industry = NEW.industry AND (1);
        END;
        DROP TRIGGER town_open_deadline_update;
        CREATE TRIGGER town_open_deadline_update AFTER UPDATE ON hazard
          WHEN (OLD.county) IS NOT (NEW.county)
            OR ((SELECT town FROM enterprise WHERE id = OLD.enterprise_id)) IS NOT ((SELECT town FROM enterprise WHERE id = NEW.enterprise_id))
            OR (OLD.deadline) IS NOT (NEW.deadline)
            OR (OLD.status IN ('open','assigned','rectifying') AND OLD.duplicate_of IS NULL AND OLD.deadline IS NOT NULL) IS NOT (NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL) BEGIN
          UPDATE town_open_deadline SET open = open - COALESCE(1, 0)
          WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND deadline = OLD.deadline AND (OLD.status IN ('open','assigned','rectifying') AND OLD.duplicate_of IS NULL AND OLD.deadline IS NOT NULL);
          DELETE FROM town_open_deadline WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND deadline = OLD.deadline AND open = 0;
          INSERT OR IGNORE INTO town_open_deadline (county, town, deadline)
          SELECT NEW.county, (SELECT town FROM enterprise WHERE id = NEW.enterprise_id), NEW.deadline WHERE NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL;
          UPDATE town_open_deadline SET open = open + COALESCE(1, 0)
          WHERE county = NEW.county AND town = (SELECT town FROM enterprise WHERE id = NEW.enterprise_id) AND deadline = NEW.deadline AND (NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL);
        END;
        DROP TRIGGER town_inspection_pending_update;
        CREATE TRIGGER town_inspection_pending_update AFTER UPDATE ON inspection
          WHEN (OLD.county) IS NOT (NEW.county)
            OR ((SELECT town FROM enterprise WHERE id = OLD.enterprise_id)) IS NOT ((SELECT town FROM enterprise WHERE id = NEW.enterprise_id))
            OR (OLD.planned_on) IS NOT (NEW.planned_on)
            OR (OLD.done_on IS NULL AND OLD.planned_on IS NOT NULL AND OLD.enterprise_id IS NOT NULL) IS NOT (NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL AND NEW.enterprise_id IS NOT NULL) BEGIN
          UPDATE town_inspection_pending SET pending = pending - COALESCE(1, 0)
          WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND planned_on = OLD.planned_on AND (OLD.done_on IS NULL AND OLD.planned_on IS NOT NULL AND OLD.enterprise_id IS NOT NULL);
          DELETE FROM town_inspection_pending WHERE county = OLD.county AND town = (SELECT town FROM enterprise WHERE id = OLD.enterprise_id) AND planned_on = OLD.planned_on AND pending = 0;
          INSERT OR IGNORE INTO town_inspection_pending (county, town, planned_on)
          SELECT NEW.county, (SELECT town FROM enterprise WHERE id = NEW.enterprise_id), NEW.planned_on WHERE NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL AND NEW.enterprise_id IS NOT NULL;
          UPDATE town_inspection_pending SET pending = pending + COALESCE(1, 0)
          WHERE county = NEW.county AND town = (SELECT town FROM enterprise WHERE id = NEW.enterprise_id) AND planned_on = NEW.planned_on AND (NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL AND NEW.enterprise_id IS NOT NULL);
        END;
        DROP TRIGGER red_inspection_day_update;
        CREATE TRIGGER red_inspection_day_update AFTER UPDATE ON inspection
          WHEN (OLD.done_on) IS NOT (NEW.done_on)
            OR ((SELECT county FROM enterprise WHERE id = OLD.enterprise_id)) IS NOT ((SELECT county FROM enterprise WHERE id = NEW.enterprise_id))
            OR (OLD.enterprise_id) IS NOT (NEW.enterprise_id)
            OR (OLD.done_on IS NOT NULL AND (SELECT risk_level FROM enterprise WHERE id = OLD.enterprise_id) = 'red') IS NOT (NEW.done_on IS NOT NULL AND (SELECT risk_level FROM enterprise WHERE id = NEW.enterprise_id) = 'red') BEGIN
          UPDATE red_inspection_day SET done = done - COALESCE(1, 0)
          WHERE done_on = OLD.done_on AND county = (SELECT county FROM enterprise WHERE id = OLD.enterprise_id) AND enterprise_id = OLD.enterprise_id AND (OLD.done_on IS NOT NULL AND (SELECT risk_level FROM enterprise WHERE id = OLD.enterprise_id) = 'red');
          DELETE FROM red_inspection_day WHERE done_on = OLD.done_on AND county = (SELECT county FROM enterprise WHERE id = OLD.enterprise_id) AND enterprise_id = OLD.enterprise_id AND done = 0;
          INSERT OR IGNORE INTO red_inspection_day (done_on, county, enterprise_id)
          SELECT NEW.done_on, (SELECT county FROM enterprise WHERE id = NEW.enterprise_id), NEW.enterprise_id WHERE NEW.done_on IS NOT NULL AND (SELECT risk_level FROM enterprise WHERE id = NEW.enterprise_id) = 'red';
          UPDATE red_inspection_day SET done = done + COALESCE(1, 0)
          WHERE done_on = NEW.done_on AND county = (SELECT county FROM enterprise WHERE id = NEW.enterprise_id) AND enterprise_id = NEW.enterprise_id AND (NEW.done_on IS NOT NULL AND (SELECT risk_level FROM enterprise WHERE id = NEW.enterprise_id) = 'red');
        END;
        DROP TRIGGER county_open_month_update;
        CREATE TRIGGER county_open_month_update AFTER UPDATE ON hazard
          WHEN (OLD.county) IS NOT (NEW.county)
            OR (substr(OLD.deadline, 1, 7)) IS NOT (substr(NEW.deadline, 1, 7))
            OR (OLD.grade = 'major') IS NOT (NEW.grade = 'major')
            OR (OLD.status IN ('open','assigned','rectifying') AND OLD.duplicate_of IS NULL AND OLD.deadline IS NOT NULL) IS NOT (NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL) BEGIN
          UPDATE county_open_month SET open = open - COALESCE(1, 0), major = major - COALESCE(OLD.grade = 'major', 0)
          WHERE county = OLD.county AND month = substr(OLD.deadline, 1, 7) AND (OLD.status IN ('open','assigned','rectifying') AND OLD.duplicate_of IS NULL AND OLD.deadline IS NOT NULL);
          DELETE FROM county_open_month WHERE county = OLD.county AND month = substr(OLD.deadline, 1, 7) AND open = 0;
          INSERT OR IGNORE INTO county_open_month (county, month)
          SELECT NEW.county, substr(NEW.deadline, 1, 7) WHERE NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL;
          UPDATE county_open_month SET open = open + COALESCE(1, 0), major = major + COALESCE(NEW.grade = 'major', 0)
          WHERE county = NEW.county AND month = substr(NEW.deadline, 1, 7) AND (NEW.status IN ('open','assigned','rectifying') AND NEW.duplicate_of IS NULL AND NEW.deadline IS NOT NULL);
        END;
        DROP TRIGGER county_inspection_pending_month_update;
        CREATE TRIGGER county_inspection_pending_month_update AFTER UPDATE ON inspection
          WHEN (OLD.county) IS NOT (NEW.county)
            OR (OLD.kind) IS NOT (NEW.kind)
            OR (substr(OLD.planned_on, 1, 7)) IS NOT (substr(NEW.planned_on, 1, 7))
            OR (OLD.done_on IS NULL AND OLD.planned_on IS NOT NULL) IS NOT (NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL) BEGIN
          UPDATE county_inspection_pending_month SET pending = pending - COALESCE(1, 0)
          WHERE county = OLD.county AND kind = OLD.kind AND month = substr(OLD.planned_on, 1, 7) AND (OLD.done_on IS NULL AND OLD.planned_on IS NOT NULL);
          DELETE FROM county_inspection_pending_month WHERE county = OLD.county AND kind = OLD.kind AND month = substr(OLD.planned_on, 1, 7) AND pending = 0;
          INSERT OR IGNORE INTO county_inspection_pending_month (county, kind, month)
          SELECT NEW.county, NEW.kind, substr(NEW.planned_on, 1, 7) WHERE NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL;
          UPDATE county_inspection_pending_month SET pending = pending + COALESCE(1, 0)
          WHERE county = NEW.county AND kind = NEW.kind AND month = substr(NEW.planned_on, 1, 7) AND (NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL);
        END;
        DROP TRIGGER county_reward_industry_update;
        CREATE TRIGGER county_reward_industry_update AFTER UPDATE ON enterprise
          WHEN (OLD.county) IS NOT (NEW.county)
            OR (OLD.industry) IS NOT (NEW.industry)
            OR (OLD.reward_mechanism = 1) IS NOT (NEW.reward_mechanism = 1) BEGIN
          UPDATE county_reward_industry SET enterprises = enterprises - COALESCE(1, 0)
          WHERE county = OLD.county AND industry = OLD.industry AND (OLD.reward_mechanism = 1);
          DELETE FROM county_reward_industry WHERE county = OLD.county AND industry = OLD.industry AND enterprises = 0;
          INSERT OR IGNORE INTO county_reward_industry (county, industry)
          SELECT NEW.county, NEW.industry WHERE NEW.reward_mechanism = 1;
          UPDATE county_reward_industry SET enterprises = enterprises + COALESCE(1, 0)
          WHERE county = NEW.county AND industry = NEW.industry AND (NEW.reward_mechanism = 1);
        END;
        DROP TRIGGER county_awaiting_verification_update;
        CREATE TRIGGER county_awaiting_verification_update AFTER UPDATE ON hazard
          WHEN (OLD.county) IS NOT (NEW.county)
            OR (OLD.grade) IS NOT (NEW.grade)
            OR (OLD.status = 'rectified' AND OLD.duplicate_of IS NULL) IS NOT (NEW.status = 'rectified' AND NEW.duplicate_of IS NULL) BEGIN
          UPDATE county_awaiting_verification SET awaiting = awaiting - COALESCE(1, 0)
          WHERE county = OLD.county AND grade = OLD.grade AND (OLD.status = 'rectified' AND OLD.duplicate_of IS NULL);
          DELETE FROM county_awaiting_verification WHERE county = OLD.county AND grade = OLD.grade AND awaiting = 0;
          INSERT OR IGNORE INTO county_awaiting_verification (county, grade)
          SELECT NEW.county, NEW.grade WHERE NEW.status = 'rectified' AND NEW.duplicate_of IS NULL;
          UPDATE county_awaiting_verification SET awaiting = awaiting + COALESCE(1, 0)
          WHERE county = NEW.county AND grade = NEW.grade AND (NEW.status = 'rectified' AND NEW.duplicate_of IS NULL);
        END;
        DROP TRIGGER county_training_month_update;
        CREATE TRIGGER county_training_month_update AFTER UPDATE ON training
          WHEN (OLD.county) IS NOT (NEW.county)
            OR (substr(OLD.held_on, 1, 7)) IS NOT (substr(NEW.held_on, 1, 7))
            OR (OLD.sessions) IS NOT (NEW.sessions) BEGIN
          UPDATE county_training_month SET events = events - COALESCE(1, 0), sessions = sessions - COALESCE(OLD.sessions, 0)
          WHERE county = OLD.county AND month = substr(OLD.held_on, 1, 7) AND (1);
          DELETE FROM county_training_month WHERE county = OLD.county AND month = substr(OLD.held_on, 1, 7) AND events = 0;
          INSERT OR IGNORE INTO county_training_month (county, month)
          SELECT NEW.county, substr(NEW.held_on, 1, 7) WHERE 1;
          UPDATE county_training_month SET events = events + COALESCE(1, 0), sessions = sessions + COALESCE(NEW.sessions, 0)
          WHERE county = NEW.county AND month = substr(NEW.held_on, 1, 7) AND (1);
        END;
        """)
}
