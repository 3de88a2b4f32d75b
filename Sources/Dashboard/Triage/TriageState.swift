import SafetyCore
public import SafetyStore

/// What the triage officer has chosen: filter, order, selection, marks, the open prompt,
/// the search, and the last message. Pure data, so screens render from it in tests.
public struct TriageState: Sendable, Equatable {
    public var filter: TriageFilter
    public var sort = TriageSort.urgency
    public var descending = false
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

    public init(filter: TriageFilter = TriageFilter()) {
        self.filter = filter
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
