extension Migration {
    /// Trainings and sessions per county and month, kept by triggers as the other summary
    /// tables are: the console's twelve months of sessions are a row per county and month, not
    /// a sum over every training of the year at each snapshot (its slowest read at the 3M
    /// province).
    static let v18 = Migration(identifier: "v18: training sessions kept per county and month", sql: """
        CREATE TABLE county_training_month (county TEXT NOT NULL, month TEXT NOT NULL, events INTEGER NOT NULL DEFAULT 0, sessions INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (county, month)) WITHOUT ROWID;
        CREATE TRIGGER county_training_month_insert AFTER INSERT ON training BEGIN
          INSERT OR IGNORE INTO county_training_month (county, month)
          SELECT NEW.county, substr(NEW.held_on, 1, 7) WHERE 1;
          UPDATE county_training_month SET events = events + COALESCE(1, 0), sessions = sessions + COALESCE(NEW.sessions, 0)
          WHERE county = NEW.county AND month = substr(NEW.held_on, 1, 7) AND (1);
        END;
        CREATE TRIGGER county_training_month_delete AFTER DELETE ON training BEGIN
          UPDATE county_training_month SET events = events - COALESCE(1, 0), sessions = sessions - COALESCE(OLD.sessions, 0)
          WHERE county = OLD.county AND month = substr(OLD.held_on, 1, 7) AND (1);
          DELETE FROM county_training_month WHERE county = OLD.county AND month = substr(OLD.held_on, 1, 7) AND events = 0;
        END;
        CREATE TRIGGER county_training_month_update AFTER UPDATE ON training BEGIN
          UPDATE county_training_month SET events = events - COALESCE(1, 0), sessions = sessions - COALESCE(OLD.sessions, 0)
          WHERE county = OLD.county AND month = substr(OLD.held_on, 1, 7) AND (1);
          DELETE FROM county_training_month WHERE county = OLD.county AND month = substr(OLD.held_on, 1, 7) AND events = 0;
          INSERT OR IGNORE INTO county_training_month (county, month)
          SELECT NEW.county, substr(NEW.held_on, 1, 7) WHERE 1;
          UPDATE county_training_month SET events = events + COALESCE(1, 0), sessions = sessions + COALESCE(NEW.sessions, 0)
          WHERE county = NEW.county AND month = substr(NEW.held_on, 1, 7) AND (1);
        END;
        -- The trainings as they stand.
        INSERT INTO county_training_month (county, month, events, sessions)
          SELECT training.county AS county, substr(training.held_on, 1, 7) AS month, COALESCE(SUM(1), 0), COALESCE(SUM(training.sessions), 0) FROM training
          WHERE 1 GROUP BY training.county, substr(training.held_on, 1, 7);
        """)
}
