extension Migration {
    /// The province's trainings by kind and audience and its pending inspections by kind and
    /// month (`SummaryTables.v21`), kept by triggers like the county tables: the province
    /// console's training figures and overdue inspections were sums over every county's rows,
    /// 41 and 81 of its first frame's page reads at the 3M province, cold.
    static let v21 = Migration(identifier: "v21: the province's trainings and pending inspections kept whole", sql: """
        CREATE TABLE province_training_stats (kind TEXT NOT NULL, audience TEXT NOT NULL, events INTEGER NOT NULL DEFAULT 0, sessions INTEGER NOT NULL DEFAULT 0, person_times INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (kind, audience)) WITHOUT ROWID;
        CREATE TRIGGER province_training_stats_insert AFTER INSERT ON training BEGIN
          INSERT OR IGNORE INTO province_training_stats (kind, audience)
          SELECT NEW.kind, NEW.audience WHERE 1;
          UPDATE province_training_stats SET events = events + COALESCE(1, 0), sessions = sessions + COALESCE(NEW.sessions, 0), person_times = person_times + COALESCE(NEW.person_times, 0)
          WHERE kind = NEW.kind AND audience = NEW.audience AND (1);
        END;
        CREATE TRIGGER province_training_stats_delete AFTER DELETE ON training BEGIN
          UPDATE province_training_stats SET events = events - COALESCE(1, 0), sessions = sessions - COALESCE(OLD.sessions, 0), person_times = person_times - COALESCE(OLD.person_times, 0)
          WHERE kind = OLD.kind AND audience = OLD.audience AND (1);
          DELETE FROM province_training_stats WHERE kind = OLD.kind AND audience = OLD.audience AND events = 0;
        END;
        CREATE TRIGGER province_training_stats_update AFTER UPDATE ON training
          WHEN (OLD.kind) IS NOT (NEW.kind)
            OR (OLD.audience) IS NOT (NEW.audience)
            OR (OLD.sessions) IS NOT (NEW.sessions)
            OR (OLD.person_times) IS NOT (NEW.person_times) BEGIN
          UPDATE province_training_stats SET events = events - COALESCE(1, 0), sessions = sessions - COALESCE(OLD.sessions, 0), person_times = person_times - COALESCE(OLD.person_times, 0)
          WHERE kind = OLD.kind AND audience = OLD.audience AND (1);
          DELETE FROM province_training_stats WHERE kind = OLD.kind AND audience = OLD.audience AND events = 0;
          INSERT OR IGNORE INTO province_training_stats (kind, audience)
          SELECT NEW.kind, NEW.audience WHERE 1;
          UPDATE province_training_stats SET events = events + COALESCE(1, 0), sessions = sessions + COALESCE(NEW.sessions, 0), person_times = person_times + COALESCE(NEW.person_times, 0)
          WHERE kind = NEW.kind AND audience = NEW.audience AND (1);
        END;
        CREATE TABLE province_inspection_pending_month (kind TEXT NOT NULL, month TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (kind, month)) WITHOUT ROWID;
        CREATE TRIGGER province_inspection_pending_month_insert AFTER INSERT ON inspection BEGIN
          INSERT OR IGNORE INTO province_inspection_pending_month (kind, month)
          SELECT NEW.kind, substr(NEW.planned_on, 1, 7) WHERE NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL;
          UPDATE province_inspection_pending_month SET pending = pending + COALESCE(1, 0)
          WHERE kind = NEW.kind AND month = substr(NEW.planned_on, 1, 7) AND (NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL);
        END;
        CREATE TRIGGER province_inspection_pending_month_delete AFTER DELETE ON inspection BEGIN
          UPDATE province_inspection_pending_month SET pending = pending - COALESCE(1, 0)
          WHERE kind = OLD.kind AND month = substr(OLD.planned_on, 1, 7) AND (OLD.done_on IS NULL AND OLD.planned_on IS NOT NULL);
          DELETE FROM province_inspection_pending_month WHERE kind = OLD.kind AND month = substr(OLD.planned_on, 1, 7) AND pending = 0;
        END;
        CREATE TRIGGER province_inspection_pending_month_update AFTER UPDATE ON inspection
          WHEN (OLD.kind) IS NOT (NEW.kind)
            OR (substr(OLD.planned_on, 1, 7)) IS NOT (substr(NEW.planned_on, 1, 7))
            OR (OLD.done_on IS NULL AND OLD.planned_on IS NOT NULL) IS NOT (NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL) BEGIN
          UPDATE province_inspection_pending_month SET pending = pending - COALESCE(1, 0)
          WHERE kind = OLD.kind AND month = substr(OLD.planned_on, 1, 7) AND (OLD.done_on IS NULL AND OLD.planned_on IS NOT NULL);
          DELETE FROM province_inspection_pending_month WHERE kind = OLD.kind AND month = substr(OLD.planned_on, 1, 7) AND pending = 0;
          INSERT OR IGNORE INTO province_inspection_pending_month (kind, month)
          SELECT NEW.kind, substr(NEW.planned_on, 1, 7) WHERE NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL;
          UPDATE province_inspection_pending_month SET pending = pending + COALESCE(1, 0)
          WHERE kind = NEW.kind AND month = substr(NEW.planned_on, 1, 7) AND (NEW.done_on IS NULL AND NEW.planned_on IS NOT NULL);
        END;
        -- The records as they stand.
        INSERT INTO province_training_stats (kind, audience, events, sessions, person_times)
          SELECT training.kind AS kind, training.audience AS audience, COALESCE(SUM(1), 0), COALESCE(SUM(training.sessions), 0), COALESCE(SUM(training.person_times), 0) FROM training
          WHERE 1 GROUP BY training.kind, training.audience;
        INSERT INTO province_inspection_pending_month (kind, month, pending)
          SELECT inspection.kind AS kind, substr(inspection.planned_on, 1, 7) AS month, COALESCE(SUM(1), 0) FROM inspection
          WHERE inspection.done_on IS NULL AND inspection.planned_on IS NOT NULL GROUP BY inspection.kind, substr(inspection.planned_on, 1, 7);
        """)
}
