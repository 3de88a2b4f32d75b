import GRDB
public import SafetyCore

extension SafetyDatabase: ConsoleReading {
    public func liveFeed(_ request: ConsoleRequest, onUpdate: (@Sendable () -> Void)?) -> any LiveFeed {
        ConsoleFeed(database: self, request: request, onUpdate: onUpdate ?? {})
    }

    public func situation(_ request: ConsoleRequest, majorsAfter: Int64?) throws
        -> (snapshot: ConsoleSnapshot, newMajors: [ConsoleSnapshot.HazardRow]) {
        // Where written: the console re-reads after each of its own triage writes too.
        try readWhereWritten { db in
            var request = request
            request.scope = try access.readScope(db, county: request.scope)
            if let county = request.breakdownCounty { try access.authorize(db, .see, county: county) }
            let snapshot = try ConsoleSnapshot.read(
                db, scope: request.scope, asOf: request.asOf, hazardRows: request.hazardRows,
                hazardOffset: request.hazardOffset, breakdownCounty: request.breakdownCounty)
            let newMajors = try majorsAfter.map { try ConsoleSnapshot.majorHazards(db, after: $0, scope: request.scope) } ?? []
            return (snapshot, newMajors)
        }
    }

    /// `snapshot` with one part of what `request` asks for read anew, the rest kept (the feed's
    /// read when only that part of the request changed and the data did not): the queue's
    /// window, or the risk zoom's county, checked against the officer's scope as the whole
    /// read checks it.
    func reread(_ part: FeedMemory.Part, of request: ConsoleRequest, into snapshot: ConsoleSnapshot) throws -> ConsoleSnapshot {
        try readWhereWritten { db in
            var moved = snapshot
            switch part {
            case .window:
                try moved.readQueueWindow(db, rows: request.hazardRows, offset: request.hazardOffset)
            case .breakdown:
                if let county = request.breakdownCounty { try access.authorize(db, .see, county: county) }
                try moved.readBreakdown(db, county: request.breakdownCounty)
            }
            return moved
        }
    }
}

extension SafetyDatabase: HazardRecords {
    public func forEachHazard(_ filter: HazardFilter, limit: Int?, pageSize: Int, _ body: (Hazard) throws -> Void) throws {
        try pool.read { db in
            var filter = filter
            filter.county = try access.readScope(db, county: filter.county)
            try HazardQuery.forEach(db, filter: filter, limit: limit, pageSize: pageSize, body)
        }
    }

    public func trackedHazard(_ id: String) throws -> TrackedHazard {
        try pool.read { db in
            try access.authorize(db, .see, hazard: id)
            return try TrackedHazard.find(db, id: id)
        }
    }

    public func hazardHistory(_ id: String) throws -> [AuditEntry] {
        try pool.read { db in
            try access.authorize(db, .see, hazard: id)
            return try AuditEntry.history(db, entity: "hazard", id: id)
        }
    }

    public func enterprises(county: String?) throws -> [Enterprise] {
        try pool.read { db in try EnterpriseQuery.all(db, county: try access.readScope(db, county: county)) }
    }

    public func enterprise(_ id: String) throws -> Enterprise? {
        try pool.read { db in
            let found = try EnterpriseQuery.find(db, id: id)
            try access.authorize(db, .see, county: found?.county)
            return found
        }
    }
}

extension SafetyDatabase: Importing {
    public func importFiles(_ paths: [String], options: ImportOptions) throws -> ImportSummary {
        var importer = CSVImporter(database: self, today: options.today, stamp: options.stamp)
        importer.progress = options.progress
        importer.bulkLoad = options.bulkLoad
        importer.update = options.update
        return try importer.importFiles(paths)
    }
}

extension SafetyDatabase: StoreMaintenance {
    public func isEmpty() throws -> Bool {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM jurisdiction") == 0 }
    }

    public func recountSummaries() throws {
        try pool.write { db in
            try access.authorize(db, .rules)
            try SummaryTables.recount(db)
        }
    }

    public func summaryTableContents() throws -> [String: [[String]]] {
        try pool.read { db in
            var contents: [String: [[String]]] = [:]
            for spec in SummaryTables.all {
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(spec.table) ORDER BY \(spec.keyList)")
                contents[spec.table] = rows.map { row in row.databaseValues.map { "\($0)" } }
            }
            return contents
        }
    }

    public func recordCounts() throws -> RecordCounts {
        try pool.read { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            return RecordCounts(jurisdictions: try count("jurisdiction"), enterprises: try count("enterprise"),
                                hazards: try count("hazard"), trainings: try count("training"), inspections: try count("inspection"))
        }
    }
}
