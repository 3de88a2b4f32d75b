import Testing
import TerminalUI

struct ViewportTests {
    @Test func startsAtTheTop() {
        let viewport = Viewport(count: 100, height: 10)
        #expect(viewport.visibleRange == 0..<10)
        #expect(viewport.selectedIndex == 0)
        #expect(viewport.selectionInPage == 0)
    }

    @Test func movingPastTheBottomScrollsByOne() {
        var viewport = Viewport(count: 100, height: 10)
        viewport.moveSelection(by: 9)
        #expect(viewport.visibleRange == 0..<10)
        viewport.moveSelection(by: 1)
        #expect(viewport.visibleRange == 1..<11)
        #expect(viewport.selectionInPage == 9)
    }

    @Test func movementStopsAtTheEnds() {
        var viewport = Viewport(count: 5, height: 10)
        viewport.moveSelection(by: -3)
        #expect(viewport.selectedIndex == 0)
        viewport.moveSelection(by: 50)
        #expect(viewport.selectedIndex == 4)
        #expect(viewport.visibleRange == 0..<5)
    }

    @Test func pagingMovesAScreenAtATime() {
        var viewport = Viewport(count: 25, height: 10)
        viewport.moveSelection(by: 2)
        viewport.pageDown()
        #expect(viewport.visibleRange == 10..<20)
        #expect(viewport.selectedIndex == 12)
        viewport.pageDown()
        #expect(viewport.visibleRange == 15..<25)
        #expect(viewport.selectedIndex == 22)
        viewport.pageUp()
        #expect(viewport.visibleRange == 5..<15)
        #expect(viewport.selectedIndex == 12)
    }

    @Test func firstAndLast() {
        var viewport = Viewport(count: 1000, height: 20)
        viewport.selectLast()
        #expect(viewport.selectedIndex == 999)
        #expect(viewport.visibleRange == 980..<1000)
        viewport.selectFirst()
        #expect(viewport.visibleRange == 0..<20)
    }

    @Test func shrinkingDataKeepsTheSelectionInside() {
        var viewport = Viewport(count: 100, height: 10, selection: 95)
        #expect(viewport.visibleRange == 86..<96)
        viewport.update(count: 40, height: 10)
        #expect(viewport.selectedIndex == 39)
        #expect(viewport.visibleRange == 30..<40)
    }

    @Test func resizingKeepsTheSelectionVisible() {
        var viewport = Viewport(count: 100, height: 20, selection: 15)
        viewport.update(count: 100, height: 5)
        #expect(viewport.visibleRange.contains(15))
        #expect(viewport.visibleRange.count == 5)
    }

    @Test func emptyListHasNoSelection() {
        let viewport = Viewport(count: 0, height: 10, selection: 3)
        #expect(viewport.selectedIndex == nil)
        #expect(viewport.selectionInPage == nil)
        #expect(viewport.visibleRange.isEmpty)
    }
}
