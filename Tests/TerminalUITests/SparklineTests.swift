import Testing
import TerminalUI

struct SparklineTests {
    @Test(arguments: [
        ([0.0, 1, 2, 4, 8], 10, "▁▃▄▅█"),
        ([0.0, 0, 0], 10, "▁▁▁"),
        ([5.0, 5, 5], 10, "███"),
        ([1.0, 2, 3, 4, 5, 6, 7, 8], 3, "▇▇█"),
        ([-3.0, .nan, 4], 5, "▁▁█"),
        ([], 5, ""),
        ([1.0, 2], 0, ""),
    ])
    func sparkline(values: [Double], width: Int, expected: String) {
        #expect(Sparkline.render(values, width: width) == expected)
    }

    @Test func fixedMaximumKeepsSeriesComparable() {
        #expect(Sparkline.render([1, 2], width: 5, maximum: 8) == "▃▄")
        #expect(Sparkline.render([16], width: 5, maximum: 8) == "█")
    }

    @Test func asciiLevels() {
        #expect(Sparkline.render([0, 1, 8], width: 5, glyphs: .ascii) == "_:#")
    }

    @Test func anyPositiveValueRisesAboveTheZeroLevel() {
        #expect(Sparkline.render([0, 0.001, 1000], width: 3) == "▁▂█")
    }
}
