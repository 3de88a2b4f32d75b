import GRDB

/// The database schema, as GRDB migrations. A migration is never edited once it has shipped:
/// changes come as new migrations appended to `migrator`.
enum Schema {
    /// Statuses of a hazard still to be rectified; the partial indexes and the overdue counts use it.
    static let unrectifiedStatuses = "('open','assigned','rectifying')"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: records, summaries, audit", migrate: createV1)
        // Monthly bulletins count hazards rectified in a month, per county.
        migrator.registerMigration("v2: hazards by rectification day") { db in
            try db.execute(sql: "CREATE INDEX hazard_county_rectified ON hazard(county, rectified_on) WHERE rectified_on IS NOT NULL")
        }
        // A saved plan's inspections name the rule that planned them, for the progress lines.
        migrator.registerMigration("v3: inspections remember their rule") { db in
            try db.execute(sql: "ALTER TABLE inspection ADD COLUMN rule TEXT")
            try db.execute(sql: "CREATE INDEX inspection_rule ON inspection(county, rule, planned_on) WHERE rule IS NOT NULL")
        }
        // An inspection recorded as done links the hazards it found.
        migrator.registerMigration("v4: hazards link the inspection that found them") { db in
            try db.execute(sql: "ALTER TABLE hazard ADD COLUMN inspection_id TEXT")
            try db.execute(sql: "CREATE INDEX hazard_inspection ON hazard(inspection_id) WHERE inspection_id IS NOT NULL")
        }
        // The triage list's other orders over the open queue, so that sorting by them reads
        // one page instead of sorting hundreds of thousands of rows.
        // (No index led by status: with `status IN (…)` in every queue query, SQLite would
        // pick it over the queue index and sort.)
        migrator.registerMigration("v5: open queue by deadline and found day") { db in
            try db.execute(sql: """
                CREATE INDEX hazard_open_deadline ON hazard(deadline, id)
                  WHERE status IN \(unrectifiedStatuses) AND duplicate_of IS NULL;
                CREATE INDEX hazard_open_found ON hazard(found_on, id)
                  WHERE status IN \(unrectifiedStatuses) AND duplicate_of IS NULL;
                """)
        }
        // The console's "every red enterprise visited this month" starts from the few red ones.
        migrator.registerMigration("v6: red enterprises") { db in
            try db.execute(sql: "CREATE INDEX enterprise_red ON enterprise(county) WHERE risk_level = 'red'")
        }
        // Sorting the triage list by status or by enterprise reads one page along an index,
        // as the other orders do; counts by county and day (twelve-month trends, bulletins) are
        // answered from indexes that hold only kept hazards, without reading the rows for
        // `duplicate_of`; red visits look up each red enterprise's done inspections in the index.
        migrator.registerMigration("v7: open queue by status and enterprise; kept hazards by day") { db in
            try db.execute(sql: """
                CREATE INDEX hazard_open_status ON hazard(status, grade DESC, deadline, id)
                  WHERE status IN \(unrectifiedStatuses) AND duplicate_of IS NULL;
                CREATE INDEX hazard_open_enterprise ON hazard(enterprise_id, id)
                  WHERE status IN \(unrectifiedStatuses) AND duplicate_of IS NULL;
                CREATE INDEX enterprise_name ON enterprise(name, id);
                CREATE INDEX enterprise_county_name ON enterprise(county, name, id);
                DROP INDEX hazard_county_found;
                CREATE INDEX hazard_county_found_kept ON hazard(county, found_on) WHERE duplicate_of IS NULL;
                DROP INDEX hazard_county_rectified;
                CREATE INDEX hazard_county_rectified_kept ON hazard(county, rectified_on)
                  WHERE rectified_on IS NOT NULL AND duplicate_of IS NULL;
                DROP INDEX inspection_enterprise;
                CREATE INDEX inspection_enterprise_done ON inspection(enterprise_id, done_on);
                """)
        }
        // Overdue counts (every county's, for the console and the ranking) and town figures
        // read summary rows instead of every open hazard or every hazard of a county.
        migrator.registerMigration("v8: figures by due day and by town") { db in
            try SummaryTables.create(db, SummaryTables.v8)
            try SummaryTables.recount(db, SummaryTables.v8)
            try db.execute(sql: SummaryTables.enterpriseChangesSQL(SummaryTables.v8))
            // A county's pending inspections by day, for its towns' overdue counts.
            try db.execute(sql: """
                CREATE INDEX inspection_county_pending ON inspection(county, planned_on, enterprise_id) WHERE done_on IS NULL
                """)
        }
        // Likely duplicates are looked up for every row of a triage window: the enterprise's
        // hazards found within days of it, not all of the enterprise's hazards.
        migrator.registerMigration("v9: hazards by enterprise and day") { db in
            try db.execute(sql: """
                DROP INDEX hazard_enterprise;
                CREATE INDEX hazard_enterprise_found ON hazard(enterprise_id, found_on);
                """)
        }
        // A county's page and its towns, and the console's red visits, read summary rows.
        migrator.registerMigration("v10: figures by town; red enterprises' inspections by day") { db in
            try SummaryTables.create(db, SummaryTables.v10)
            try SummaryTables.recount(db, SummaryTables.v10)
            try db.execute(sql: "DROP TRIGGER enterprise_moves")
            try db.execute(sql: SummaryTables.enterpriseChangesSQL(SummaryTables.v8 + SummaryTables.v10))
            // A red enterprise's rows, recounted when it changes.
            try db.execute(sql: "CREATE INDEX red_inspection_day_enterprise ON red_inspection_day(enterprise_id)")
        }
        // Overdue figures of every county (the console, the ranking, the overdue filter's count)
        // sum a row per month and the days of the current month, not every due day.
        migrator.registerMigration("v11: figures kept by month beside those kept by day") { db in
            try SummaryTables.create(db, SummaryTables.v11)
            try SummaryTables.recount(db, SummaryTables.v11)
            try db.execute(sql: """
                CREATE INDEX county_open_deadline_day ON county_open_deadline(deadline);
                CREATE INDEX county_inspection_pending_day ON county_inspection_pending(planned_on);
                """)
        }
        // An enterprise not yet assessed (no risk level) made the summary triggers add NULL to
        // their counters, and a row-by-row import of it failed: the triggers now add nothing
        // for NULL, as a recount's SUM does.
        migrator.registerMigration("v12: summary triggers count NULL as nothing") { db in
            for spec in SummaryTables.all {
                for name in spec.triggerNames { try db.execute(sql: "DROP TRIGGER \(name)") }
                try db.execute(sql: spec.triggersSQL)
            }
        }
        // Red visits and reward industries are read from summary tables since v10 and v11: these
        // indexes were only kept up to date, on every enterprise write.
        migrator.registerMigration("v13: indexes no query reads") { db in
            try db.execute(sql: "DROP INDEX enterprise_red; DROP INDEX enterprise_reward_industry")
        }
        return migrator
    }

    private static func createV1(_ db: Database) throws {
        try db.execute(sql: """
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
              WHERE status IN \(unrectifiedStatuses) AND duplicate_of IS NULL;
            CREATE INDEX hazard_open_county_queue ON hazard(county, grade DESC, deadline, id)
              WHERE status IN \(unrectifiedStatuses) AND duplicate_of IS NULL;

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
            """)
        try SummaryTables.create(db, SummaryTables.v1)
    }
}
