import Testing
import TerminalUI

struct LengthTests {
    @Test(arguments: [
        ([Length.fixed(10), .weight(1)], 80, 0, [10, 70]),
        ([.fixed(10), .weight(1), .weight(3)], 50, 0, [10, 10, 30]),
        ([.weight(1), .weight(1), .weight(1)], 10, 0, [4, 3, 3]),
        ([.fraction(0.5), .weight(1)], 81, 1, [40, 40]),
        ([.fixed(6), .weight(1), .fixed(4)], 20, 1, [6, 8, 4]),
        ([.fixed(30), .fixed(30)], 40, 0, [30, 10]),
        ([.fixed(30), .weight(1), .fixed(30)], 40, 0, [30, 0, 10]),
        ([.fixed(5)], 0, 0, [0]),
        ([.fixed(3), .fixed(3)], 4, 2, [2, 0]),
    ])
    func resolve(lengths: [Length], total: Int, spacing: Int, expected: [Int]) {
        #expect(Length.resolve(lengths, total: total, spacing: spacing) == expected)
    }
}
