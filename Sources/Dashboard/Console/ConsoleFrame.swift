public import SafetyCore
public import SafetyStore
public import TerminalUI

/// Everything one frame of the console shows: the data, the officer's state and the header's
/// facts. `ConsoleScreen.render` turns it into a canvas; it does no I/O.
public struct ConsoleFrame: Sendable {
    /// The latest data, or nil while the first read is running.
    public var snapshot: ConsoleSnapshot?
    public var state: ConsoleState
    public var language: Language
    /// "海西州" for a county desk, nil for the whole database.
    public var scope: String?
    /// The wall clock as shown in the header, e.g. "2026-11-22 14:05".
    public var clock: String
    /// Who is on duty ($USER).
    public var operatorName: String
    /// When the data last changed, e.g. "14:05:12", nil before any change was seen.
    public var lastChange: String?
    /// A read error to show instead of stale silence.
    public var error: String?
    /// The operator's role, shown after their name; nil shows the name alone.
    public var role: OperatorRole?

    public init(snapshot: ConsoleSnapshot?, state: ConsoleState, language: Language, scope: String?,
                clock: String, operatorName: String, lastChange: String? = nil, error: String? = nil) {
        self.snapshot = snapshot
        self.state = state
        self.language = language
        self.scope = scope
        self.clock = clock
        self.operatorName = operatorName
        self.lastChange = lastChange
        self.error = error
    }

    /// The header facts and alerts, as every view shows them.
    public var chrome: BoardChrome {
        var chrome = BoardChrome(language: language, scope: scope, clock: clock, operatorName: operatorName,
                                 lastChange: lastChange, error: error, alerts: state.alerts,
                                 dataUpTo: snapshot.flatMap { EmptyWindowText.dataUpTo(latest: $0.latestRecordOn, asOf: $0.asOf, language) })
        chrome.role = role
        return chrome
    }
}
