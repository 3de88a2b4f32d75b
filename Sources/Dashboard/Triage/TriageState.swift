public import SafetyCore
public import SafetyStore
public import TerminalUI

/// The triage view as a value: filter, order, selection, marks, the open prompt, the search,
/// the last message, and the window of rows read for them. Changed only by
/// ``reduce(_:_:)``; drawn by ``TriageScreen``.
public struct TriageState: Sendable, Equatable {
    /// One county's desk (`--county`), which every filter keeps, or nil.
    public var scope: String?
    public var language: Language
    /// The day urgency is counted at; nil until the loop says.
    public var today: Day?

    public var filter: TriageFilter
    public var sort = TriageSort.urgency
    public var descending = false
    /// The table's columns, left to right (`C` edits them; a saved view keeps them).
    public var columns = TriageColumn.defaults
    /// Position of the selected row in the filtered, sorted list.
    public var selection = 0
    /// Ids marked with Space: `a`, `d` and `w` apply to all of them.
    public var marked: Set<String> = []
    public var prompt: TriagePrompt?
    /// The last search text, the hazards it matched in list order, and the one jumped to.
    public var searchText = ""
    public var matches: [String] = []
    public var matchIndex = 0
    /// The last batch of matches read was full: more may follow the ones in `matches`.
    public var moreMatches = false
    public var showsHelp = false
    /// The status line: what the last action did, or why it was refused.
    public var message: TriageMessage?
    /// The officer's role: the keys it lacks are hidden and refused (see ``RoleKeys``).
    public var role: OperatorRole = .admin
    /// The key table (the config file's `[keys]` applied): input, key bar and help.
    public var keys = KeyTables.standard.triage

    /// The count and the rows read around the selection, with the selected hazard's detail.
    public var data = TriageWindow()
    /// The positions `data` holds.
    public var loadedWindow: Range<Int> = 0..<0
    /// Rows of the list on screen.
    public var pageRows = 20
    /// The marked rows as they were read, for the stale-read check.
    public var markedRows: [String: TrackedHazard] = [:]
    /// This console's actions, newest last: `u` undoes the last.
    public var undoStack: [[HazardChange]] = []
    /// The hazard whose enterprise and history `data` holds.
    public var detailId: String?
    /// The hazard the officer is on, followed when the data changes under it.
    public var followedId: String?
    /// The first batch of matches for ``searchText`` is still being read.
    public var searchPending = false
    /// `n` / `N` pressed while those matches were read, forward minus back: applied when they come.
    public var pendingMatchMoves = 0
    /// The serial of the last window read asked for.
    public var windowSerial = 0
    /// A window read for the rows on screen is out (not one for the rest of the window, read
    /// after the screen's rows are in).
    public var readingWindow = false
    /// The match `n` / `N` moved to, until its place in the list is read.
    public var locatingId: String?
    /// The enterprise page (一企一档) opened with Enter on the selected hazard, drawn over the list.
    public var enterpriseFile: EnterpriseFileState?
    /// The evidence files of the hazard `attachmentsId`, as found when last read.
    public var attachments: [CheckedAttachment] = []
    public var attachmentsId: String?
    /// The saved views' list (`R`), drawn over the list while open.
    public var savedViewPicker: SavedViewPicker?
    /// The column editor (`C`), drawn over the list while open.
    public var columnEditor: TriageColumnEditor?
    /// The view last saved or applied here: the name `V` offers.
    public var savedViewName: String?

    public init(filter: TriageFilter = TriageFilter()) {
        self.filter = filter
        self.language = .zh
    }

    /// The state of a desk for `scope`, in `language`.
    public init(scope: String?, language: Language) {
        self.init(filter: TriageFilter(county: scope))
        self.scope = scope
        self.language = language
    }

    /// True while a read the screen is waiting for is out (a window, the first matches, a
    /// match's place): the title says so, and what is drawn may be about to change.
    public var isReading: Bool { readingWindow || searchPending || locatingId != nil }

    /// The selected row, when it is in the window read.
    public var selectedRow: TriageRow? { data.row(at: selection) }

    /// The list as it is filtered and sorted today; nil before the loop said what day it is.
    public var query: TriageListQuery? {
        today.map { TriageListQuery(filter: filter, sort: sort, descending: descending, today: $0) }
    }
}

/// A line of feedback; refusals stand out.
public struct TriageMessage: Sendable, Equatable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
