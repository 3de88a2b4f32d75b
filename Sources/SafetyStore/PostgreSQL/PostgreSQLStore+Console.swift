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

    /// `snapshot` with one part of what `request` asks for read anew, the rest kept (the feed's
    /// read when only that part of the request changed and the data did not): the queue's
    /// window, or the risk zoom's county, checked against the officer's scope as the whole
    /// read checks it.
    func reread(_ part: FeedMemory.Part, of request: ConsoleRequest, into snapshot: ConsoleSnapshot) throws -> ConsoleSnapshot {
        try read { db in
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
