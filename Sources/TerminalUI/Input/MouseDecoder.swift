import CNcursesw

/// Turns what ncurses' `getmouse` reports into a ``MouseEvent``, without a terminal, so the
/// mapping is unit-tested: the left button (pressed or clicked), the wheel (buttons 4 and 5);
/// anything else (releases, other buttons, motion) gives nil.
public enum MouseDecoder {
    /// ncurses' bit for button 1 pressed.
    public static let leftPressed = UInt(sb_mouse_mask(1))
    /// ncurses' bit for button 1 clicked (pressed and released within its click interval).
    public static let leftClicked = UInt(sb_mouse_mask(2))
    /// ncurses' bit for button 1 double-clicked.
    public static let leftDoubleClicked = UInt(sb_mouse_mask(3))
    /// ncurses' bit for the wheel turned up (button 4).
    public static let wheelUp = UInt(sb_mouse_mask(4))
    /// ncurses' bit for the wheel turned down (button 5).
    public static let wheelDown = UInt(sb_mouse_mask(5))

    /// The event at column `x`, row `y` for `buttonState`, or nil.
    public static func decode(x: Int, y: Int, buttonState: UInt) -> MouseEvent? {
        let kind: MouseEvent.Kind
        if buttonState & leftDoubleClicked != 0 {
            kind = .doubleClick
        } else if buttonState & (leftPressed | leftClicked) != 0 {
            kind = .press
        } else if buttonState & wheelUp != 0 {
            kind = .scrollUp
        } else if buttonState & wheelDown != 0 {
            kind = .scrollDown
        } else {
            return nil
        }
        return MouseEvent(x: x, y: y, kind: kind)
    }
}

/// Tells a double click from two clicks: a press on the cell of the previous press, within
/// ``interval`` of it, becomes ``MouseEvent/Kind/doubleClick`` (and a third press starts over).
/// ncurses could do this itself, but only by holding every press back for its click interval,
/// which would make each single click feel late.
public struct ClickTracker: Sendable {
    /// The longest time between the two presses of a double click.
    public var interval: Duration
    private var last: (x: Int, y: Int, at: ContinuousClock.Instant)?

    /// A tracker; 400 ms is what desktop systems default to.
    public init(interval: Duration = .milliseconds(400)) {
        self.interval = interval
    }

    /// `event`, turned into a double click when it completes one; `now` is when it arrived.
    public mutating func track(_ event: MouseEvent, at now: ContinuousClock.Instant) -> MouseEvent {
        guard event.kind == .press else {
            if event.kind == .doubleClick { last = nil }
            return event
        }
        if let last, last.x == event.x, last.y == event.y, last.at.duration(to: now) <= interval {
            self.last = nil
            return MouseEvent(x: event.x, y: event.y, kind: .doubleClick)
        }
        last = (event.x, event.y, now)
        return event
    }
}
