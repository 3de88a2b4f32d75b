/// What a key asks the console to do. The key map (`ConsoleKeyMap`) binds keys to these.
public enum ConsoleAction: Hashable, Sendable {
    case quit
    case help
    case back
    case nextPanel, previousPanel
    case zoom
    case up, down, pageUp, pageDown, top, bottom
    case acknowledge
    /// `i` on an inspection of the inspection panel: record it as done.
    case recordInspection
    case showConsole, showCounties, showTriage
}
