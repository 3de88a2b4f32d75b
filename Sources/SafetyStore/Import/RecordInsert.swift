import GRDB
import GRDBSQLite
import SafetyCore

/// The prepared INSERT of one kind of record: prepared once per file, executed once per row,
/// each value bound straight to its parameter with GRDB's `StatementBinding`.
///
/// `StatementArguments` would take every value as an existential and convert it through a key
/// path: at millions of rows that was a fifth of the import's time (measured with perf).
/// Values are stored exactly as through `StatementArguments`, by the same `bind` methods.
struct RecordInsert {
    private let statement: Statement

    init(_ db: Database, kind: ImportKind) throws {
        // `insert` gives the values in the order of the contract's columns.
        let columns = kind.columns.map(\.name)
        statement = try db.cachedStatement(sql: """
            INSERT INTO \(kind.table) (\(columns.joined(separator: ", ")))
            VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
            """)
        // GRDB's `execute()` runs with whatever is bound once arguments count as set; the
        // values are then bound here, row after row.
        statement.setUncheckedArguments(StatementArguments())
    }

    /// Inserts `record`; throws GRDB's `DatabaseError` as `execute` would (a duplicate key is
    /// `SQLITE_CONSTRAINT`).
    func insert(_ record: ImportRecord) throws {
        switch record {
        case .jurisdiction(let j):
            try execute(j.code, j.name, j.level, j.parentCode)
        case .enterprise(let e):
            try execute(e.id, e.name, e.county, e.town, e.industry, e.scale, e.keySupervised, e.riskLevel,
                        e.riskAssessedOn, e.rewardMechanism, e.platformRegistered)
        case .hazard(let h):
            try execute(h.id, h.enterpriseId, h.county, h.foundOn, h.source, h.grade, h.description, h.status,
                        h.responsible, h.deadline, h.rectifiedOn, h.closedOn, h.listedOn, h.delistedOn, h.rewardYuan)
        case .training(let t):
            try execute(t.id, t.county, t.heldOn, t.kind, t.audience, t.mode, t.sessions, t.personTimes, t.topic,
                        t.materials)
        case .inspection(let i):
            try execute(i.id, i.county, i.enterpriseId, i.kind, i.plannedOn, i.doneOn, i.team, i.hazardsFound,
                        i.inspectors)
        case .fact(let f):
            try execute(f.county, f.key, f.value, f.note)
        case .inspector(let p):
            try execute(p.id, p.name, p.body, p.town)
        }
    }

    private func execute<each Value: StatementBinding>(_ values: repeat each Value) throws {
        let handle = statement.sqliteStatement
        // Binding needs a reset statement; and a step that failed (a duplicate id) leaves its
        // error for the next reset, which GRDB's `execute()` would throw for the wrong row.
        sqlite3_reset(handle)
        var index: Int32 = 0
        var failure = SQLITE_OK
        for value in repeat each values {
            index += 1
            let code = value.bind(to: handle, at: index)
            if failure == SQLITE_OK { failure = code }
        }
        assert(index == sqlite3_bind_parameter_count(handle), "one value per column of the INSERT")
        guard failure == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: failure), message: "cannot bind a value", sql: statement.sql)
        }
        try statement.execute()
    }
}
