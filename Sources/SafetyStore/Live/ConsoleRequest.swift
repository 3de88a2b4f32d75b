import SafetyCore

/// What the console wants read: the scope, the as-of day and how much of the hazard queue.
public struct ConsoleRequest: Sendable, Equatable {
    public var scope: String?
    public var asOf: Day
    public var hazardRows: Int
    public var breakdownCounty: String?

    public init(scope: String?, asOf: Day, hazardRows: Int, breakdownCounty: String? = nil) {
        self.scope = scope
        self.asOf = asOf
        self.hazardRows = hazardRows
        self.breakdownCounty = breakdownCounty
    }
}
