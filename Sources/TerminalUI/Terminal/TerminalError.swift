/// Why the terminal could not be taken over.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, redirected, run from cron).
    case notATerminal
    /// ncurses could not set up the terminal, usually because `TERM` is unset or unknown.
    case setupFailed(term: String?)
    /// A second terminal was opened while one is active; ncurses has one screen per process.
    case alreadyActive
    /// The wake-up pipe could not be made (`errno`), almost always too many open files.
    case wakeUnavailable(errno: Int32)

    /// A message for the user.
    public var description: String {
        switch self {
        case .notATerminal:
            "standard input and output must be a terminal (use a subcommand such as `report` for scripts)"
        case .setupFailed(let term):
            "cannot set up the terminal (TERM=\(term ?? "unset"))"
        case .alreadyActive:
            "a terminal session is already active"
        case .wakeUnavailable(let number):
            "cannot make the input loop's wake-up pipe (errno \(number)); close other programs or raise `ulimit -n`"
        }
    }
}
