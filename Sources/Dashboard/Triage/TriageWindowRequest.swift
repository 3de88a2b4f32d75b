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
    /// How much to read: the rows on screen alone, which the officer waits for, or the whole
    /// window of three pages — on its own, or as the `rest` of the screen just read (its rows
    /// on screen are the same, so nothing is drawn again, and the selected hazard's files were
    /// checked with the screen) to have j/k and a page either way ready.
    public enum Span: Sendable, Equatable {
        case screen, window, rest
    }
    public var span = Span.window
    /// The followed hazard was moved in the list's order (a write to a column it is ordered
    /// by): its new place is counted before any rows are read, not looked for around the old.
    public var followMoved = false
    /// Counts the view's window reads: a result of an older one than the last asked for is
    /// dropped.
    public var serial: Int

    public init(query: TriageListQuery, selection: Int, pageRows: Int, follow: String?, followMoved: Bool = false,
                span: Span = .window, serial: Int) {
        self.query = query
        self.selection = selection
        self.pageRows = pageRows
        self.follow = follow
        self.followMoved = followMoved
        self.span = span
        self.serial = serial
    }

    /// The positions read for `selection`: the page before, its own and the next; or, for
    /// the screen alone, the rows on screen with `selection` at the bottom, as the list draws
    /// them (``TerminalUI/Viewport``).
    public static func positions(around selection: Int, pageRows: Int, span: Span) -> Range<Int> {
        let page = max(1, pageRows)
        switch span {
        case .window, .rest:
            let start = max(0, (selection / page - 1) * page)
            return start..<(start + 3 * page)
        case .screen:
            let start = max(0, selection - page + 1)
            return start..<(start + page)
        }
    }
}
