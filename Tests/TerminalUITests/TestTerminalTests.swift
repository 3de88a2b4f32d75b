import Testing
import TerminalUI

struct TestTerminalTests {
    @Test func returnsScriptedKeysThenTimesOut() {
        let terminal = TestTerminal(keys: [.char("j"), .enter])
        terminal.enqueue(.char("q"))
        #expect(terminal.readKey(timeout: .seconds(1)) == .char("j"))
        #expect(terminal.readKey(timeout: nil) == .enter)
        #expect(terminal.readKey(timeout: .zero) == .char("q"))
        #expect(terminal.readKey(timeout: .milliseconds(250)) == nil)
        #expect(terminal.timeoutCount == 1)
    }

    @Test func resizeChangesTheSizeAndQueuesAResizeKey() {
        let terminal = TestTerminal(size: Size(width: 80, height: 24))
        terminal.resize(to: Size(width: 100, height: 30))
        #expect(terminal.size == Size(width: 100, height: 30))
        #expect(terminal.readKey(timeout: nil) == .resize)
    }

    @Test func recordsFramesAndWhatEachWouldWrite() {
        let terminal = TestTerminal(size: Size(width: 10, height: 2))
        var canvas = Canvas(size: terminal.size)
        canvas.put("安全 ok", x: 0, y: 0)
        terminal.draw(canvas)
        terminal.draw(canvas)
        canvas.put("OK", x: 5, y: 0)
        terminal.draw(canvas)
        #expect(terminal.frames.count == 3)
        #expect(terminal.changedCellCounts == [18, 0, 2])
        #expect(terminal.screen == ["安全 OK", ""])
    }

    @Test func bellAndRestoreAreRecorded() {
        let terminal: any Terminal = TestTerminal()
        terminal.bell()
        terminal.restore()
        let test = terminal as? TestTerminal
        #expect(test?.bellCount == 1)
        #expect(test?.isRestored == true)
    }
}
