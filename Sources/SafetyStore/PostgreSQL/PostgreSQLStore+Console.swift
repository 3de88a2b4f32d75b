import SafetyCore

extension PostgreSQLStore: ConsoleReading {
    public func liveFeed(_ request: ConsoleRequest, onUpdate: (@Sendable () -> Void)?) -> any LiveFeed {
        PostgresConsoleFeed(store: self, request: request, onUpdate: onUpdate ?? {})
    }

    public func situation(_ request: ConsoleRequest, majorsAfter: Int64?) throws
        -> (snapshot: ConsoleSnapshot, newMajors: [ConsoleSnapshot.HazardRow]) {
        try read { db in
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

    /// `snapshot` with the window of the hazard queue `request` asks for, read anew; the rest
    /// is kept (the feed's read when only the window moved and the data did not change).
    func queueWindow(_ request: ConsoleRequest, of snapshot: ConsoleSnapshot) throws -> ConsoleSnapshot {
        try read { db in
            var moved = snapshot
            try moved.readQueueWindow(db, rows: request.hazardRows, offset: request.hazardOffset)
            return moved
        }
    }

    /// `snapshot` with the risk zoom of `request`'s county read again (the same check of the
    /// officer's scope as the whole read's); the rest kept.
    func breakdown(_ request: ConsoleRequest, of snapshot: ConsoleSnapshot) throws -> ConsoleSnapshot {
        try read { db in
            if let county = request.breakdownCounty { try access.authorize(db, .see, county: county) }
            var moved = snapshot
            try moved.readBreakdown(db, county: request.breakdownCounty)
            return moved
        }
    }
}
