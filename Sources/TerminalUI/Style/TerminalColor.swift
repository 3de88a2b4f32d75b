/// A colour as ncurses understands it: the terminal default or a palette index.
public enum TerminalColor: Sendable, Hashable {
    /// The terminal's own foreground or background (-1 after `use_default_colors`), so the
    /// dashboard respects light and dark terminal themes.
    case terminalDefault
    /// An index into the terminal's palette: 0–7 basic, 8–15 bright, 16–255 extended.
    case indexed(Int16)

    /// The value `init_pair` takes.
    public var cursesValue: Int16 {
        switch self {
        case .terminalDefault: -1
        case .indexed(let index): index
        }
    }

    /// Basic colour 0.
    public static let black = TerminalColor.indexed(0)
    /// Basic colour 1.
    public static let red = TerminalColor.indexed(1)
    /// Basic colour 2.
    public static let green = TerminalColor.indexed(2)
    /// Basic colour 3 (brownish on many terminals, which is why it serves as orange).
    public static let yellow = TerminalColor.indexed(3)
    /// Basic colour 4.
    public static let blue = TerminalColor.indexed(4)
    /// Basic colour 5.
    public static let magenta = TerminalColor.indexed(5)
    /// Basic colour 6.
    public static let cyan = TerminalColor.indexed(6)
    /// Basic colour 7.
    public static let white = TerminalColor.indexed(7)
}
