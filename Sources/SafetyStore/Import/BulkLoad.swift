import GRDB
import Logging

/// When the import loads a table with its secondary indexes and summary triggers set aside.
public enum BulkLoadPolicy: Sendable {
    /// Set aside for a file that is large against its table (see `BulkLoad.pays(fileRows:tableRows:)`).
    case automatic
    /// Set aside for every file, whatever its size.
    case always
    /// Never: every row goes through every index and trigger as it is inserted.
    case never
}

/// A bulk load inside the import's write transaction: the secondary indexes and summary
/// triggers of the tables it loads are dropped, and rebuilt once every row is in.
///
/// Building an index once from sorted rows is far cheaper than keeping it up to date row by
/// row, whose inserts land on random pages. Their SQL is read from `sqlite_master` and
/// replayed as it was, so the schema comes back exactly as the migrations left it; the
/// summary tables are recounted once (`SummaryTables.Spec.bulkRecountSQL`) instead of by a
/// trigger per row. The primary keys and unique indexes stay, so a duplicate id fails on its
/// own row as before. If the import fails, the transaction's rollback puts everything back,
/// indexes and triggers included.
struct BulkLoad {
    private let db: Database
    /// The SQL of what was dropped, in `sqlite_master` order, to replay.
    private var dropped: [String] = []
    private var tables: Set<String> = []

    /// A file of fewer rows goes through the indexes: the rebuild's fixed costs (sorting the
    /// whole table again, the summary recount) would outweigh what it saves.
    static let minimumRows = 20_000

    init(_ db: Database) {
        self.db = db
    }

    /// True when rebuilding after the load beats keeping the indexes up to date: the file is
    /// large, and large against the rows already in the table (which are sorted again too).
    static func pays(fileRows: Int, tableRows: Int) -> Bool {
        fileRows >= minimumRows && fileRows * 2 >= tableRows
    }

    /// Whether `policy` sets `table`'s indexes aside for a file of about `fileRows` rows.
    static func applies(_ policy: BulkLoadPolicy, to table: String, fileRows: Int, db: Database) throws -> Bool {
        switch policy {
        case .always: true
        case .never: false
        case .automatic:
            // Counting a large table takes a moment: only for a file that could pay.
            try fileRows >= minimumRows
                && pays(fileRows: fileRows, tableRows: Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0)
        }
    }

    /// True when `table`'s indexes and summary triggers are set aside.
    func hasSetAside(_ table: String) -> Bool { tables.contains(table) }

    /// Drops the secondary indexes and summary triggers of `table` (once per table).
    mutating func setAside(_ table: String) throws {
        guard tables.insert(table).inserted else { return }
        // Only the triggers the summary specs create: any other trigger may do what no recount redoes.
        let summaryTriggers = Set(SummaryTables.all.filter { $0.source == table }.flatMap(\.triggerNames))
        let rows = try Row.fetchAll(db, sql: """
            SELECT type, name, sql FROM sqlite_master
            WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL
            ORDER BY rowid
            """, arguments: [table])
        for row in rows {
            let type: String = row["type"], name: String = row["name"], sql: String = row["sql"]
            // Unique indexes stay: they check each row as it comes, so a duplicate id is named on its line.
            let keep = type == "index" ? Self.isUnique(sql) : !summaryTriggers.contains(name)
            if keep { continue }
            try db.execute(sql: "DROP \(type == "index" ? "INDEX" : "TRIGGER") \(name.quotedDatabaseIdentifier)")
            dropped.append(sql)
        }
    }

    /// Recounts the summary tables of the loaded tables and rebuilds what was dropped. Call
    /// once, after the last row.
    func finish(logger: Logger) throws {
        guard !tables.isEmpty else { return }
        for spec in SummaryTables.all where tables.contains(spec.source) {
            let start = ContinuousClock.now
            try db.execute(sql: spec.bulkRecountSQL)
            logger.debug("bulk load: \(spec.table) recounted in \(ContinuousClock.now - start)")
        }
        let start = ContinuousClock.now
        for sql in dropped { try db.execute(sql: sql) }
        logger.debug("bulk load: \(dropped.count) indexes and triggers rebuilt in \(ContinuousClock.now - start)")
    }

    private static func isUnique(_ sql: String) -> Bool {
        sql.drop { $0.isWhitespace }.uppercased().hasPrefix("CREATE UNIQUE")
    }
}
