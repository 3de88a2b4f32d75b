import Dashboard
import SafetyCore
import SafetyStore
import TerminalUI
import Testing

/// The console asks the feed for a window of the hazard queue that always holds what the
/// screen shows, however deep the selection, and does not ask again for every row moved.
struct ConsoleRequestTests {
    static let options = ConsoleOptions(scope: nil, language: .en, operatorName: "zhangwei", bell: false, pinnedDay: nil)

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 45)], [0, 1, 17, 44, 45, 1_000, 999_999])
    func theWindowReadHoldsEveryRowOnScreen(size: Size, selection: Int) {
        var frame = ConsoleFixture.frame(.en, focus: .hazards, hazardSelection: selection)
        frame.snapshot?.hazards.open = 1_000_000
        let request = ConsoleApp.request(for: frame, options: Self.options, today: ConsoleFixture.asOf, screen: size)
        let height = ConsoleScreen.listRows(of: .hazards, frame, size: size)
        let visible = max(0, selection - height + 1)...selection
        #expect(request.hazardOffset <= visible.lowerBound)
        #expect(request.hazardOffset + request.hazardRows > visible.upperBound + height, "and a screen more below")
        #expect(request.hazardRows <= 3 * max(height, size.height), "never the whole queue")
    }

    @Test func movingWithinAScreenAsksForTheSameWindow() {
        let size = Size(width: 160, height: 45)
        let requests = (300..<305).map { selection in
            ConsoleApp.request(for: ConsoleFixture.frame(.en, focus: .hazards, hazardSelection: selection),
                               options: Self.options, today: ConsoleFixture.asOf, screen: size)
        }
        #expect(Set(requests.map(\.hazardOffset)).count <= 2)
    }
}
