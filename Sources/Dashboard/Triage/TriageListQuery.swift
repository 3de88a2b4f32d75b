public import SafetyCore
public import SafetyStore

/// Which list the triage officer works: the filter, the order, and the day urgency is
/// counted at. Every triage read is for one.
public struct TriageListQuery: Sendable, Equatable {
    public var filter: TriageFilter
    public var sort: TriageSort
    public var descending: Bool
    public var today: Day

    public init(filter: TriageFilter, sort: TriageSort, descending: Bool, today: Day) {
        self.filter = filter
        self.sort = sort
        self.descending = descending
        self.today = today
    }
}
