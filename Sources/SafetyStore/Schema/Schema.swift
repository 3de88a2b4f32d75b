import GRDB

/// The database schema, as GRDB migrations of fixed SQL text (`Migration`). A migration is
/// never edited once it has shipped: changes come as new migrations appended to `migrations`.
enum Schema {
    /// Every shipped migration, oldest first. Append only: see `Migration`.
    static let migrations: [Migration] = [.v1, .v2, .v3, .v4, .v5, .v6, .v7, .v8, .v9, .v10, .v11, .v12, .v13, .v14, .v15, .v16, .v17, .v18, .v19, .v20, .v21]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.identifier) { db in
                try db.execute(sql: migration.sql)
                try migration.then?(db)
            }
        }
        return migrator
    }
}
