public import SafetyCore
public import SafetyStore

/// What the console asks for. ``ConsoleEffects`` records inspections and reads the risk
/// zoom's enterprise list and files on the effect runner;
/// the input loop passes requests to the feed, rings the bell and switches views itself.
public enum ConsoleEffect: Sendable, Equatable {
    /// What the feed should read (it reads a different request at once).
    case requestFeed(ConsoleRequest)
    case recordInspection(id: String, day: Day, hazards: [String], today: Day)
    case readCountyEnterprises(county: String, offset: Int, limit: Int)
    case readEnterpriseFile(enterpriseId: String)
    case ringBell
    case show(BoardViewKind)
    case quit
}
