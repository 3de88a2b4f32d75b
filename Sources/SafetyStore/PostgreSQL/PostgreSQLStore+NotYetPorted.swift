public import SafetyCore

/// The protocols not yet on PostgreSQL (issue 19): each method throws
/// ``StoreError/notOnPostgreSQL(feature:)`` naming the feature, so a command says what is
/// missing instead of failing on a query. Move a protocol out of here when it is ported, and
/// its contract suites from `StoreBackend.sqliteOnlyUntilPorted` to `StoreBackend.all`.
extension PostgreSQLStore {
    func notYet(_ feature: String) -> StoreError { .notOnPostgreSQL(feature: feature) }
}

extension PostgreSQLStore: TriageStore {
    public func triageWindow(filter: TriageFilter, sort: TriageSort, descending: Bool, offset: Int, limit: Int,
                             selection: Int, today: Day) throws -> TriageWindow { throw notYet("the triage list") }
    public func triageDetail(of hazard: Hazard) throws -> (enterprise: Enterprise?, history: [AuditEntry]) {
        throw notYet("the triage detail")
    }
    public func triageSearch(_ text: String, filter: TriageFilter, sort: TriageSort, descending: Bool, today: Day,
                             offset: Int, limit: Int) throws -> [String] { throw notYet("triage search") }
    public func triagePosition(of id: String, filter: TriageFilter, sort: TriageSort, descending: Bool, today: Day) throws -> Int? {
        throw notYet("the triage list")
    }
    public func responsibleUnits(county: String, prefix: String) throws -> [String] { throw notYet("responsible units") }
    public func apply(_ action: HazardAction, to bases: [TriageBasis], note: String?, stamp: AuditStamp, today: Day) throws -> [HazardChange] {
        throw notYet("triage actions")
    }
    public func apply(_ actions: [HazardAction], to basis: TriageBasis, note: String?, stamp: AuditStamp, today: Day) throws -> [HazardChange] {
        throw notYet("triage actions")
    }
    public func undo(_ changes: [HazardChange], stamp: AuditStamp) throws -> [HazardChange] { throw notYet("undo") }
    public func add(_ hazard: Hazard, note: String?, stamp: AuditStamp, today: Day) throws -> HazardChange {
        throw notYet("adding a hazard")
    }
}

extension PostgreSQLStore: DeadlineExtensions {
    public func requestExtension(_ id: String, until: Day, reason: String, stamp: AuditStamp, today: Day) throws -> DeadlineExtension {
        throw notYet("deadline extensions")
    }
    public func decideExtension(_ id: String, approve: Bool, note: String?, stamp: AuditStamp, today: Day) throws
        -> (request: DeadlineExtension, change: HazardChange?) { throw notYet("deadline extensions") }
    public func extensions(of id: String) throws -> [DeadlineExtension] { throw notYet("deadline extensions") }
}

extension PostgreSQLStore: EnterpriseFiles {
    public func enterpriseFile(_ id: String) throws -> EnterpriseFile? { throw notYet("the enterprise file") }
    public func enterprises(county: String, offset: Int, limit: Int) throws -> CountyEnterprises {
        throw notYet("the risk zoom's enterprise list")
    }
}

extension PostgreSQLStore: HazardAttachments {
    public func attach(_ id: String, file path: String, note: String?, stamp: AuditStamp) throws -> Attachment {
        throw notYet("attachments")
    }
    public func attachments(of id: String) throws -> [CheckedAttachment] { throw notYet("attachments") }
}
