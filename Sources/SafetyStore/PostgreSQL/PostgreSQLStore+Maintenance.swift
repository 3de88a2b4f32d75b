import SafetyCore
extension PostgreSQLStore: StoreMaintenance {
    public func isEmpty() throws -> Bool {
        try read { db in try db.value(Int.self, "SELECT COUNT(*) FROM jurisdiction") == 0 }
    }

    public func recountSummaries() throws {
        try write { db in
            try access.authorize(db, .rules)
            for spec in SummaryTables.all { try db.execute(script: PostgresSummarySQL.recount(spec)) }
        }
    }

    /// As SQLite's: every value as text, integers as digits, so both backends compare equal.
    public func summaryTableContents() throws -> [String: [[String]]] {
        try read { db in
            var contents: [String: [[String]]] = [:]
            for spec in SummaryTables.all {
                let columns = (spec.keys.map(\.name) + spec.counters.map(\.name)).joined(separator: ", ")
                let rows = try db.rows("SELECT \(columns) FROM \(spec.table) ORDER BY \(spec.keyList)")
                contents[spec.table] = try rows.map { try $0.texts().map { $0 ?? "NULL" } }
            }
            return contents
        }
    }

    public func recordCounts() throws -> RecordCounts {
        try read { db in
            func count(_ table: String) throws -> Int { try db.value(Int.self, "SELECT COUNT(*) FROM \(table)") ?? 0 }
            return RecordCounts(jurisdictions: try count("jurisdiction"), enterprises: try count("enterprise"),
                                hazards: try count("hazard"), trainings: try count("training"), inspections: try count("inspection"))
        }
    }

    /// ANALYZE, or VACUUM (ANALYZE) outside any transaction; sizes are the whole database's.
    public func optimize(vacuum: Bool) throws -> OptimizeReport {
        let size = "SELECT pg_database_size(current_database())"
        let before = try read { db in
            try access.authorize(db, .rules)
            return try db.value(Int.self, size) ?? 0
        }
        try session { db in try db.execute(vacuum ? "VACUUM (ANALYZE)" : "ANALYZE") }
        return try read { db in
            // reltuples is -1 on a table never analyzed.
            let analyzed = try db.value(Int.self, """
                SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.reltuples >= 0
                """) ?? 0
            return OptimizeReport(analyzed: analyzed, vacuumed: vacuum, bytesBefore: Int64(before),
                                  bytesAfter: Int64(try db.value(Int.self, size) ?? 0))
        }
    }
}
