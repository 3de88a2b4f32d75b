/// A read of the list's count and of three pages of rows around the selection — the page
/// before, its own and the next, so that j/k and a page either way need no read.
public struct TriageWindowRequest: Sendable, Equatable {
    public var query: TriageListQuery
    public var selection: Int
    /// Rows of a page on screen.
    public var pageRows: Int
    /// A hazard to keep selected: its new place is read first, and the window is read
    /// around it (after a write, an import, a change of day).
    public var follow: String?
    /// Counts the view's window reads: a result of an older one than the last asked for is
    /// dropped.
    public var serial: Int

    public init(query: TriageListQuery, selection: Int, pageRows: Int, follow: String?, serial: Int) {
        self.query = query
        self.selection = selection
        self.pageRows = pageRows
        self.follow = follow
        self.serial = serial
    }

    /// The positions read for `selection`.
    public static func window(around selection: Int, pageRows: Int) -> Range<Int> {
        let page = max(1, pageRows)
        let start = max(0, (selection / page - 1) * page)
        return start..<(start + 3 * page)
    }
}
