import GRDB

/// One shipped step of the schema: the identifier GRDB records in `grdb_migrations` and the
/// SQL it runs, as fixed text.
///
/// A migration never changes once it has shipped (GRDB's rule): a database made last month
/// and one made today must hold the same schema. So the SQL is written out here, never built
/// from code that keeps changing — `SummaryTables` may change for the bulk import and the
/// recount, and no migration follows it. Changes come as new migrations appended to
/// `Schema.migrations`.
///
/// The text of v1…v13 is what the build of commit 02381fb executed, generated once from the
/// `SummaryTables` code of that build (v1, v8, v10, v11, v12) and from the literals of
/// `Schema` (the others, with the status list, now `StatusList.unrectified`, written out). It is what a new
/// database gets. Databases migrated by earlier builds ran other text for some of these steps:
/// before 9b01f5a, the summary triggers of v1, v8, v10 and v11 added a counter's expression
/// without `COALESCE(…, 0)`; v12 dropped and remade every summary trigger, so from v12 on both
/// hold the same triggers. The upgrade test (`MigrationUpgradeTests`) checks that a database
/// at each earlier version, brought up to date, equals a new one.
///
/// Swift strings rather than `.sql` resources: the package has no resources, and the
/// command line then needs no bundle found beside the binary at run time.
struct Migration: Sendable {
    /// The name GRDB records once the migration has run; never renamed.
    let identifier: String
    /// The statements, run in order in the migration's transaction.
    let sql: String
    /// What SQL cannot do, run after `sql` in the same transaction (v14 hashes the audit rows
    /// already there); nil for the migrations that are SQL only.
    var then: (@Sendable (Database) throws -> Void)? = nil
}
