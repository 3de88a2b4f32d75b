/// One decoded input event.
public enum Key: Sendable, Hashable, CustomStringConvertible {
    /// A printable character, as typed (Chinese input methods deliver whole characters).
    case char(Character)
    /// A control character, named by its lowercase letter or symbol: Ctrl-C is
    /// `.ctrl("c")`, Ctrl-Space `.ctrl("@")`. Ctrl-H, Ctrl-I, Ctrl-J, Ctrl-M and Ctrl-[
    /// arrive as ``backspace``, ``tab``, ``enter`` and ``escape`` because terminals send the
    /// same bytes for them.
    case ctrl(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Insert.
    case insert
    /// Enter or Return.
    case enter
    /// Esc (after ncurses' escape delay, so Alt-combinations arrive as Esc and a key).
    case escape
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
    /// F1 … F63.
    case function(Int)
    /// The terminal changed size: read ``Terminal/size`` and redraw everything.
    case resize
    /// A mouse action (only when enabled).
    case mouse(MouseEvent)
    /// SIGINT, SIGTERM or SIGHUP arrived: the application should quit, call
    /// ``Terminal/restore()`` and exit with status 128 + the signal number. A second such
    /// signal before that restores the terminal and exits at once.
    case signal(Int32)

    /// How the key is written in the key bar and help: "q", "Enter", "Tab", "↑", "^C", "F1".
    public var description: String {
        switch self {
        case .char(" "): "Space"
        case .char(let character): String(character)
        case .ctrl(let character): "^" + character.uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .insert: "Ins"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .function(let number): "F\(number)"
        case .resize: "Resize"
        case .mouse: "Mouse"
        case .signal(let number): "Signal \(number)"
        }
    }
}
