import Dashboard
import Foundation
import SafetyCore
import SafetyStore
import TerminalUI
import Testing

/// The whole loop on a TestTerminal over the bundled data: keys in, frames and the database
/// out, with the effects run inline so every result is in before the next key.
@Suite(.serialized) struct BoardFlowTests {
    @Test func aDeadlineTypedInThePromptIsWrittenAndUndone() throws {
        let f = try BoardFixture()
        let target = try #require(try f.openHazards(1).first)
        let terminal = TestTerminal(size: Size(width: 140, height: 36))
        terminal.enqueue(.char("3"), .char("d"))
        terminal.type("+8")
        terminal.enqueue(.backspace)
        terminal.type("7")
        terminal.enqueue(.enter)
        var afterWrite: Hazard?
        var screenAfterWrite = ""
        terminal.onIdle = { t in
            guard afterWrite == nil else { return }
            afterWrite = try? f.hazard(target.id)
            screenAfterWrite = t.text
            t.enqueue(.char("u"), .char("q"))
        }
        let app = f.app(terminal)
        #expect(app.run() == 0)
        #expect(afterWrite?.deadline == BoardFixture.today.adding(days: 7), "+8, Backspace, 7 is +7")
        #expect(screenAfterWrite.contains("\(target.id): "))
        #expect(try f.hazard(target.id)?.deadline == target.deadline, "u put the deadline back")
        #expect(terminal.text.contains("Undone: \(target.id)"))
    }

    @Test func spaceMarksRowsAndTheDeadlineGoesToAllOfThem() throws {
        let f = try BoardFixture()
        let first = try f.openHazards(2)
        let terminal = TestTerminal(size: Size(width: 140, height: 36))
        terminal.enqueue(.char("3"), .char(" "), .char(" "))
        var marked = ""
        terminal.onIdle = { t in
            guard marked.isEmpty else { return }
            marked = t.text
            t.enqueue(.char("d"))
            t.type("2026-12-31")
            t.enqueue(.enter, .char("q"))
        }
        let app = f.app(terminal)
        #expect(app.run() == 0)
        #expect(marked.contains("marked 2"))
        for hazard in first {
            #expect(try f.hazard(hazard.id)?.deadline == Day(iso: "2026-12-31"))
        }
        #expect(terminal.text.contains("2 hazards:"))
        #expect(!terminal.text.contains("marked"), "the marks go after a batch")
    }

    @Test func xWritesTheBulletinOfTheLastMonthAndSaysWhere() throws {
        let f = try BoardFixture()
        let terminal = TestTerminal(size: Size(width: 160, height: 45), keys: [.char("2"), .char("x"), .char("q")])
        #expect(f.app(terminal).run() == 0)
        let path = f.folder.appendingPathComponent("bulletin-2026-10.md").path
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(terminal.text.contains("Wrote the 2026-10 bulletin to \(path)"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("# Monthly work-safety bulletin 2026-10"))
    }

    @Test func typingACountyNameFindsItsPage() throws {
        let f = try BoardFixture()
        let terminal = TestTerminal(size: Size(width: 160, height: 45), keys: [.char("2"), .char("/")])
        terminal.type("新泰")
        terminal.enqueue(.enter)
        var page = ""
        terminal.onIdle = { t in
            guard page.isEmpty else { return }
            page = t.text
            t.enqueue(.char("q"))
        }
        #expect(f.app(terminal).run() == 0)
        #expect(page.contains("County page 新泰市"))
        #expect(!page.contains("Loading"), "the page was read and drawn before the next key")
    }

    @Test func pastMidnightTheDayMovesWithoutARestart() throws {
        let f = try BoardFixture()
        f.clock.set(TestClock.date("2026-11-22T23:59:30Z"))
        let terminal = TestTerminal(size: Size(width: 140, height: 36), keys: [.char("3")])
        var before = "", after = ""
        var step = 0
        let app = f.app(terminal)
        terminal.onIdle = { t in
            step += 1
            if step == 1 {
                before = t.text
                f.clock.set(TestClock.date("2026-11-23T00:00:05Z"))
            } else if step == 2 {
                after = t.text
                t.enqueue(.char("q"))
            }
        }
        #expect(app.run() == 0)
        #expect(before.contains("2026-11-22 23:59"))
        #expect(after.contains("2026-11-23 00:00"))
        #expect(app.triage.today == Day(iso: "2026-11-23"))
        #expect(app.console.requested?.asOf == Day(iso: "2026-11-23"), "the console's feed is asked for the new day")
        #expect(app.triage.data.count > 0, "the list was read again for the new day")
    }

    @Test func aPinnedDayStaysAcrossMidnight() throws {
        let f = try BoardFixture()
        f.clock.set(TestClock.date("2026-11-22T23:59:30Z"))
        let terminal = TestTerminal(size: Size(width: 140, height: 36))
        var step = 0
        terminal.onIdle = { t in
            step += 1
            if step == 1 { f.clock.set(TestClock.date("2026-11-23T00:00:05Z")) } else { t.enqueue(.char("q")) }
        }
        let app = f.app(terminal, pinned: true)
        #expect(app.run() == 0)
        #expect(app.console.today == BoardFixture.today)
    }
}
