public import SafetyCore
public import SafetyStore
public import TerminalUI

/// Everything that changes the console: the keys of ``ConsoleKeyMap``, typing in the `i`
/// prompt, what the loop tells it, and what the feed and the effect runner bring back.
public enum ConsoleAction: Sendable, Equatable {
    // Keys.
    case quit
    case help
    case back
    case nextPanel, previousPanel
    case zoom
    /// Enter: zooms the focused panel, or in the risk zoom lists the county's enterprises.
    case open
    case up, down, pageUp, pageDown, top, bottom
    case acknowledge
    /// `i` on an inspection of the inspection panel: record it as done.
    case recordInspection
    case showConsole, showCounties, showTriage
    /// Typing in the `i` prompt.
    case edit(TextEdit)
    /// Enter in the `i` prompt: record the inspection.
    case submitPrompt
    /// Esc in the `i` prompt.
    case cancelPrompt
    /// Keys and reads of the county's enterprise list.
    case countyEnterprises(CountyEnterprisesAction)
    /// Keys and reads of the enterprise file opened from that list.
    case enterpriseFile(EnterpriseFileAction)

    // From the loop.
    /// The terminal's size (at start and after a resize): the feed reads what fits.
    case screen(Size)
    case today(Day)

    // From the feed and the effect runner.
    /// A snapshot read by the feed; `changedAt` ("14:05:12") when the data changed on disk,
    /// and the new major hazards since the last snapshot.
    case snapshotRead(ConsoleSnapshot, newMajorHazards: [HazardAlert], changedAt: String?)
    /// The feed's last read failed (nil: it works again).
    case feedFailed(String?)
    case inspectionRecorded(id: String, day: Day, hazards: Int)
    case inspectionFailed(String)
}
