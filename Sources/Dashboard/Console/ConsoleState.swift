public import SafetyCore
public import SafetyStore
public import TerminalUI

/// The console as a value: focus, zoom, selections, overlays, alerts, the last snapshot the
/// feed read and the header's facts. Changed only by ``reduce(_:_:)``; drawn by
/// ``ConsoleScreen`` through a ``ConsoleFrame``.
public struct ConsoleState: Sendable, Equatable {
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
    /// The officer's role: the keys it lacks are hidden and refused (see ``RoleKeys``).
    public var role: OperatorRole = .admin
    /// Selected row of the inspection panel's list of inspections not yet done.
    public var inspectionSelection = 0
    /// The `i` prompt, while recording an inspection as done.
    public var inspectionPrompt: InspectionPrompt?
    /// The zoomed county's enterprises (Enter in the risk zoom), over the zoom.
    public var enterprises: CountyEnterprisesState?
    /// An enterprise's file (Enter on one of those enterprises), over the list.
    public var enterpriseFile: EnterpriseFileState?

    /// One county's desk, or nil for every county.
    public var scope: String?
    public var language: Language = .zh
    /// Ring the bell on a new major hazard.
    public var bell = true
    /// The day the feed counts at; nil until the loop says.
    public var today: Day?
    /// The terminal's size.
    public var screen = Size(width: 80, height: 24)
    /// The latest data, or nil while the first read is running.
    public var snapshot: ConsoleSnapshot?
    /// When the data last changed, e.g. "14:05:12".
    public var lastChange: String?
    /// The feed's read error, shown instead of stale silence.
    public var error: String?
    /// The last request passed to the feed.
    public var requested: ConsoleRequest?

    public init() {}

    /// A console for `scope` in `language`.
    public init(scope: String?, language: Language, bell: Bool) {
        self.scope = scope
        self.language = language
        self.bell = bell
    }
}
