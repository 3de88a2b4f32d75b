public import SafetyCore

/// The triage officer's reads and writes. Every write goes through `HazardLifecycle` and is
/// stored together with its audit row in one transaction; see ``TriageBasis`` for how
/// concurrent writers are kept from losing each other's updates.
public protocol TriageStore: Sendable {
    /// The list's count, the rows at `offset..<offset + limit`, and the detail of the row at
    /// list position `selection` (clamped to the list), in one consistent read.
    func triageWindow(filter: TriageFilter, sort: TriageSort, descending: Bool, offset: Int, limit: Int,
                      selection: Int, today: Day) throws -> TriageWindow
    /// The enterprise and the history of `hazard`, for the detail pane.
    func triageDetail(of hazard: Hazard) throws -> (enterprise: Enterprise?, history: [AuditEntry])
    /// Ids, in list order, of hazards whose id, enterprise name or description contains `text`.
    func triageSearch(_ text: String, filter: TriageFilter, sort: TriageSort, descending: Bool, today: Day,
                      offset: Int, limit: Int) throws -> [String]
    /// Where hazard `id` is in the list now, or nil when it left it.
    func triagePosition(of id: String, filter: TriageFilter, sort: TriageSort, descending: Bool, today: Day) throws -> Int?
    /// Responsible units already used in `county` starting with `prefix`, most used first.
    func responsibleUnits(county: String, prefix: String) throws -> [String]

    /// Applies `action` to every hazard of `bases` in one transaction: all change or none.
    /// `note` goes to the audit row besides the action's own note or reason.
    @discardableResult
    func apply(_ action: HazardAction, to bases: [TriageBasis], note: String?, stamp: AuditStamp, today: Day) throws -> [HazardChange]
    /// Applies `actions` one after the other to one hazard in one transaction: each sees the
    /// last one's result; all change or none. Only the first is checked against `basis`.
    @discardableResult
    func apply(_ actions: [HazardAction], to basis: TriageBasis, note: String?, stamp: AuditStamp, today: Day) throws -> [HazardChange]
    /// Puts back what `changes` changed, newest first, as long as nobody changed those
    /// hazards since; audited as `undo`. Returns the changes the undo made.
    func undo(_ changes: [HazardChange], stamp: AuditStamp) throws -> [HazardChange]
    /// Records a new hazard, checked as an import row is; audited as `add`.
    @discardableResult
    func add(_ hazard: Hazard, note: String?, stamp: AuditStamp, today: Day) throws -> HazardChange
}

extension TriageStore {
    /// ``triageSearch(_:filter:sort:descending:today:offset:limit:)`` from the first match, one batch.
    public func triageSearch(_ text: String, filter: TriageFilter, sort: TriageSort, descending: Bool, today: Day) throws -> [String] {
        try triageSearch(text, filter: filter, sort: sort, descending: descending, today: today, offset: 0, limit: TriageSearch.batch)
    }

    @discardableResult
    public func apply(_ action: HazardAction, to bases: [TriageBasis], stamp: AuditStamp, today: Day) throws -> [HazardChange] {
        try apply(action, to: bases, note: nil, stamp: stamp, today: today)
    }

    @discardableResult
    public func apply(_ actions: [HazardAction], to basis: TriageBasis, stamp: AuditStamp, today: Day) throws -> [HazardChange] {
        try apply(actions, to: basis, note: nil, stamp: stamp, today: today)
    }

    @discardableResult
    public func add(_ hazard: Hazard, stamp: AuditStamp, today: Day) throws -> HazardChange {
        try add(hazard, note: nil, stamp: stamp, today: today)
    }
}

/// How many search matches are read at a time (`n` past the last one reads the next batch).
public enum TriageSearch {
    public static let batch = 20
}

/// What a write was based on: the record as the caller saw it, or only its id (a script that
/// applies to whatever is there), optionally with the revision it must still have.
/// - an action is applied to the record as it is now, not as the caller last saw it;
/// - when the caller says what it saw (the console does) and someone else has since changed a
///   field this action would change, the action is refused with ``TriageError/changed`` and
///   the fresh record, and the officer decides again.
public enum TriageBasis: Sendable, Equatable {
    case seen(TrackedHazard)
    case id(String, expectedRevision: Int? = nil)

    /// The hazard's id.
    public var id: String {
        switch self {
        case let .seen(tracked): tracked.hazard.id
        case let .id(id, _): id
        }
    }
}
