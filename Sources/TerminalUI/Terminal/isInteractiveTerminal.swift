#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// True when both standard input and standard output are terminals, i.e. the dashboard can
/// run; otherwise the caller should print an error or fall back to a non-interactive command.
public func isInteractiveTerminal() -> Bool {
    isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0
}
