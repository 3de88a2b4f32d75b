import Testing
import TerminalUI

struct CanvasTests {
    @Test func framedBoxWithChineseTitleBarsAndSparkline() {
        var canvas = Canvas(width: 20, height: 5)
        canvas.drawBox(canvas.bounds, title: "风险等级")
        canvas.put("红", x: 2, y: 1)
        canvas.drawBar(value: 13, maximum: 20, x: 5, y: 1, width: 10)
        canvas.put("13", x: 16, y: 1)
        canvas.put("蓝", x: 2, y: 2)
        canvas.drawBar(value: 0.1, maximum: 20, x: 5, y: 2, width: 10)
        canvas.drawSparkline([0, 1, 2, 4, 8], x: 2, y: 3, width: 10)
        #expect(canvas.lines() == [
            "┌─ 风险等级 ───────┐",
            "│ 红 ██████▌    13 │",
            "│ 蓝 ▏             │",
            "│ ▁▃▄▅█            │",
            "└──────────────────┘",
        ])
        #expect(canvas.lines().allSatisfy { DisplayWidth.of($0) == 20 })
    }

    @Test func titleTooWideForTheFrameIsTruncated() {
        var canvas = Canvas(width: 10, height: 2)
        canvas.drawBox(canvas.bounds, title: "风险等级")
        #expect(canvas.lines() == ["┌─ 风…  ─┐", "└────────┘"])
    }

    @Test func asciiFrame() {
        var canvas = Canvas(width: 8, height: 3)
        canvas.drawBox(canvas.bounds, title: "Hi", glyphs: .ascii)
        #expect(canvas.lines() == ["+- Hi -+", "|      |", "+------+"])
    }

    @Test func tooSmallFrameDrawsNothing() {
        var canvas = Canvas(width: 3, height: 1)
        canvas.drawBox(canvas.bounds, title: "x")
        #expect(canvas.lines() == ["   "])
    }

    @Test func wideCharacterTakesTwoCellsAndAppearsOnceInLines() {
        var canvas = Canvas(width: 6, height: 1)
        let end = canvas.put("安a", x: 1, y: 0)
        #expect(end == 4)
        #expect(canvas[1, 0].width == 2)
        #expect(canvas[2, 0].isContinuation)
        #expect(canvas.lines() == [" 安a  "])
    }

    @Test func overwritingTheRightHalfOfAWideGlyphBlanksTheLeftHalf() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("安全", x: 0, y: 0)
        canvas.set("x", x: 1, y: 0)
        #expect(canvas.lines() == [" x全  "])
        #expect(!canvas[0, 0].isContinuation && canvas[0, 0].width == 1)
    }

    @Test func overwritingTheLeftHalfOfAWideGlyphBlanksTheRightHalf() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("安全", x: 0, y: 0)
        canvas.set("y", x: 2, y: 0)
        #expect(canvas.lines() == ["安y   "])
        #expect(canvas[3, 0] == Cell(" "))
    }

    @Test func wideGlyphOverlappingAnotherBlanksTheOrphanedHalf() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("ab安cd", x: 0, y: 0)
        canvas.put("全", x: 1, y: 0)
        #expect(canvas.lines() == ["a全 cd"])
    }

    @Test func wideGlyphThatWouldCrossTheRightEdgeBecomesASpace() {
        var canvas = Canvas(width: 5, height: 1)
        canvas.fill(canvas.bounds, with: ".")
        canvas.put("ab安全", x: 0, y: 0)
        #expect(canvas.lines() == ["ab安 "])
    }

    @Test func clippingToARectKeepsWideGlyphsWhole() {
        var canvas = Canvas(width: 6, height: 2)
        canvas.fill(canvas.bounds, with: ".")
        canvas.put("安全生产", x: 0, y: 0, clip: Rect(x: 1, y: 0, width: 4, height: 1))
        canvas.put("安全", x: 0, y: 1, clip: Rect(x: 0, y: 1, width: 3, height: 1))
        #expect(canvas.lines() == [". 全 .", "安 ..."])
    }

    @Test func textOutsideTheCanvasIsIgnored() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.put("abcdef", x: -2, y: 0)
        canvas.put("zz", x: 0, y: 5)
        #expect(canvas.lines() == ["cdef"])
    }

    @Test func zeroWidthCharactersAreSkipped() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.put("a\u{200B}b\u{7}c", x: 0, y: 0)
        #expect(canvas.lines() == ["abc "])
    }

    @Test func combiningMarksStayWithTheirBase() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.put("Cafe\u{301}", x: 0, y: 0)
        #expect(canvas[3, 0].character == "e\u{301}")
        #expect(canvas.lines() == ["Cafe\u{301}"])
    }

    @Test func fittedPutTruncatesAndPadsToTheField() {
        var canvas = Canvas(width: 12, height: 2)
        canvas.fill(canvas.bounds, with: ".")
        canvas.put("安全生产检查", x: 1, y: 0, width: 7)
        canvas.put("42", x: 1, y: 1, width: 5, alignment: .right)
        #expect(canvas.lines() == [".安全生…....", ".   42......"])
    }

    @Test func linesCanTrimTrailingSpaces() {
        var canvas = Canvas(width: 6, height: 2)
        canvas.put("安 a", x: 0, y: 0)
        #expect(canvas.lines(trimmingTrailingSpaces: true) == ["安 a", ""])
        #expect(canvas.lines() == ["安 a  ", "      "])
        #expect(canvas.text == "安 a  \n      ")
    }

    @Test func fillAndRestyleSetStyles() {
        var canvas = Canvas(width: 4, height: 2)
        canvas.put("ab", x: 0, y: 0)
        canvas.fill(Rect(x: 0, y: 1, width: 4, height: 1), style: Style(.alert))
        canvas.restyle(Rect(x: 0, y: 0, width: 1, height: 1), with: Style(.selection))
        #expect(canvas[0, 0] == Cell("a", style: Style(.selection)))
        #expect(canvas[1, 0] == Cell("b"))
        #expect(canvas[3, 1].style == Style(.alert))
    }

    @Test func rulesAreClippedToTheCanvas() {
        var canvas = Canvas(width: 5, height: 3)
        canvas.drawHorizontalRule(x: 1, y: 1, width: 10)
        canvas.drawVerticalRule(x: 0, y: 0, height: 10, glyphs: .ascii)
        #expect(canvas.lines() == ["|    ", "|────", "|    "])
    }
}
