import Foundation
import Testing

/// A signal sent to the running console, in tmux: the terminal is given back (normal screen,
/// cursor shown) and the shell works; a crash signal says where its backtrace went and never
/// leaves Swift's interactive backtracer waiting on the screen.
@Suite(.serialized) struct SignalEndToEndTests {
    static let crashSignals: [(Int32, String)] = [
        (SIGSEGV, "SIGSEGV"), (SIGBUS, "SIGBUS"), (SIGILL, "SIGILL"), (SIGABRT, "SIGABRT"), (SIGQUIT, "SIGQUIT"),
    ]
    static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// The console on a new database in tmux, with its pid; the state folder is the test's own.
    private func openConsole(state: String) throws -> (TmuxSession, pid_t) {
        let db = try Binary.initializedDatabase()
        let session = try TmuxSession(width: 120, height: 36, environment: [
            "LANG": "C.UTF-8", "TERM": "xterm-256color", "XDG_STATE_HOME": state,
            "SAFETYBOARD_DATA": Binary.repository.appendingPathComponent("data").path,
        ])
        // exec keeps the pid the shell wrote (the console's own re-execution keeps it too); the
        // alternate screen hides the shell's output, so it goes to a file.
        // SWIFT_BACKTRACE is unset as on a user's machine (a test runner may set its own).
        let pidFile = state + ".pid"
        try session.type("bash -c 'echo $$ > \(pidFile); exec env -u SWIFT_BACKTRACE \(Binary.url.path) --db \(db) --as-of 2026-11-22 --lang en'; echo \"EXITED:$?\"")
        _ = try #require(try session.wait(timeout: .seconds(20)) { $0.contains("Open hazards") }, "the console did not open:\n\(session.text)")
        let written = try String(contentsOfFile: pidFile, encoding: .utf8)
        let pid = try #require(pid_t(written.trimmingCharacters(in: .whitespacesAndNewlines)))
        return (session, pid)
    }

    private func newStateFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sb-state-\(UUID().uuidString)").path
    }

    @Test(arguments: crashSignals)
    func aCrashSignalRestoresTheTerminalAndNamesTheCrashFile(_ signal: Int32, name: String) throws {
        let state = newStateFolder()
        let (session, pid) = try openConsole(state: state)
        #expect(try session.terminalModes().alternateScreen, "the console is on the alternate screen")
        kill(pid, signal)
        let ended = try #require(try session.wait(timeout: .seconds(30), joined: true) { $0.range(of: "EXITED:[0-9]", options: .regularExpression) != nil },
                                 "the console did not exit on \(name):\n\(session.text)")
        let modes = try session.terminalModes()
        #expect(!modes.alternateScreen, "\(name) left the alternate screen on")
        #expect(modes.cursorVisible, "\(name) left the cursor hidden")
        #expect(!ended.screen.contains("Press space"), "\(name) left the interactive backtracer:\n\(ended.screen)")
        #expect(ended.screen.contains("EXITED:\(128 + signal)"), "\(name): \(ended.screen)")
        let notice = "safetyboard: stopped by \(name); the backtrace is in \(state)/safetyboard/crash-"
        let line = try #require(ended.screen.split(separator: "\n").first { $0.contains(notice) }, "\(name): no notice:\n\(ended.screen)")
        let path = String(line[line.range(of: "\(state)/")!.lowerBound...]).trimmingCharacters(in: .whitespaces)
        #expect(path.hasSuffix("-\(pid).txt"))
        // swift-backtrace may still be writing as the console dies: wait for the file's end.
        var backtrace = ""
        for _ in 0..<200 where !backtrace.contains("Backtrace took") {
            backtrace = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(backtrace.contains("crashed"), "\(path) holds no backtrace: \(backtrace.prefix(200))")
        try session.type("echo shell-works")
        #expect(try session.wait(timeout: .seconds(5)) { $0.contains("\nshell-works") } != nil, "\(session.text)")
    }

    @Test(arguments: quitSignals)
    func aQuitSignalEndsTheConsoleCleanly(_ signal: Int32) throws {
        let state = newStateFolder()
        let (session, pid) = try openConsole(state: state)
        kill(pid, signal)
        let ended = try #require(try session.wait(timeout: .seconds(10), joined: true) { $0.range(of: "EXITED:[0-9]", options: .regularExpression) != nil }, "\(session.text)")
        let modes = try session.terminalModes()
        #expect(!modes.alternateScreen && modes.cursorVisible, "signal \(signal): \(modes)")
        #expect(ended.screen.contains("EXITED:\(128 + signal)"), "\(ended.screen)")
        #expect(!ended.screen.contains("stopped by"), "a quit signal is no crash")
        let crashFiles = (try? FileManager.default.contentsOfDirectory(atPath: "\(state)/safetyboard")) ?? []
        #expect(crashFiles.isEmpty, "\(crashFiles)")
    }
}
