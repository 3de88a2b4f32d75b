import Testing
import TerminalUI

struct HelpOverlayTests {
    private let bindings = Array(SampleAction.bindings.filter { [.quit, .nextPanel, .down, .help].contains($0.action) })

    private func dottedCanvas(width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        canvas.fill(canvas.bounds, with: ".")
        return canvas
    }

    @Test func englishSnapshot() {
        var canvas = dottedCanvas(width: 30, height: 10)
        let box = HelpOverlay(bindings: bindings, language: .en).draw(on: &canvas)
        #expect(box == Rect(x: 5, y: 2, width: 19, height: 6))
        #expect(canvas.lines() == [
            "..............................",
            "..............................",
            ".....┌─ Keys ──────────┐......",
            ".....│ q    Quit       │......",
            ".....│ Tab  Next panel │......",
            ".....│ j/↓  Down       │......",
            ".....│ ?    Help       │......",
            ".....└─────────────────┘......",
            "..............................",
            "..............................",
        ])
    }

    @Test func chineseSnapshot() {
        var canvas = dottedCanvas(width: 30, height: 8)
        HelpOverlay(bindings: bindings, language: .zh).draw(on: &canvas)
        #expect(canvas.lines() == [
            "..............................",
            "......┌─ 按键 ────────┐.......",
            "......│ q    退出     │.......",
            "......│ Tab  切换面板 │.......",
            "......│ j/↓  下移     │.......",
            "......│ ?    帮助     │.......",
            "......└───────────────┘.......",
            "..............................",
        ])
    }

    @Test func clippedToASmallCanvasWithAMarkerForWhatIsBelow() {
        var canvas = dottedCanvas(width: 12, height: 4)
        HelpOverlay(bindings: bindings, language: .en).draw(on: &canvas)
        #expect(canvas.lines() == [
            "┌─ Keys ───┐",
            "│ q    Qu… │",
            "│ Tab  Ne… │",
            "└────────↓─┘",
        ])
    }

    @Test func scrollingShowsLaterBindingsAndClampsAtTheEnd() {
        let overlay = HelpOverlay(bindings: bindings, language: .en, scrollOffset: 99)
        #expect(overlay.maximumScrollOffset(for: Size(width: 12, height: 4)) == 2)
        #expect(overlay.maximumScrollOffset(for: Size(width: 80, height: 24)) == 0)
        var canvas = dottedCanvas(width: 12, height: 4)
        overlay.draw(on: &canvas)
        #expect(canvas.lines() == [
            "┌─ Keys ─↑─┐",
            "│ j/↓  Do… │",
            "│ ?    He… │",
            "└──────────┘",
        ])
    }

    @Test func everyBindingIsListedEvenThoseHiddenFromTheKeyBar() {
        var canvas = Canvas(width: 80, height: 24)
        HelpOverlay(bindings: SampleAction.bindings, language: .zh).draw(on: &canvas)
        let text = canvas.text
        for binding in SampleAction.bindings {
            #expect(text.contains(binding.label(for: .zh)))
        }
    }
}
