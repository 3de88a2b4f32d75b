import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a crash's backtrace goes: a file under `$XDG_STATE_HOME/safetyboard/` (else
/// `~/.local/state/safetyboard/`), never an interactive prompt on the duty officer's screen.
///
/// Swift's runtime reads `SWIFT_BACKTRACE` once, while the process starts, before `main`; by
/// then setting the variable changes nothing. So the first thing `main` does is execute this
/// same program again, in place (same pid, same arguments), with the variable set to
/// `interactive=no,color=no,output-to=FILE` — unless the user set `SWIFT_BACKTRACE` themselves,
/// which is theirs to choose.
enum CrashReport {
    /// Names this process's crash file, for the process itself after its re-execution; a
    /// child safetyboard that inherits it makes its own (the pid is in the name).
    static let fileVariable = "SAFETYBOARD_CRASH_FILE"

    /// The backtracer's settings that write to `file` without asking anything.
    static func settings(for file: String) -> String {
        "interactive=no,color=no,output-to=\(file)"
    }

    /// This process's crash file, when the backtracer writes to one.
    static var file: String? {
        let environment = ProcessInfo.processInfo.environment
        guard let file = environment[fileVariable], environment["SWIFT_BACKTRACE"] == settings(for: file),
              file.hasSuffix("-\(getpid()).txt") else { return nil }
        return file
    }

    /// What the console prints after "safetyboard: stopped by SIGNAME", once the terminal is back.
    static var notice: String {
        file.map { "; the backtrace is in \($0)" } ?? ""
    }

    /// Re-executes the program with the backtracer set to write to a crash file; returns when
    /// that is done already, when the user set `SWIFT_BACKTRACE`, or when it cannot be done
    /// (no state folder, no /proc), and the runtime's defaults stay.
    static func prepare() {
        let environment = ProcessInfo.processInfo.environment
        if file != nil { return }
        if let chosen = environment["SWIFT_BACKTRACE"], environment[fileVariable].map({ chosen != settings(for: $0) }) ?? true {
            return
        }
        guard let folder = stateFolder(environment) else { return }
        let stamp = Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false).timeSeparator(.omitted).dateSeparator(.omitted))
        let path = (folder as NSString).appendingPathComponent("crash-\(stamp)-\(getpid()).txt")
        // The settings are a comma-separated list of key=value: a path with either cannot be said.
        guard !path.contains(","), (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else {
            return
        }
        setenv("SWIFT_BACKTRACE", settings(for: path), 1)
        setenv(fileVariable, path, 1)
        // The file itself, not /proc/self/exe: the process's name (ps, pgrep) comes from the path.
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        execv(executable, CommandLine.unsafeArgv)
        // Not executed again: carry on as the runtime started, and tell no child otherwise.
        unsetenv("SWIFT_BACKTRACE")
        unsetenv(fileVariable)
    }

    /// `$XDG_STATE_HOME/safetyboard`, else `$HOME/.local/state/safetyboard`; absolute paths only,
    /// as the XDG base directory specification asks.
    static func stateFolder(_ environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return (state as NSString).appendingPathComponent("safetyboard")
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return (home as NSString).appendingPathComponent(".local/state/safetyboard")
    }
}
