public import SafetyCore

/// What the console wants read: the scope, the as-of day and which window of the hazard queue.
public struct ConsoleRequest: Sendable, Equatable {
    public var scope: String?
    public var asOf: Day
    /// How many rows of the queue to read, from `hazardOffset` on.
    public var hazardRows: Int
    /// The queue position of the first row read: the console reads only around what is on
    /// screen, however deep in a long queue the officer has scrolled.
    public var hazardOffset: Int
    public var breakdownCounty: String?
    /// Whether the console view is on screen. Off it, the feed leaves this store's own
    /// commits unread until it is shown again (``FeedMemory``).
    public var consoleShown = true

    public init(scope: String?, asOf: Day, hazardRows: Int, hazardOffset: Int = 0, breakdownCounty: String? = nil) {
        self.scope = scope
        self.asOf = asOf
        self.hazardRows = hazardRows
        self.hazardOffset = hazardOffset
        self.breakdownCounty = breakdownCounty
    }

    /// True when `self` asks for what `other` asked for but another window of the hazard
    /// queue: the rest of the snapshot read for `other` still holds while the data is unchanged.
    func differsOnlyInQueueWindow(from other: ConsoleRequest) -> Bool {
        var moved = other
        moved.hazardRows = hazardRows
        moved.hazardOffset = hazardOffset
        moved.consoleShown = consoleShown
        return moved == self
    }

    /// True when `self` asks for what `other` asked for but the risk zoom of another county:
    /// only the breakdown is to be read again while the data is unchanged.
    func differsOnlyInBreakdown(from other: ConsoleRequest) -> Bool {
        var moved = other
        moved.breakdownCounty = breakdownCounty
        moved.consoleShown = consoleShown
        return moved == self
    }
}
