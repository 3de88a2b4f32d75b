import Testing
import TerminalUI

struct KeyBarTests {
    @Test(arguments: [
        (Language.en, 80, "q Quit  Tab Next panel  / Search  z Zoom  r Refresh  ? Help"),
        (.en, 40, "q Quit  Tab Next panel  / Search  z Zoom"),
        (.zh, 80, "q 退出  Tab 切换面板  / 搜索  z 放大  r 刷新  ? 帮助"),
        (.zh, 40, "q 退出  Tab 切换面板  / 搜索  z 放大"),
    ])
    func fitsOneLine(language: Language, width: Int, expected: String) {
        let bar = KeyBar(bindings: SampleAction.bindings, language: language)
        let line = bar.render(width: width)
        #expect(DisplayWidth.of(line) == width)
        #expect(line.trimmingTrailingSpaces == expected)
    }

    @Test(arguments: [Language.en, .zh], [80, 40, 24, 10, 3])
    func hintsAreNeverCutOrWrapped(language: Language, width: Int) {
        let bar = KeyBar(bindings: SampleAction.bindings, language: language)
        let line = bar.render(width: width)
        for item in bar.layout(width: width) {
            #expect(item.x + item.width <= width)
            #expect(line.contains(item.binding.keyLabel + " " + item.binding.label(for: language)))
        }
        #expect(!line.contains("…"))
    }

    @Test func bindingsHiddenFromTheBarAreNotShown() {
        let line = KeyBar(bindings: SampleAction.bindings, language: .en).render(width: 200)
        #expect(!line.contains("Down"))
        #expect(!line.contains("j/↓"))
    }

    @Test func aHintThatDoesNotFitIsSkippedAndLaterOnesStillTried() {
        let bindings = [
            KeyBinding(.char("q"), action: 1, english: "Quit", chinese: "退出"),
            KeyBinding(.char("i"), action: 2, english: "Import a spreadsheet", chinese: "导入"),
            KeyBinding(.char("?"), action: 3, english: "Help", chinese: "帮助"),
        ]
        let bar = KeyBar(bindings: bindings, language: .en)
        #expect(bar.render(width: 16).trimmingTrailingSpaces == "q Quit  ? Help")
        #expect(bar.layout(width: 16).map(\.binding.action) == [1, 3])
    }

    @Test func drawReportsAbsoluteColumnsForMouseClicks() {
        var canvas = Canvas(width: 40, height: 3)
        let items = KeyBar(bindings: SampleAction.bindings, language: .zh)
            .draw(on: &canvas, in: Rect(x: 2, y: 2, width: 30, height: 1))
        #expect(items.map(\.x) == [2, 10, 24])
        #expect(items.map(\.width) == [6, 12, 6])
        #expect(canvas.lines(trimmingTrailingSpaces: true)[2] == "  q 退出  Tab 切换面板  / 搜索")
    }

    @Test func keysAndLabelsAreStyledApart() {
        var canvas = Canvas(width: 20, height: 1)
        KeyBar(bindings: SampleAction.bindings, language: .en, keyStyle: Style(.accent), labelStyle: Style(.dim))
            .draw(on: &canvas, in: canvas.bounds)
        #expect(canvas[0, 0].style == Style(.accent))
        #expect(canvas[2, 0].style == Style(.dim))
        #expect(canvas[19, 0].style == Style(.dim))
    }
}

extension String {
    /// The string without trailing spaces.
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
