public import SafetyCore
public import TerminalUI

/// What every view shows above its body: the header facts and the unacknowledged alerts.
public struct BoardChrome: Sendable {
    public var language: Language
    /// "海西州" for a county desk, nil for the whole database.
    public var scope: String?
    /// The wall clock as shown in the header, e.g. "2026-11-22 14:05".
    public var clock: String
    /// Who is on duty: the roster's name of the login at the keyboard.
    public var operatorName: String
    /// Their role, shown after the name; nil shows the name alone.
    public var role: OperatorRole?
    /// When the data last changed, e.g. "14:05:12", nil before any change was seen.
    public var lastChange: String?
    /// A read error to show instead of stale silence.
    public var error: String?
    /// New major hazards not yet acknowledged, oldest first.
    public var alerts: [HazardAlert]
    /// "data up to 2025-10-31" when the data's latest day is long past, else nil.
    public var dataUpTo: String?

    public init(language: Language, scope: String?, clock: String, operatorName: String,
                lastChange: String? = nil, error: String? = nil, alerts: [HazardAlert] = [], dataUpTo: String? = nil) {
        self.dataUpTo = dataUpTo
        self.language = language
        self.scope = scope
        self.clock = clock
        self.operatorName = operatorName
        self.lastChange = lastChange
        self.error = error
        self.alerts = alerts
    }

    /// Draws the header line, and the alert line while an alert waits, at the top of
    /// `canvas`; returns the rows left below them.
    public func drawTop(on canvas: inout Canvas) -> Rect {
        let header = ConsoleHeader(chrome: self)
        var rest = canvas.bounds
        header.draw(in: rest.row(0), on: &canvas)
        rest = rest.inset(top: 1)
        if !alerts.isEmpty {
            header.drawAlert(in: rest.row(0), on: &canvas)
            rest = rest.inset(top: 1)
        }
        return rest
    }
}
