public import SafetyStore

/// What a ``TriageWindowRequest`` found.
public struct TriageWindowRead: Sendable, Equatable {
    public var request: TriageWindowRequest
    public var window: TriageWindow
    /// The positions read.
    public var range: Range<Int>
    /// Where the selection is: the followed hazard's new place, else the request's.
    public var selection: Int
    /// The followed hazard when it has left the list.
    public var lost: String?

    public init(request: TriageWindowRequest, window: TriageWindow, range: Range<Int>, selection: Int, lost: String?) {
        self.request = request
        self.window = window
        self.range = range
        self.selection = selection
        self.lost = lost
    }
}
