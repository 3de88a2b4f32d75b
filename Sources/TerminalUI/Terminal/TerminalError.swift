/// Why the terminal could not be taken over.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, redirected, run from cron).
    case notATerminal
    /// ncurses could not set up the terminal, usually because `TERM` is unset or unknown.
    case setupFailed(term: String?)
    /// A second terminal was opened while one is active; ncurses has one screen per process.
    case alreadyActive

    /// A message for the user.
    public var description: String {
        switch self {
        case .notATerminal:
            "standard input and output must be a terminal (use a subcommand such as `report` for scripts)"
        case .setupFailed(let term):
            "cannot set up the terminal (TERM=\(term ?? "unset"))"
        case .alreadyActive:
            "a terminal session is already active"
        }
    }
}
