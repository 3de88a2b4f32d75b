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
    /// The key tables after the config file's `[keys]`.
    public var keys = KeyTables.standard
    /// Clicks and the wheel act (the terminal reports them only when this is on).
    public var mouse = false
    /// Counties whose triage rules differ from the default policy (`[counties."NAME".triage]`).
    public var countyPolicies: [String: EscalationPolicy] = [:]

    public init(scope: String?, language: Language, operatorName: String, bell: Bool, pinnedDay: Day?) {
        self.scope = scope
        self.language = language
        self.operatorName = operatorName
        self.bell = bell
        self.pinnedDay = pinnedDay
    }
}
