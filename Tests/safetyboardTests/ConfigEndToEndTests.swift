import Foundation
import Testing

/// The config file from the command line: `config init`, `check`, `show`, a broken file that
/// stops the console, and a rebinding and the mouse in a real terminal (tmux).
@Suite(.serialized) struct ConfigEndToEndTests {
    static let day = "2026-11-22"

    /// A fresh XDG_CONFIG_HOME, so no officer's own file is read.
    static func configHome() throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("sb-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return home
    }

    static func write(_ text: String, in folder: URL, named name: String = "config.toml") throws -> String {
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test func initWritesACommentedDefaultFileOnceAndCheckAcceptsIt() throws {
        let home = try Self.configHome()
        let environment = ["XDG_CONFIG_HOME": home.path]
        let path = home.appendingPathComponent("safetyboard/config.toml").path
        let first = try Binary.run(["config", "init"], environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains(path))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("# language = \"zh\"") && text.contains("due_soon_days = 10") && text.contains("[keys]"))

        try "mouse = false\n".write(toFile: path, atomically: true, encoding: .utf8)
        let again = try Binary.run(["config", "init"], environment: environment)
        #expect(again.status == 1)
        #expect(again.stderr.contains("exists; not overwritten"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mouse = false\n", "the officer's file is kept")

        let other = home.appendingPathComponent("elsewhere/board.toml").path
        #expect(try Binary.run(["config", "init", "--config", other], environment: environment).status == 0)
        let checked = try Binary.run(["config", "check", other], environment: environment)
        #expect(checked.status == 0 && checked.stdout == "\(other): ok\n", "\(checked.stderr)")
    }

    @Test func checkNamesFileLineAndKeyOfEveryProblem() throws {
        let home = try Self.configHome()
        let bad = try Self.write("language = \"fr\"\nmouse = true\n\n[keys]\nquit = \"j\"\n", in: home, named: "bad.toml")
        let result = try Binary.run(["config", "check", bad])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "\(bad):1: language: \"fr\" is not a language — write \"zh\" or \"en\"",
            "\(bad):5: keys.quit: j would be both quit and down in the console view — give one of them another key",
        ], "\(result.stderr)")
        let missing = try Binary.run(["config", "check", home.appendingPathComponent("none.toml").path])
        #expect(missing.status == 1 && missing.stderr.contains("no config file here"))
    }

    @Test func showSaysWhereEachSettingCameFrom() throws {
        let home = try Self.configHome()
        try FileManager.default.createDirectory(at: home.appendingPathComponent("safetyboard"), withIntermediateDirectories: true)
        let path = try Self.write("county = \"荔城区\"\nrefresh_ms = 500\n[triage]\ndue_soon_days = 5\n",
                                  in: home.appendingPathComponent("safetyboard"))
        let result = try Binary.run(["config", "show", "--due-soon-days", "7"],
                                    environment: ["XDG_CONFIG_HOME": home.path, "LANG": "zh_CN.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        func line(_ key: String) -> String? {
            result.stdout.split(separator: "\n").map(String.init).first { $0.hasPrefix(key + " ") }
        }
        #expect(result.stdout.hasPrefix("config file: \(path)\n"))
        #expect(line("county")?.hasSuffix("\(path):1") == true, "\(result.stdout)")
        #expect(line("refresh_ms")?.contains("500") == true && line("refresh_ms")?.hasSuffix("\(path):2") == true)
        #expect(line("triage.due_soon_days")?.contains(" 7 ") == true && line("triage.due_soon_days")?.hasSuffix("option --due-soon-days") == true)
        #expect(line("language")?.hasSuffix("env LANG") == true && line("language")?.contains(" zh ") == true)
        #expect(line("mouse")?.hasSuffix("default") == true)
        #expect(line("keys.quit")?.contains("\"q\"") == true)
    }

    @Test func theConsoleDoesNotStartOnABrokenFile() throws {
        let home = try Self.configHome()
        let db = try Binary.initializedDatabase(asOf: Self.day)
        let bad = try Self.write("mouse = true\ntheme = \"dark\"\n", in: home)
        let session = try TmuxSession(width: 100, height: 30, environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        try session.type("\(Binary.url.path) --config \(bad) --db \(db) --as-of \(Self.day) --lang en; echo \"EXITED:$?\"")
        let screen = try #require(try session.wait(timeout: .seconds(20), joined: true) { $0.contains("EXITED:1") }, "\(session.text)")
        #expect(screen.screen.contains("\(bad):2: theme: \"dark\" is not a theme"), "\(screen.screen)")
        #expect(screen.screen.contains("EXITED:1"))
        #expect(!screen.screen.contains("Risk levels"), "no console was drawn")
    }

    /// The console with `config`, in tmux on a fresh database; waits for its panels.
    private func console(_ config: String, width: Int = 120, height: Int = 36) throws -> TmuxSession {
        let home = try Self.configHome()
        let file = try Self.write(config, in: home)
        let db = try Binary.initializedDatabase(asOf: Self.day)
        let session = try TmuxSession(width: width, height: height, environment: [
            "LANG": "C.UTF-8", "TERM": "xterm-256color", "XDG_CONFIG_HOME": home.path,
        ])
        try session.type("\(Binary.url.path) --config \(file) --db \(db) --as-of \(Self.day) --lang en --no-bell; echo \"EXITED:$?\"")
        _ = try #require(try session.wait(timeout: .seconds(20)) { $0.contains("Open hazards") && $0.contains("荔城区") },
                         "no console:\n\(session.text)")
        return session
    }

    @Test func aReboundKeyShowsInTheKeyBarAndTheHelpAndWorks() throws {
        let session = try console("[keys]\nquit = \"Q\"\ntriage = \"F3\"\n")
        let bar = try #require(try session.screen().split(separator: "\n").last.map(String.init))
        #expect(bar.contains("Q quit") && bar.contains("F3 triage") && !bar.contains("q quit"), "\(bar)")

        try session.press("?")
        // Waited for until the line of the rebound key, near the box's end, is drawn: a screen
        // caught while the box was still being written had its first lines only.
        let help = try #require(try session.wait(timeout: .seconds(5)) {
            $0.contains("Keys") && $0.range(of: #"│ F3 +triage +triage"#, options: .regularExpression) != nil
        }, "no help with the rebound triage key:\n\(session.text)")
        #expect(help.screen.range(of: #"│ Q +quit +quit"#, options: .regularExpression) != nil, "\(help.screen)")
        #expect(help.screen.range(of: #"│ F3 +triage +triage"#, options: .regularExpression) != nil, "\(help.screen)")
        try session.press("Escape")

        try session.press("F3")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("filter:") }, "F3 did not open triage:\n\(session.text)")
        try session.press("q")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(!(try session.screen()).contains("EXITED:"), "q no longer quits")
        try session.press("Q")
        let exited = try session.wait(timeout: .seconds(10)) { $0.contains("EXITED:0") }
        #expect(exited != nil, "Q quits:\n\(session.text)")
    }

    @Test func theMouseClicksTheKeyBarSelectsARowOpensItAndScrolls() throws {
        let session = try console("mouse = true\n")
        let lines = try session.screen().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let barRow = 35
        let bar = lines[barRow]
        let triage = try #require(bar.range(of: "3 triage"), "\(bar)")
        try session.click(x: bar.distance(from: bar.startIndex, to: triage.lowerBound) + 2, y: barRow)
        _ = try #require(try session.wait(timeout: .seconds(20)) { $0.contains("filter:") && $0.contains("industry/risk/town") },
                         "the click did not open triage:\n\(session.text)")
        // The view's first reads (and the feed's first report) settle before the pointer moves,
        // as they would before a person's hand reaches the mouse: the screen stops changing.
        try settle(session)

        // Under the header: the title line (row 1), the table's header (row 2), then rows.
        try session.click(x: 10, y: 3 + 4)
        try settle(session)
        let selected = try session.wait(timeout: .seconds(20)) { $0.split(separator: "\n").dropFirst().first?.contains(" 5/") == true }
        #expect(selected != nil, "the fifth row was not selected:\n\(session.text)")

        try session.wheelDown(x: 10, y: 10)
        try settle(session)
        let scrolled = try session.wait(timeout: .seconds(20)) { $0.split(separator: "\n").dropFirst().first?.contains(" 8/") == true }
        #expect(scrolled != nil, "the wheel did not move three rows:\n\(session.text)")

        try session.doubleClick(x: 10, y: 5)
        let opened = try session.wait(timeout: .seconds(20)) { $0.contains("Enterprise file") }
        #expect(opened != nil, "a double click did not open the enterprise file:\n\(session.text)")
        try session.press("Escape")
        try session.press("q")
        #expect(try session.wait(timeout: .seconds(20)) { $0.contains("EXITED:0") } != nil, "q did not quit:\n\(session.text)")
    }

    /// Waits until two captures a second apart are the same (at most 20 s).
    private func settle(_ session: TmuxSession) throws {
        var last = try session.screen()
        for _ in 0..<20 {
            Thread.sleep(forTimeInterval: 1)
            let now = try session.screen()
            if now == last { return }
            last = now
        }
    }
}
