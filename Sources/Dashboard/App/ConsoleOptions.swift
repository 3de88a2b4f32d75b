public import SafetyCore
public import TerminalUI

/// How the console was started.
public struct ConsoleOptions: Sendable {
    /// One county's duty desk, or nil for every county.
    public var scope: String?
    public var language: Language
    public var operatorName: String
    /// Ring the bell on a new major hazard (`--no-bell` turns it off).
    public var bell: Bool
    /// A fixed "today" (`--as-of`); nil follows the wall clock, across midnight too.
    public var pinnedDay: Day?
    /// The operator's role: the header shows it, and the key bar and help offer only its keys.
    public var role: OperatorRole = .admin

    public init(scope: String?, language: Language, operatorName: String, bell: Bool, pinnedDay: Day?) {
        self.scope = scope
        self.language = language
        self.operatorName = operatorName
        self.bell = bell
        self.pinnedDay = pinnedDay
    }
}
