import Foundation

/// A tmux server of its own (its own socket) with one shell window, driven as a user would:
/// send-keys in, capture-pane out.
final class TmuxSession {
    let socket = "sb-test-\(UUID().uuidString.prefix(8))"
    let name = "board"

    init(width: Int, height: Int, environment: [String: String]) throws {
        var arguments = ["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)"]
        var environment = environment
        if environment["XDG_CONFIG_HOME"] == nil { environment["XDG_CONFIG_HOME"] = Binary.noConfigHome }
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        arguments += ["bash --norc --noprofile"]
        // The server started here outlives the client: it must not inherit a pipe we read to EOF.
        try tmux(arguments)
        try tmux(["set-option", "-t", name, "window-size", "manual"])
        serverPID = (try? tmux(["display-message", "-p", "#{pid}"], capture: true))
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// The server's process, signalled if `kill-server` does not reach it: a server left behind
    /// keeps the console it runs (and its database polling) alive after the test.
    private var serverPID: Int32?

    deinit {
        if (try? tmux(["kill-server"])) == nil, let serverPID { kill(serverPID, SIGTERM) }
    }

    /// Types `text` and presses Enter.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
        try tmux(["send-keys", "-t", name, "Enter"])
    }

    /// Sends `text` as it is, without Enter (escape sequences such as an SGR mouse report).
    func send(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// A left click at column `x`, row `y` (0-based): press and release as the terminal reports
    /// them. The pane's TERM is tmux's own (tmux-256color), whose mouse format is X10
    /// (`ESC [ M` and three bytes of 32 + button, column, row; 1-based): ncurses decodes what
    /// the entry names, so that is what the pane must send. Columns and rows below 95.
    func click(x: Int, y: Int) throws {
        try send(Self.mouse(button: 0, x: x, y: y) + Self.mouse(button: 3, x: x, y: y))
    }

    /// Two clicks on one cell, at once (a double click).
    func doubleClick(x: Int, y: Int) throws {
        try send(String(repeating: Self.mouse(button: 0, x: x, y: y) + Self.mouse(button: 3, x: x, y: y), count: 2))
    }

    /// The wheel turned once towards the user at column `x`, row `y` (0-based).
    func wheelDown(x: Int, y: Int) throws {
        try send(Self.mouse(button: 65, x: x, y: y))
    }

    private static func mouse(button: Int, x: Int, y: Int) -> String {
        precondition(x < 95 && y < 95, "X10 mouse reports carry columns and rows below 95 as single characters")
        return "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + x)))
            + String(UnicodeScalar(UInt8(33 + y)))
    }

    /// Presses keys by tmux name ("q", "Tab", "Escape", "PageDown").
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen as text; `joined`: a line the terminal wrapped as one.
    func screen(joined: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p"] + (joined ? ["-J"] : []) + ["-t", name], capture: true)
    }

    /// Whether the pane is on the alternate screen and its cursor is shown, as tmux tracks them.
    func terminalModes() throws -> (alternateScreen: Bool, cursorVisible: Bool) {
        let flags = try tmux(["display-message", "-p", "-t", name, "#{alternate_on} #{cursor_flag}"], capture: true)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return (flags.hasPrefix("1"), flags.hasSuffix("1"))
    }

    /// The visible screen, or "" when tmux cannot be asked (for failure messages).
    var text: String { (try? screen()) ?? "" }

    /// Waits until the screen satisfies `condition`; returns the screen and how long it took,
    /// or nil after `timeout`.
    func wait(timeout: Duration, joined: Bool = false, for condition: (String) -> Bool) throws -> (screen: String, after: Duration)? {
        let clock = ContinuousClock()
        let start = clock.now
        while start.duration(to: clock.now) < timeout {
            let text = try screen(joined: joined)
            if condition(text) { return (text, start.duration(to: clock.now)) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    @discardableResult
    private func tmux(_ arguments: [String], capture: Bool = false) throws -> String {
        let process = Process()
        // Foundation's Process hands the child a socket it waits on; a tmux server forked here
        // would keep it open and waitUntilExit would never return. Close every fd above 2 first.
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", Self.closeInheritedThenExec, "tmux", "-L", socket, "-f", "/dev/null"] + arguments
        let out = Pipe()
        process.standardOutput = capture ? out : FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = capture ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TmuxFailed(arguments: arguments, status: process.terminationStatus) }
        return String(decoding: data, as: UTF8.self)
    }

    private static let closeInheritedThenExec = """
        for f in /proc/$$/fd/*; do n=${f##*/}; [ "$n" -gt 2 ] && eval "exec $n>&-"; done 2>/dev/null
        exec env --default-signal tmux "$@"
        """

    struct TmuxFailed: Error { let arguments: [String]; let status: Int32 }
}
