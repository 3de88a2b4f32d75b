import TerminalUI
import Testing

struct MouseDecoderTests {
    @Test func theLeftButtonAndTheWheelDecode() {
        #expect(MouseDecoder.decode(x: 3, y: 4, buttonState: MouseDecoder.leftPressed) == MouseEvent(x: 3, y: 4, kind: .press))
        #expect(MouseDecoder.decode(x: 3, y: 4, buttonState: MouseDecoder.leftClicked) == MouseEvent(x: 3, y: 4, kind: .press))
        #expect(MouseDecoder.decode(x: 0, y: 0, buttonState: MouseDecoder.leftDoubleClicked)?.kind == .doubleClick)
        #expect(MouseDecoder.decode(x: 9, y: 1, buttonState: MouseDecoder.wheelUp) == MouseEvent(x: 9, y: 1, kind: .scrollUp))
        #expect(MouseDecoder.decode(x: 9, y: 1, buttonState: MouseDecoder.wheelDown) == MouseEvent(x: 9, y: 1, kind: .scrollDown))
    }

    @Test func otherButtonsAndReleasesAreNothing() {
        #expect(MouseDecoder.decode(x: 1, y: 1, buttonState: 0) == nil)
        let known = MouseDecoder.leftPressed | MouseDecoder.leftClicked | MouseDecoder.leftDoubleClicked | MouseDecoder.wheelUp | MouseDecoder.wheelDown
        // Button 1 released is the bit below "pressed" in every ncurses ABI.
        let released = MouseDecoder.leftPressed >> 1
        #expect(known & released == 0)
        #expect(MouseDecoder.decode(x: 1, y: 1, buttonState: released) == nil)
    }

    @Test func twoQuickPressesOnOneCellAreADoubleClick() {
        var tracker = ClickTracker(interval: .milliseconds(400))
        let start = ContinuousClock.now
        let press = MouseEvent(x: 5, y: 6, kind: .press)
        #expect(tracker.track(press, at: start).kind == .press)
        #expect(tracker.track(press, at: start.advanced(by: .milliseconds(200))).kind == .doubleClick)
        #expect(tracker.track(press, at: start.advanced(by: .milliseconds(300))).kind == .press, "a third press starts over")
    }

    @Test func aSlowSecondPressOrAnotherCellIsAPress() {
        var tracker = ClickTracker(interval: .milliseconds(400))
        let start = ContinuousClock.now
        #expect(tracker.track(MouseEvent(x: 5, y: 6, kind: .press), at: start).kind == .press)
        #expect(tracker.track(MouseEvent(x: 5, y: 6, kind: .press), at: start.advanced(by: .seconds(1))).kind == .press)
        #expect(tracker.track(MouseEvent(x: 6, y: 6, kind: .press), at: start.advanced(by: .milliseconds(1100))).kind == .press)
        #expect(tracker.track(MouseEvent(x: 6, y: 6, kind: .scrollDown), at: start.advanced(by: .milliseconds(1200))).kind == .scrollDown)
    }
}
