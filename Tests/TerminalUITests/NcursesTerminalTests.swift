import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import TerminalUI

/// Runs the real ncurses backend on a pseudo-terminal. Serialized: ncurses has one screen per
/// process.
@Suite(.serialized)
struct NcursesTerminalTests {
    private func open(_ pty: PseudoTerminal, handlesSignals: Bool = false) throws -> NcursesTerminal {
        try NcursesTerminal(terminalType: "xterm-256color", input: pty.slave, output: pty.slave,
                            options: .init(handlesSignals: handlesSignals))
    }

    @Test func setsUpSizeColoursAndUnicode() throws {
        let pty = try #require(PseudoTerminal(width: 40, height: 10))
        let terminal = try open(pty)
        defer { terminal.restore() }
        let setup = pty.drainText()
        #expect(terminal.size == Size(width: 40, height: 10))
        #expect(terminal.capabilities.unicode)
        let noColor = getenv("NO_COLOR").map { String(cString: $0) } ?? ""
        #expect(terminal.capabilities.colors == (noColor.isEmpty ? .extended : .monochrome))
        #expect(setup.contains("\u{1B}[?1049h"), "switches to the alternate screen")
        #expect(setup.contains("\u{1B}[?25l"), "hides the cursor")
    }

    @Test func writesOnlyWhatChangedAndNeverClears() throws {
        let pty = try #require(PseudoTerminal(width: 40, height: 10))
        let terminal = try open(pty)
        defer { terminal.restore() }
        _ = pty.drain()

        var canvas = Canvas(width: 40, height: 10)
        canvas.put("安全生产 OK", x: 0, y: 0)
        canvas.put("隐患 12", x: 2, y: 5, style: Style(.riskRed))
        terminal.draw(canvas)
        let first = pty.drainText()
        #expect(first.contains("安全生产"))
        #expect(first.contains("隐患"))

        terminal.draw(canvas)
        #expect(pty.drain().isEmpty, "an unchanged frame writes nothing")

        canvas.put("X", x: 9, y: 0)
        terminal.draw(canvas)
        let update = pty.drainText()
        #expect(update.contains("X"))
        #expect(!update.contains("安全生产"))
        #expect(!update.contains("\u{1B}[2J") && !update.contains("\u{1B}[H\u{1B}[J"), "no clear before redraw")
        #expect(update.utf8.count < 30)
    }

    @Test func decodesKeysFromTheTerminal() throws {
        let pty = try #require(PseudoTerminal(width: 40, height: 10))
        let terminal = try open(pty)
        defer { terminal.restore() }
        _ = pty.drain()

        // xterm's keypad mode sends ESC O A for the up arrow (terminfo kcuu1).
        let typed: [(String, Key)] = [
            ("\u{1B}OA", .up), ("q", .char("q")), ("中", .char("中")), ("\r", .enter),
            ("\u{1B}[6~", .pageDown), ("\u{7F}", .backspace), ("\t", .tab), ("\u{1B}[Z", .backTab),
        ]
        for (bytes, key) in typed {
            pty.type(bytes)
            #expect(terminal.readKey(timeout: .seconds(2)) == key, "\(bytes.unicodeScalars.map { $0.value })")
        }
    }

    @Test func escapeArrivesAfterAShortDelay() throws {
        let pty = try #require(PseudoTerminal(width: 40, height: 10))
        let terminal = try open(pty)
        defer { terminal.restore() }
        _ = pty.drain()

        let clock = ContinuousClock()
        pty.type("\u{1B}")
        let start = clock.now
        let key = terminal.readKey(timeout: .seconds(3))
        let elapsed = start.duration(to: clock.now)
        #expect(key == .escape)
        #expect(elapsed < .milliseconds(500), "ncurses' default escape delay is a full second")
    }

    /// `escape_ms` reaches ncurses: the wait after Esc for the rest of a sequence is the
    /// option's, zero by default (a lone Esc is the key at once).
    @Test(arguments: [(Duration?.none, 0), (.milliseconds(50), 50)])
    func theEscapeDelayOptionIsWhatNcursesWaits(delay: Duration?, milliseconds: Int) throws {
        let pty = try #require(PseudoTerminal(width: 40, height: 10))
        let options = delay.map { NcursesTerminal.Options(escapeDelay: $0, handlesSignals: false) } ?? .init(handlesSignals: false)
        let terminal = try NcursesTerminal(terminalType: "xterm-256color", input: pty.slave, output: pty.slave, options: options)
        defer { terminal.restore() }
        #expect(terminal.escapeDelayInForce == milliseconds)
    }

    @Test func timesOutWithNil() throws {
        let pty = try #require(PseudoTerminal(width: 40, height: 10))
        let terminal = try open(pty)
        defer { terminal.restore() }
        let clock = ContinuousClock()
        let start = clock.now
        #expect(terminal.readKey(timeout: .milliseconds(120)) == nil)
        #expect(start.duration(to: clock.now) >= .milliseconds(100))
    }

    @Test func aWakeEndsAWaitWithNoDeadlineAndIsTakenOnce() throws {
        let pty = try #require(PseudoTerminal(width: 40, height: 10))
        let terminal = try open(pty)
        defer { terminal.restore() }
        let wake = try WakeSignal()
        terminal.wakeSignal = wake
        wake.raise()
        wake.raise()
        #expect(terminal.readKey(timeout: nil) == nil, "woken, not waiting for a key forever")
        #expect(!wake.clear(), "readKey took the wake")
    }

    @Test func aWakeFromAnotherThreadEndsTheWait() throws {
        let pty = try #require(PseudoTerminal(width: 40, height: 10))
        let terminal = try open(pty)
        defer { terminal.restore() }
        let wake = try WakeSignal()
        terminal.wakeSignal = wake
        let thread = Thread { wake.raise() }
        thread.start()
        #expect(terminal.readKey(timeout: .seconds(30)) == nil)
        #expect(!wake.clear(), "readKey returned because of the wake, which it took")
    }

    @Test func keysTypedTogetherArriveOneByOneWithoutWaiting() throws {
        let pty = try #require(PseudoTerminal(width: 40, height: 10))
        let terminal = try open(pty)
        defer { terminal.restore() }
        _ = pty.drain()
        pty.type("消防j\u{1B}[6~")
        #expect(terminal.readKey(timeout: .seconds(2)) == .char("消"))
        #expect(terminal.readKey(timeout: .seconds(2)) == .char("防"))
        #expect(terminal.readKey(timeout: .seconds(2)) == .char("j"))
        #expect(terminal.readKey(timeout: .seconds(2)) == .pageDown)
    }

    @Test func resizeUpdatesTheSizeAndRepaintsEverything() throws {
        let pty = try #require(PseudoTerminal(width: 40, height: 10))
        let terminal = try open(pty)
        defer { terminal.restore() }
        var canvas = Canvas(width: 40, height: 10)
        canvas.put("安全生产", x: 0, y: 0)
        terminal.draw(canvas)
        _ = pty.drain()

        pty.resize(width: 50, height: 12)
        // The pseudo-terminal has no foreground process to signal; send what the kernel would.
        // To the process, not this thread: test threads are dispatch workers, which block
        // SIGWINCH and SIGTERM, so `raise` would leave the signal pending forever.
        kill(getpid(), SIGWINCH)
        #expect(terminal.readKey(timeout: .seconds(2)) == .resize)
        #expect(terminal.size == Size(width: 50, height: 12))

        var bigger = Canvas(size: terminal.size)
        bigger.put("安全生产", x: 0, y: 0)
        terminal.draw(bigger)
        #expect(pty.drainText().contains("安全生产"), "the frame after a resize is written in full")
    }

    @Test func onlyOneSessionAtATime() throws {
        let pty = try #require(PseudoTerminal(width: 40, height: 10))
        let terminal = try open(pty)
        #expect(throws: TerminalError.alreadyActive) { try open(pty) }
        terminal.restore()
        let again = try open(pty)
        again.restore()
    }

    @Test func restoreLeavesTheAlternateScreenOnce() throws {
        let pty = try #require(PseudoTerminal(width: 40, height: 10))
        let terminal = try open(pty)
        _ = pty.drain()
        terminal.restore()
        #expect(pty.drainText().contains("\u{1B}[?1049l"))
        terminal.restore()
        #expect(pty.drain().isEmpty)
        #expect(terminal.readKey(timeout: .zero) == nil)
    }

    @Test func unknownTerminalTypeFails() throws {
        let pty = try #require(PseudoTerminal(width: 40, height: 10))
        #expect(throws: TerminalError.setupFailed(term: "no-such-terminal-type")) {
            try NcursesTerminal(terminalType: "no-such-terminal-type", input: pty.slave, output: pty.slave,
                                options: .init(handlesSignals: false))
        }
    }

    @Test func aQuitSignalBecomesAKey() throws {
        let pty = try #require(PseudoTerminal(width: 40, height: 10))
        let terminal = try open(pty, handlesSignals: true)
        defer { terminal.restore() }
        kill(getpid(), SIGTERM)
        #expect(terminal.readKey(timeout: .seconds(2)) == .signal(SIGTERM))
        #expect(terminal.readKey(timeout: .milliseconds(10)) == nil, "reported once")
    }

    @Test(.enabled(if: !isInteractiveTerminal()))
    func refusesToStartWithoutATerminal() {
        #expect(throws: TerminalError.notATerminal) { try NcursesTerminal() }
    }
}
