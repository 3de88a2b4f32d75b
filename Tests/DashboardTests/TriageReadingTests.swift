@testable import Dashboard
import SafetyCore
@testable import SafetyStore
import TerminalUI
import Testing

/// Keys typed before a read is in: the triage view says it is reading, a key that needs the
/// row still being read says so (not "the list is empty"), and `n` typed ahead of the search's
/// answer moves once the answer comes.
struct TriageReadingTests {
    static let query = TriageReducerTests.query

    @Test func aReadForTheScreenShowsUntilItsRowsAreInNotWhileTheRestOfTheWindowIsRead() throws {
        var state = TriageReducerTests.loaded
        #expect(!state.isReading)
        guard case .readWindow(let request)? = TriageState.reduce(&state, .sort).first else {
            Issue.record("no read after s")
            return
        }
        #expect(state.isReading)
        let onScreen = render(state)
        #expect(onScreen.contains("Loading…"), "\(onScreen)")
        let rows = TriageWindow(count: TriageFixture.window.count, firstRow: 0, rows: Array(TriageFixture.window.rows.prefix(20)))
        let rest = TriageState.reduce(&state, .windowRead(TriageWindowRead(request: request, window: rows, range: 0..<20, selection: 0, lost: nil)))
        #expect(rest.contains { $0.isWindowRead }, "the rest of the window is read")
        #expect(!state.isReading, "the rows on screen are in")
        #expect(!render(state).contains("Loading…"))
    }

    /// The rest of the window read after a commit that moved the rows (a hazard inserted above)
    /// would put another hazard at the selection: it is read again following the one on screen,
    /// not taken. A rest that agrees with the screen is taken.
    @Test(arguments: [true, false])
    func theRestOfAWindowThatMovedUnderTheSelectionIsReadAgainFollowingIt(moved: Bool) throws {
        var state = TriageReducerTests.loaded
        guard case .readWindow(let screen)? = TriageState.reduce(&state, .sort).first else {
            Issue.record("no read after s")
            return
        }
        let rows = TriageFixture.window.rows
        let onScreen = TriageWindow(count: rows.count, firstRow: 0, rows: Array(rows.prefix(20)))
        let effects = TriageState.reduce(&state, .windowRead(TriageWindowRead(request: screen, window: onScreen, range: 0..<20,
                                                                             selection: 0, lost: nil)))
        guard case .readWindow(let rest)? = effects.first(where: \.isWindowRead) else {
            Issue.record("no read of the rest: \(effects)")
            return
        }
        #expect(rest.span == .rest)
        let shown = try #require(state.selectedRow).hazard.id
        // After the commit the list has one more row at the top: every row one place down.
        let restRows = moved ? [rows[1]] + rows : rows
        let read = TriageWindowRead(request: rest, window: TriageWindow(count: restRows.count, firstRow: 0, rows: restRows),
                                    range: 0..<60, selection: 0, lost: nil)
        let after = TriageState.reduce(&state, .windowRead(read))
        if moved {
            guard case .readWindow(let again)? = after.first, after.count == 1 else {
                Issue.record("expected a read following \(shown), got \(after)")
                return
            }
            #expect(again.follow == shown && again.span == .window)
            #expect(state.selectedRow?.hazard.id == shown, "the screen keeps its rows until that read is in")
            #expect(state.followedId == shown)
            #expect(state.isReading)
        } else {
            let readsAgain = after.contains { $0.isWindowRead }
            #expect(!readsAgain)
            #expect(state.data.rows.count == rows.count, "the rest is taken")
            #expect(state.selectedRow?.hazard.id == shown)
        }
    }

    @Test func anActionOnARowStillBeingReadSaysSoAndOpensNoPrompt() {
        var state = TriageReducerTests.loaded
        state.data = TriageWindow(count: 500, firstRow: 0, rows: TriageFixture.rows)
        state.loadedWindow = 0..<TriageFixture.rows.count
        let effects = TriageState.reduce(&state, .bottom)
        #expect(effects.contains { $0.isWindowRead })
        #expect(state.selectedRow == nil)
        #expect(TriageState.reduce(&state, .deadline) == [])
        #expect(state.prompt == nil)
        #expect(state.message == TriageMessage("That row is still being read: try again in a moment", isError: true))
    }

    @Test(arguments: [([TriageAction.nextMatch], 1), ([.nextMatch, .nextMatch], 2), ([.previousMatch], 2), ([.nextMatch, .previousMatch], 0)])
    func nTypedBeforeTheSearchAnswersMovesWhenItComes(typed: [TriageAction], match: Int) {
        var state = TriageReducerTests.loaded
        _ = TriageState.reduce(&state, .search)
        _ = TriageState.reduce(&state, .edit(.insert("喷")))
        _ = TriageState.reduce(&state, .submitPrompt)
        #expect(state.searchPending)
        #expect(render(state).contains("Searching “喷”…"))
        for action in typed { #expect(TriageState.reduce(&state, action) == []) }
        #expect(state.message == nil, "no “search first” while the search is out")
        let found = ["LC-H-0002", "LC-H-0006", "PL-H-0007"]
        let effects = TriageState.reduce(&state, .searchRead(TriageSearchRequest(text: "喷", query: Self.query), matches: found, firstPosition: 1))
        #expect(state.matchIndex == match)
        if match == 0 {
            #expect(effects == [.readDetail(TriageFixture.rows[1].hazard)], "forward and back again: the first match")
        } else {
            #expect(effects == [.locate(id: found[match], query: Self.query)])
            #expect(state.isReading, "until the match's place is read")
            _ = TriageState.reduce(&state, .located(id: found[match], position: match == 1 ? 5 : 6))
            #expect(state.selection == (match == 1 ? 5 : 6))
        }
        #expect(!state.isReading)
    }

    @Test func aNewOrderDropsTheSearchStillOut() {
        var state = TriageReducerTests.loaded
        _ = TriageState.reduce(&state, .search)
        _ = TriageState.reduce(&state, .edit(.insert("喷")))
        _ = TriageState.reduce(&state, .submitPrompt)
        _ = TriageState.reduce(&state, .reverseSort)
        #expect(!state.searchPending, "its answer is for the old order and is dropped when it comes")
    }

    private func render(_ state: TriageState) -> String {
        var canvas = Canvas(size: Size(width: 120, height: 30))
        TriageScreen(state, policy: EscalationPolicy()).draw(in: Rect(size: canvas.size).inset(top: 1), on: &canvas)
        return ScreenText.lines(canvas).joined(separator: "\n")
    }
}
