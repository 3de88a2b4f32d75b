public import SafetyCore

/// The protocols not yet on PostgreSQL (issue 19): each method throws
/// ``StoreError/notOnPostgreSQL(feature:)`` naming the feature, so a command says what is
/// missing instead of failing on a query. Move a protocol out of here when it is ported, and
/// its contract suites from `StoreBackend.sqliteOnlyUntilPorted` to `StoreBackend.all`.
extension PostgreSQLStore {
    func notYet(_ feature: String) -> StoreError { .notOnPostgreSQL(feature: feature) }
}

extension PostgreSQLStore: ConsoleReading {
    public func liveFeed(_ request: ConsoleRequest, onUpdate: (@Sendable () -> Void)?) -> any LiveFeed {
        UnportedFeed(failure: ConsoleFeedFailure(description: notYet("the console's live feed").description))
    }

    public func situation(_ request: ConsoleRequest, majorsAfter: Int64?) throws
        -> (snapshot: ConsoleSnapshot, newMajors: [ConsoleSnapshot.HazardRow]) {
        throw notYet("the console's situation")
    }
}

/// A feed that only reports that the console is not on PostgreSQL yet.
private struct UnportedFeed: LiveFeed {
    let failure: ConsoleFeedFailure
    func request(_ request: ConsoleRequest) {}
    func take() -> (update: ConsoleUpdate?, failure: ConsoleFeedFailure?) { (nil, failure) }
    func stop() {}
}

extension PostgreSQLStore: CountiesReading {
    public func countyNames() throws -> [String] { throw notYet("county names") }
    public func summaries(counties: [String]?, asOf: Day) throws -> [CountySummary] { throw notYet("county summaries") }
    public func countyPage(_ county: String, asOf: Day) throws -> CountyPage { throw notYet("the county page") }
    public func townFigures(_ county: String, asOf: Day) throws -> [TownFigures] { throw notYet("town figures") }
    public func countyRanking(_ counties: [String]?, asOf: Day) throws -> [CountySummary] { throw notYet("the county ranking") }
    public func monthFigures(_ counties: [String], month: Month) throws -> (current: [MonthFigures], previous: [MonthFigures]) {
        throw notYet("month figures")
    }
    public func bulletinHazards(_ counties: [String], month: Month, overdueOnly: Bool) throws -> [BulletinHazard] {
        throw notYet("bulletin hazards")
    }
}

extension PostgreSQLStore: Scheduling {
    public func planInputs(county: String) throws -> (enterprises: [Enterprise], roster: [Inspector]) {
        throw notYet("inspection planning")
    }
    public func save(_ plan: InspectionPlan) throws -> Int { throw notYet("saving a plan") }
    public func recordInspection(_ id: String, doneOn day: Day, hazards: [String], stamp: AuditStamp, today: Day) throws {
        throw notYet("recording an inspection")
    }
}
