/// What the officer has done to the console: focus, zoom, selection, overlays, alerts.
/// Changed only by `ConsoleState.apply(_:)`; drawn by `ConsoleScreen`.
public struct ConsoleState: Sendable, Hashable {
    /// The panel that takes the keys (Tab / Shift-Tab).
    public var focus: ConsolePanel = .risk
    /// The focused panel fills the screen.
    public var zoomed = false
    /// The `?` overlay is up.
    public var showsHelp = false
    public var helpScroll = 0
    /// Selected row of the open-hazard list, counted from the top of the queue.
    public var hazardSelection = 0
    /// Selected county of the risk panel (its row), whose industries and towns the zoom shows.
    public var riskSelection = 0
    /// Unacknowledged new-major-hazard alerts, oldest first.
    public var alerts: [HazardAlert] = []
    /// A one-line notice in the key-bar row (e.g. a view that does not exist yet), cleared by the next key.
    public var notice: String?
    /// Selected row of the inspection panel's list of inspections not yet done.
    public var inspectionSelection = 0
    /// The `i` prompt, while recording an inspection as done.
    public var inspectionPrompt: InspectionPrompt?

    public init() {}
}
