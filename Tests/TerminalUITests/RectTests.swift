import Testing
import TerminalUI

struct RectTests {
    @Test func negativeSizesBecomeEmpty() {
        let rect = Rect(x: 3, y: 4, width: -2, height: 5)
        #expect(rect.width == 0)
        #expect(rect.isEmpty)
    }

    @Test func insetShrinksEverySideAndNeverInverts() {
        #expect(Rect(x: 0, y: 0, width: 10, height: 6).inset(by: 1) == Rect(x: 1, y: 1, width: 8, height: 4))
        #expect(Rect(x: 0, y: 0, width: 10, height: 6).inset(top: 1, left: 2) == Rect(x: 2, y: 1, width: 8, height: 5))
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1).isEmpty)
    }

    @Test func intersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        #expect(a.intersection(Rect(x: 5, y: 8, width: 10, height: 10)) == Rect(x: 5, y: 8, width: 5, height: 2))
        #expect(a.intersection(Rect(x: 20, y: 0, width: 3, height: 3)).isEmpty)
    }

    @Test func splitColumnsPlacesPartsSideBySide() {
        let parts = Rect(x: 2, y: 1, width: 41, height: 5).splitColumns([.fraction(0.5), .weight(1)], spacing: 1)
        #expect(parts == [Rect(x: 2, y: 1, width: 20, height: 5), Rect(x: 23, y: 1, width: 20, height: 5)])
    }

    @Test func splitRowsStacksHeaderBodyAndKeyBar() {
        let parts = Rect(x: 0, y: 0, width: 80, height: 24).splitRows([.fixed(1), .weight(1), .fixed(1)])
        #expect(parts == [Rect(x: 0, y: 0, width: 80, height: 1),
                          Rect(x: 0, y: 1, width: 80, height: 22),
                          Rect(x: 0, y: 23, width: 80, height: 1)])
    }

    @Test func centeredClampsToTheRectangle() {
        let screen = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(screen.centered(width: 20, height: 5) == Rect(x: 30, y: 9, width: 20, height: 5))
        #expect(screen.centered(width: 100, height: 30) == screen)
    }

    @Test func rowIsClippedToTheRectangle() {
        let rect = Rect(x: 1, y: 2, width: 5, height: 3)
        #expect(rect.row(1) == Rect(x: 1, y: 3, width: 5, height: 1))
        #expect(rect.row(3).isEmpty)
    }
}
