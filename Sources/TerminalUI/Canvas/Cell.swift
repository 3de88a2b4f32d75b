/// One terminal cell of a ``Canvas``.
///
/// A wide character (2 columns) lives in its left cell with `width == 2`; the cell to its
/// right is a continuation cell (`width == 0`) that draws nothing of its own. The canvas keeps
/// the pair together: overwriting either half blanks the other.
public struct Cell: Sendable, Hashable {
    /// The grapheme shown; a space for an empty cell. Meaningless in a continuation cell.
    public var character: Character
    /// Columns the character takes: 1 or 2, or 0 for the right half of a wide character.
    public var width: Int
    /// How the cell is drawn.
    public var style: Style

    /// A cell; `width` defaults to the character's display width.
    public init(_ character: Character, style: Style = .normal, width: Int? = nil) {
        self.character = character
        self.style = style
        self.width = width ?? DisplayWidth.of(character)
    }

    /// An empty cell in the terminal's own colours.
    public static let blank = Cell(" ")

    /// A blank cell with `style`, to fill backgrounds.
    public static func blank(_ style: Style) -> Cell { Cell(" ", style: style) }

    /// True for the right half of a wide character.
    public var isContinuation: Bool { width == 0 }
}
