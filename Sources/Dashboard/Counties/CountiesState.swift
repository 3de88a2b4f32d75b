public import SafetyCore
public import SafetyStore
public import TerminalUI

/// The counties view as a value: what the supervisor chose and what was read for it. Changed
/// only by ``reduce(_:_:)``; drawn by ``CountiesScreen``.
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

    /// One county's desk (`--county`), or nil for every county.
    public var scope: String?
    public var language: Language
    /// The day figures are counted at; nil until the loop says.
    public var today: Day?

    public var mode = Mode.page
    /// The county on the page, by position in ``counties``.
    public var county = 0
    /// The first line shown of a long page or table; the selected row of a table.
    public var scroll = 0
    public var selection = 0
    public var column = Column.rate
    /// Reverses the worst-first order.
    public var reversed = false
    /// The text typed after `/`, while finding a county.
    public var search: TextField?
    public var showsHelp = false
    public var message: String?
    /// The officer's role: the keys it lacks are hidden and refused (see ``RoleKeys``).
    public var role: OperatorRole = .admin
    /// Rows of a table or page on screen.
    public var visibleRows = 20
    /// The key table (the config file's `[keys]` applied): input, key bar and help.
    public var keys = KeyTables.standard.counties

    /// The scope's counties, in page order.
    public var counties: [String] = []
    /// The figures of the county on the page; nil while they are read.
    public var page: CountyPage?
    public var towns: [TownFigures] = []
    /// The towns of the county shown are being read (an empty table is not "no towns" yet).
    public var readingTowns = false
    public var ranking: [CountySummary] = []

    public init(scope: String? = nil, language: Language = .zh) {
        self.scope = scope
        self.language = language
    }

    /// The name of the county on the page, if the list is read.
    public var countyName: String? { counties.indices.contains(county) ? counties[county] : nil }

    /// Rows of the table on screen (towns or ranking).
    public var tableCount: Int { mode == .towns ? towns.count : mode == .ranking ? ranking.count : 0 }
}
