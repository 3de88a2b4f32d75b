import Dashboard
import SafetyCore
import SafetyStore
import TerminalUI
import Testing

/// The console's geometry: every part inside the screen, nothing overlapping, the rows
/// adding up, and the arrangement each size gets.
struct ConsoleLayoutTests {
    static let sizes = [(80, 24), (100, 30), (119, 40), (120, 35), (120, 36), (160, 45), (200, 60), (300, 100)]
        .map { Size(width: $0, height: $1) }

    struct Variant: Sendable, CustomTestStringConvertible {
        var zoomed = false, alerts = false, notice = false, error = false
        var testDescription: String { "zoomed \(zoomed) alerts \(alerts) notice \(notice) error \(error)" }
    }

    static let variants = [Variant(), Variant(zoomed: true), Variant(alerts: true, notice: true, error: true),
                           Variant(zoomed: true, alerts: true, notice: true, error: true)]

    static func state(_ variant: Variant, focus: ConsolePanel = .hazards) -> ConsoleState {
        var state = ConsoleState()
        state.focus = focus
        state.zoomed = variant.zoomed
        state.alerts = variant.alerts ? ConsoleFixture.alerts : []
        state.notice = variant.notice ? "notice" : nil
        return state
    }

    @Test(arguments: sizes, variants)
    func partsStayOnScreenAndNeverOverlap(size: Size, variant: Variant) throws {
        let layout = try #require(ConsoleLayout(size: size, state: Self.state(variant), hasError: variant.error))
        let screen = Rect(size: size)
        let rects = layout.allRects
        for rect in rects {
            #expect(!rect.isEmpty, "\(rect)")
            #expect(rect.intersection(screen) == rect, "\(rect) leaves the \(size) screen")
        }
        for (i, a) in rects.enumerated() {
            for b in rects[(i + 1)...] { #expect(a.intersection(b).isEmpty, "\(a) overlaps \(b)") }
        }
        #expect(rects.reduce(0) { $0 + $1.width * $1.height } == size.width * size.height, "the parts tile the screen")
        #expect(layout.keyBar.maxY == size.height)
        #expect((layout.alert != nil) == variant.alerts)
        #expect((layout.notice != nil) == variant.notice)
        #expect((layout.error != nil) == variant.error)
    }

    @Test(arguments: sizes)
    func smallScreensGetTabsAndLargeOnesTheGrid(size: Size) throws {
        let layout = try #require(ConsoleLayout(size: size, state: ConsoleState(), hasError: false))
        let grid = size.width >= 120 && size.height >= 36
        #expect(layout.arrangement == (grid ? .grid : .tabs))
        #expect(layout.panels.count == (grid ? 4 : 1))
        #expect((layout.tabStrip != nil) == !grid)
    }

    @Test(arguments: sizes, ConsolePanel.allCases)
    func aZoomedPanelFillsTheBody(size: Size, focus: ConsolePanel) throws {
        var state = ConsoleState()
        state.focus = focus
        state.zoomed = true
        let layout = try #require(ConsoleLayout(size: size, state: state, hasError: false))
        #expect(layout.arrangement == .zoomed)
        #expect(layout.panels == [focus: Rect(x: 0, y: 1, width: size.width, height: size.height - 2)])
    }

    @Test(arguments: [Size(width: 79, height: 24), Size(width: 80, height: 23), Size(width: 0, height: 0)])
    func thereIsNoLayoutBelow80x24(size: Size) {
        #expect(ConsoleLayout(size: size, state: ConsoleState(), hasError: false) == nil)
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 45)], [false, true])
    func listRowsIsTheNumberOfHazardRowsDrawn(size: Size, zoomed: Bool) {
        var frame = ConsoleFixture.frame(.en, focus: .hazards, zoomed: zoomed)
        let many = ConsoleFixture.manyHazardRows(60)
        frame.snapshot?.hazards.rows = many
        let rows = ConsoleScreen.listRows(of: .hazards, frame, size: size)
        let drawn = ScreenText.lines(ConsoleScreen.render(frame, size: size)).filter { line in
            many.contains { line.contains($0.hazard.deadline!.iso) }
        }
        #expect(rows > 0)
        #expect(drawn.count == rows)
        #expect(ConsoleScreen.listRows(of: .training, frame, size: size) == 0)
    }

    @Test func aPanelOffScreenHasNoListRows() {
        let frame = ConsoleFixture.frame(.en, focus: .risk)
        #expect(ConsoleScreen.listRows(of: .hazards, frame, size: Size(width: 80, height: 24)) == 0)
        #expect(ConsoleScreen.listRows(of: .risk, frame, size: Size(width: 80, height: 24)) > 0)
    }
}
