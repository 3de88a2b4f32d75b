import Testing
import TerminalUI

/// The one list selection: every move, its ends, and the window a view draws.
struct ListSelectionTests {
    @Test(arguments: [
        (ListMove.down, 5, 6), (.up, 5, 4), (.pageDown, 5, 15), (.pageUp, 5, 0), (.top, 5, 0), (.bottom, 5, 99),
        (.down, 99, 99), (.up, 0, 0), (.pageDown, 95, 99), (.pageUp, 12, 2),
    ])
    func movesStayInsideTheList(move: ListMove, from: Int, to: Int) {
        var selection = ListSelection(index: from, count: 100)
        selection.apply(move, pageSize: 10)
        #expect(selection.index == to)
    }

    @Test(arguments: ListMove.allCases)
    func anEmptyListKeepsTheSelectionAtZero(move: ListMove) {
        #expect(ListSelection(index: 3, count: 0).applying(move, pageSize: 10).index == 0)
    }

    @Test(arguments: [
        (Key.char("j"), ListMove.down), (.down, .down), (.char("k"), .up), (.up, .up), (.pageDown, .pageDown),
        (.pageUp, .pageUp), (.char("g"), .top), (.home, .top), (.char("G"), .bottom), (.end, .bottom),
    ])
    func keysAreMoves(key: Key, move: ListMove) {
        #expect(ListMove(key) == move)
    }

    @Test func aShrunkListPullsTheSelectionIn() {
        var selection = ListSelection(index: 40, count: 50)
        selection.resize(to: 10)
        #expect(selection.index == 9)
        selection.resize(to: 100)
        #expect(selection.index == 9)
    }

    @Test(arguments: [(0, 0..<10, 0), (9, 0..<10, 9), (10, 1..<11, 9), (99, 90..<100, 9)])
    func theWindowShowsTheSelection(index: Int, window: Range<Int>, row: Int) {
        let selection = ListSelection(index: index, count: 100)
        #expect(selection.window(height: 10) == window)
        #expect(selection.row(inWindowOf: 10) == row)
    }
}
