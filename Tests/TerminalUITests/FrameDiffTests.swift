import Testing
import TerminalUI

struct FrameDiffTests {
    private func canvas(_ text: String, width: Int = 4) -> Canvas {
        var canvas = Canvas(width: width, height: 1)
        canvas.put(text, x: 0, y: 0)
        return canvas
    }

    @Test func unknownScreenWritesEveryCellButContinuations() {
        let changes = FrameDiff.changes(from: nil, to: canvas("安ab"))
        #expect(changes.map(\.x) == [0, 2, 3])
        #expect(changes[0].cell.width == 2)
    }

    @Test func identicalFramesWriteNothing() {
        #expect(FrameDiff.changes(from: canvas("安ab"), to: canvas("安ab")).isEmpty)
    }

    @Test func onlyTheChangedCellIsWritten() {
        let changes = FrameDiff.changes(from: canvas("安ab"), to: canvas("安aX"))
        #expect(changes == [FrameDiff.Change(x: 3, y: 0, cell: Cell("X"))])
    }

    @Test func replacingAWideGlyphWithNarrowOnesWritesBothCells() {
        let changes = FrameDiff.changes(from: canvas("安ab"), to: canvas("xyab"))
        #expect(changes.map(\.x) == [0, 1])
    }

    @Test func aNewWideGlyphIsWrittenOnceFromItsLeftCell() {
        let changes = FrameDiff.changes(from: canvas("xyab"), to: canvas("安ab"))
        #expect(changes.map(\.x) == [0])
        #expect(changes.first?.cell.character == "安")
    }

    @Test func wideGlyphIsRewrittenWhenOnlyItsRightHalfChanged() {
        var old = canvas("安ab")
        old.restyle(Rect(x: 1, y: 0, width: 1, height: 1), with: Style(.alert))
        let changes = FrameDiff.changes(from: old, to: canvas("安ab"))
        #expect(changes.map(\.x) == [0])
    }

    @Test func styleChangesAreChanges() {
        var new = canvas("ab")
        new.restyle(Rect(x: 1, y: 0, width: 1, height: 1), with: Style(.selection))
        #expect(FrameDiff.changes(from: canvas("ab"), to: new).map(\.x) == [1])
    }

    @Test func aFrameOfAnotherSizeIsWrittenInFull() {
        let changes = FrameDiff.changes(from: canvas("ab", width: 3), to: canvas("ab", width: 4))
        #expect(changes.count == 4)
    }
}
