/// A triage officer's named view of the triage list: the filter, the order and the columns,
/// kept per operator so that the same list comes back in any console or `hazard list --view`.
///
/// The filter is kept as the text the officer types after `f` (`TriageFilterText` in the
/// Dashboard reads and writes it): words that every build and every backend store as they
/// are, and that a person can read in `view list`.
public struct SavedView: Sendable, Equatable {
    /// Unique per operator.
    public var name: String
    /// The filter words, e.g. `grade=major overdue`; "" for the default queue.
    public var filter: String
    public var sort: TriageSort
    public var descending: Bool
    /// Left to right; never empty.
    public var columns: [TriageColumn]

    public init(name: String, filter: String, sort: TriageSort = .urgency, descending: Bool = false,
                columns: [TriageColumn] = TriageColumn.defaults) {
        self.name = name
        self.filter = filter
        self.sort = sort
        self.descending = descending
        self.columns = columns.isEmpty ? TriageColumn.defaults : columns
    }

    /// The longest name a view may have, in characters.
    public static let maximumNameLength = 40
}

/// What ``SavedViews/saveView(_:)`` did.
public enum SavedViewSave: Sendable, Equatable {
    case added
    /// A view of that name was there and now holds the new filter, order and columns.
    case replaced
}
