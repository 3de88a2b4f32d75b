import Testing
import TerminalUI

struct HorizontalBarTests {
    @Test(arguments: [
        (13.0, 20.0, 10, "██████▌   "),
        (20.0, 20.0, 10, "██████████"),
        (30.0, 20.0, 4, "████"),
        (0.0, 20.0, 4, "    "),
        (0.01, 20.0, 4, "▏   "),
        (-5.0, 20.0, 4, "    "),
        (5.0, 0.0, 4, "    "),
        (1.0, 3.0, 3, "█  "),
        (1.0, 8.0, 1, "▏"),
        (7.0, 8.0, 1, "▉"),
        (1.0, 2.0, 0, ""),
    ])
    func unicodeBar(value: Double, maximum: Double, width: Int, expected: String) {
        #expect(HorizontalBar.render(value: value, maximum: maximum, width: width) == expected)
    }

    @Test(arguments: [
        (13.0, 20.0, 10, "#######   "),
        (0.01, 20.0, 4, "#   "),
        (0.0, 20.0, 4, "    "),
        (20.0, 20.0, 4, "####"),
    ])
    func asciiBar(value: Double, maximum: Double, width: Int, expected: String) {
        #expect(HorizontalBar.render(value: value, maximum: maximum, width: width, glyphs: .ascii) == expected)
    }

    @Test func barIsAlwaysExactlyItsWidth() {
        for step in 0...40 {
            let bar = HorizontalBar.render(value: Double(step), maximum: 40, width: 7)
            #expect(DisplayWidth.of(bar) == 7)
        }
    }
}
