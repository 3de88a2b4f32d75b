import Testing
import TerminalUI

struct ColorSupportTests {
    @Test(arguments: [
        (["NO_COLOR": "1"], true, 256, ColorSupport.monochrome),
        (["NO_COLOR": "yes"], true, 8, .monochrome),
        (["NO_COLOR": ""], true, 256, .extended),
        ([:], false, 0, .monochrome),
        ([:], true, 2, .monochrome),
        ([:], true, 8, .basic),
        ([:], true, 16, .basic),
        ([:], true, 256, .extended),
        (["TERM": "xterm-256color"], true, 88, .basic),
    ])
    func detect(environment: [String: String], hasColors: Bool, colorCount: Int, expected: ColorSupport) {
        #expect(ColorSupport.detect(environment: environment, hasColors: hasColors, colorCount: colorCount) == expected)
    }
}
