import Dashboard
import Foundation
import SafetyCore
import TerminalUI
import Testing

/// Mouse events become the views' own actions (the ones their keys send), and the loop
/// reduces them like keys.
struct MouseDispatchTests {
    static let small = Size(width: 80, height: 24)
    static let grid = Size(width: 160, height: 45)

    static func layout(_ frame: ConsoleFrame, _ size: Size) throws -> ConsoleLayout {
        try #require(ConsoleLayout(size: size, state: frame.state, hasError: frame.error != nil))
    }

    static func screen(_ frame: ConsoleFrame, _ size: Size) -> [String] {
        ScreenText.lines(ConsoleScreen.render(frame, size: size))
    }

    @Test func aClickOnATabFocusesItsPanel() throws {
        let frame = ConsoleFixture.frame(.en, focus: .risk)
        let strip = try #require(try Self.layout(frame, Self.small).tabStrip)
        let line = Self.screen(frame, Self.small)[strip.y]
        let column = try #require(line.range(of: "Training")).lowerBound
        let x = line.distance(from: line.startIndex, to: column)
        let actions = ConsoleMouse.actions(for: MouseEvent(x: x, y: strip.y, kind: .press), in: frame, size: Self.small)
        #expect(actions == [.nextPanel, .nextPanel])
        var state = frame.state
        for action in actions { _ = ConsoleState.reduce(&state, action) }
        #expect(state.focus == .training)
    }

    @Test func aClickOnAHazardRowFocusesThePanelAndSelectsTheRow() throws {
        let frame = ConsoleFixture.frame(.en, focus: .risk)
        let rect = try #require(try Self.layout(frame, Self.grid).panels[.hazards])
        // Inside the box: the totals line, the table header, then the rows.
        let thirdRow = rect.y + 1 + 1 + 1 + 2
        let actions = ConsoleMouse.actions(for: MouseEvent(x: rect.x + 5, y: thirdRow, kind: .press), in: frame, size: Self.grid)
        #expect(actions == [.nextPanel, .down, .down])
        let double = ConsoleMouse.actions(for: MouseEvent(x: rect.x + 5, y: thirdRow, kind: .doubleClick), in: frame, size: Self.grid)
        #expect(double == [.nextPanel, .down, .down, .zoom], "a double click opens the zoom")
    }

    @Test func theWheelScrollsTheListUnderThePointer() throws {
        let frame = ConsoleFixture.frame(.en, focus: .hazards)
        let risk = try #require(try Self.layout(frame, Self.grid).panels[.risk])
        let actions = ConsoleMouse.actions(for: MouseEvent(x: risk.x + 3, y: risk.y + 4, kind: .scrollDown), in: frame, size: Self.grid)
        #expect(actions == [.nextPanel, .nextPanel, .nextPanel, .down, .down, .down], "focus goes round to the risk panel, which scrolls")
    }

    @Test func aClickOnAKeyBarEntryRunsItsAction() throws {
        let frame = ConsoleFixture.frame(.en)
        let layout = try Self.layout(frame, Self.small)
        let bar = Self.screen(frame, Self.small)[layout.keyBar.y]
        for (label, action) in [("quit", ConsoleAction.quit), ("triage", .showTriage), ("help", .help)] {
            let range = try #require(bar.range(of: label), "\(bar)")
            let x = bar.distance(from: bar.startIndex, to: range.lowerBound)
            #expect(ConsoleMouse.actions(for: MouseEvent(x: x, y: layout.keyBar.y, kind: .press), in: frame, size: Self.small) == [action])
        }
        #expect(ConsoleMouse.actions(for: MouseEvent(x: 79, y: layout.keyBar.y, kind: .press), in: frame, size: Self.small) == [])
    }

    @Test func aClickClosesTheHelpAndTheWheelScrollsIt() {
        let frame = ConsoleFixture.frame(.en, help: true)
        #expect(ConsoleMouse.actions(for: MouseEvent(x: 10, y: 10, kind: .press), in: frame, size: Self.small) == [.back])
        #expect(ConsoleMouse.actions(for: MouseEvent(x: 10, y: 10, kind: .scrollDown), in: frame, size: Self.small) == [.down, .down, .down])
    }

    @Test func triageRowsAreClickedSelectedAndOpened() {
        var state = TriageState(scope: nil, language: .en)
        state.data = TriageFixture.window
        let body = Rect(size: Self.grid).inset(top: 1)
        let layout = TriageLayout(body: body)
        let row = layout.list.y + 1 + 3
        #expect(TriageMouse.actions(for: MouseEvent(x: layout.list.x + 4, y: row, kind: .press), in: state, body: body)
                == [.down, .down, .down])
        #expect(TriageMouse.actions(for: MouseEvent(x: layout.list.x + 4, y: row, kind: .doubleClick), in: state, body: body)
                == [.down, .down, .down, .openEnterprise])
        state.selection = 3
        #expect(TriageMouse.actions(for: MouseEvent(x: layout.list.x + 4, y: layout.list.y + 1, kind: .press), in: state, body: body)
                == [.up, .up, .up])
        #expect(TriageMouse.actions(for: MouseEvent(x: layout.list.x + 4, y: layout.list.y, kind: .press), in: state, body: body) == [],
                "the header row is no row")
        #expect(TriageMouse.actions(for: MouseEvent(x: layout.list.x + 4, y: row, kind: .scrollUp), in: state, body: body)
                == [.up, .up, .up])
        #expect(TriageMouse.actions(for: MouseEvent(x: layout.detail.x + 4, y: row, kind: .press), in: state, body: body) == [])
    }

    @Test func aTriageKeyBarEntryFollowsTheReboundTable() throws {
        var state = TriageState(scope: nil, language: .en)
        state.keys = try KeyTables.rebinding(["filter": [.function(4)]]).triage
        let body = Rect(size: Self.grid).inset(top: 1)
        let layout = TriageLayout(body: body)
        let bar = KeyBar(bindings: state.keys, language: .en).render(width: layout.keyBar.width)
        let range = try #require(bar.range(of: "F4 filter"), "\(bar)")
        let x = bar.distance(from: bar.startIndex, to: range.lowerBound)
        #expect(TriageMouse.actions(for: MouseEvent(x: x, y: layout.keyBar.y, kind: .press), in: state, body: body) == [.filter])
    }

    @Test func aPromptTakesNoMouse() {
        var state = TriageState(scope: nil, language: .en)
        state.data = TriageFixture.window
        _ = TriageState.reduce(&state, .filter)
        #expect(state.prompt != nil)
        let body = Rect(size: Self.grid).inset(top: 1)
        #expect(TriageMouse.actions(for: MouseEvent(x: 5, y: 5, kind: .press), in: state, body: body) == [])
    }
}

/// The loop itself: mouse keys from the terminal reach the views only with the mouse on.
@Suite(.serialized) struct MouseLoopTests {
    @Test func clicksGoThroughTheLoopWhenTheMouseIsOn() throws {
        let f = try BoardFixture()
        let terminal = TestTerminal(size: Size(width: 80, height: 24))
        var seen: [String] = []
        terminal.onIdle = { t in
            guard seen.isEmpty else { return }
            seen.append(t.text)
            let bar = t.screen.last ?? ""
            let x = bar.distance(from: bar.startIndex, to: bar.range(of: "triage")!.lowerBound)
            t.enqueue(.mouse(MouseEvent(x: x, y: 23, kind: .press)))
            t.enqueue(.char("q"))
        }
        let app = f.app(terminal) { $0.mouse = true }
        #expect(app.run() == 0)
        #expect(app.active == .triage, "the key-bar entry '3 triage' was clicked")
    }

    @Test func withTheMouseOffClicksDoNothing() throws {
        let f = try BoardFixture()
        let terminal = TestTerminal(size: Size(width: 80, height: 24))
        terminal.enqueue(.mouse(MouseEvent(x: 20, y: 1, kind: .press)), .mouse(MouseEvent(x: 40, y: 23, kind: .press)), .char("q"))
        let app = f.app(terminal) { $0.mouse = false }
        #expect(app.run() == 0)
        #expect(app.active == .console && app.console.focus == .risk)
    }
}
