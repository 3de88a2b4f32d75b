/// What the supervisor has chosen in the counties view.
public struct CountiesState: Sendable, Equatable {
    /// The county page, its towns, or the ranking of all counties.
    public enum Mode: Sendable, Equatable { case page, towns, ranking }

    /// The columns the towns table and the ranking sort by.
    public enum Column: Int, CaseIterable, Sendable {
        case name, rate, overdue, majorOpen, inspectionsOverdue, found, enterprises

        public var next: Column { Column(rawValue: (rawValue + 1) % Column.allCases.count)! }
        /// Worst first: a low rate, many overdue; names alphabetically.
        var worstFirstAscending: Bool { self == .rate || self == .name }
    }

    public var mode = Mode.page
    /// The county on the page, by position in the scope's list.
    public var county = 0
    /// The first line shown of a long page or table; the selected row of a table.
    public var scroll = 0
    public var selection = 0
    public var column = Column.rate
    /// Reverses the worst-first order.
    public var reversed = false
    /// The text typed after `/`, while finding a county.
    public var search: String?
    public var showsHelp = false
    public var message: String?

    public init() {}
}
