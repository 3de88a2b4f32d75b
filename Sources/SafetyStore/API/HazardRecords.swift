public import SafetyCore

/// Records as the command line lists and shows them.
public protocol HazardRecords: Sendable {
    /// Calls `body` with every hazard that `filter` lets through, most urgent first, read a
    /// page at a time so memory does not grow with the table; with `limit`, with the first
    /// `limit` only, and nothing after them is read.
    func forEachHazard(_ filter: HazardFilter, limit: Int?, pageSize: Int, _ body: (Hazard) throws -> Void) throws
    /// The hazard `id` as it is now, with its revision; ``StoreError/notFound(kind:id:)`` when there is none.
    func trackedHazard(_ id: String) throws -> TrackedHazard
    /// The audit trail of hazard `id`, oldest first.
    func hazardHistory(_ id: String) throws -> [AuditEntry]
    /// The enterprises of `county`, or of every county.
    func enterprises(county: String?) throws -> [Enterprise]
    /// The enterprise `id`, or nil.
    func enterprise(_ id: String) throws -> Enterprise?
}

extension HazardRecords {
    /// ``forEachHazard(_:limit:pageSize:_:)`` with no limit.
    public func forEachHazard(_ filter: HazardFilter, pageSize: Int, _ body: (Hazard) throws -> Void) throws {
        try forEachHazard(filter, limit: nil, pageSize: pageSize, body)
    }
}
