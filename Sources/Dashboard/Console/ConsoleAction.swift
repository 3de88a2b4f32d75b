/// What a key asks the console to do. The key map (`ConsoleKeyMap`) binds keys to these.
public enum ConsoleAction: Hashable, Sendable {
    case quit
    case help
    case back
    case nextPanel, previousPanel
    case zoom
    case up, down, pageUp, pageDown, top, bottom
    case acknowledge
    case showConsole, showCounties, showTriage
}
