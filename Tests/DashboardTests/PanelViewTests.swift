@testable import Dashboard
import SafetyCore
import SafetyStore
import TerminalUI
import Testing

/// Each panel on its own: it draws only inside the rectangle it is given, at any size.
struct PanelViewTests {
    static let rects = [Rect(x: 7, y: 3, width: 78, height: 18), Rect(x: 2, y: 1, width: 40, height: 6),
                        Rect(x: 10, y: 5, width: 150, height: 40), Rect(x: 4, y: 4, width: 1, height: 1)]

    @Test(arguments: ConsolePanel.allCases, rects)
    func drawsNothingOutsideItsRectangle(panel: ConsolePanel, rect: Rect) {
        for language in Language.allCases {
            for zoomed in [false, true] {
                var canvas = Canvas(width: 170, height: 50, fill: Cell("#"))
                let context = PanelContext(snapshot: ConsoleFixture.snapshot, state: ConsoleState(), language: language,
                                           isFocused: true, isZoomed: zoomed)
                panel.viewType.init(context).draw(in: rect, on: &canvas)
                for y in 0..<canvas.height {
                    for x in 0..<canvas.width where !rect.contains(x: x, y: y) {
                        guard canvas[x, y] == Cell("#") else {
                            Issue.record("\(panel) \(language) zoomed \(zoomed) drew at (\(x), \(y)) outside \(rect)")
                            return
                        }
                    }
                }
            }
        }
    }

    struct Bar: Sendable, CustomTestStringConvertible {
        let counts: [RiskLevel: Int]
        let maximum: Int
        let width: Int
        let expected: [Int]
        var testDescription: String { "\(counts) of \(maximum) in \(width)" }
    }

    @Test(arguments: [
        Bar(counts: [.red: 10, .orange: 10, .yellow: 10, .blue: 10], maximum: 40, width: 20, expected: [5, 5, 5, 5]),
        Bar(counts: [.red: 10, .orange: 10, .yellow: 10, .blue: 10], maximum: 80, width: 20, expected: [3, 2, 3, 2]),
        Bar(counts: [.red: 1, .blue: 999], maximum: 1_000, width: 20, expected: [1, 0, 0, 19]),
        Bar(counts: [.red: 1, .orange: 1, .blue: 10], maximum: 10_000, width: 20, expected: [1, 1, 0, 1]),
        Bar(counts: [:], maximum: 10, width: 20, expected: [0, 0, 0, 0]),
        Bar(counts: [.yellow: 5], maximum: 0, width: 20, expected: [0, 0, 0, 0]),
        Bar(counts: [.red: 3, .orange: 3, .yellow: 3, .blue: 3], maximum: 12, width: 2, expected: [1, 0, 1, 0]),
    ])
    func riskMixBarKeepsEveryLevelPresentVisible(bar: Bar) {
        let segments = RiskMixBar.segments(bar.counts, maximum: bar.maximum, width: bar.width)
        #expect(segments.map(\.level) == RiskLevel.allCases)
        #expect(segments.map(\.columns) == bar.expected)
        #expect(segments.map(\.columns).reduce(0, +) <= bar.width)
    }

    @Test(arguments: Language.allCases)
    func theZoomedInspectionPanelShowsHowEachRuleIsKeptAndTheRedVisits(language: Language) {
        let frame = ConsoleFixture.frame(language, focus: .inspections, zoomed: true)
        let text = ScreenText.lines(ConsoleScreen.render(frame, size: Size(width: 120, height: 40))).joined(separator: "\n")
        #expect(text.contains("towns-sampling") && text.contains("412/525"))
        #expect(text.contains("district-above-scale") && text.contains("40/67"))
        #expect(text.contains("4/6"))
        #expect(text.contains(language == .zh ? "2 家未检" : "2 not yet"))
    }
}
