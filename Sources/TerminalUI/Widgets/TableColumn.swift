/// One column of a ``Table``: its title, how wide it is, and how its cells are aligned.
public struct TableColumn: Sendable, Hashable {
    /// The header text.
    public var title: String
    /// The width: `.fixed` for codes, dates and numbers, `.weight` for names and text that
    /// should take what is left. Columns listed first keep their width longest when the
    /// table is narrow (see ``Length/resolve(_:total:spacing:)``).
    public var width: Length
    /// Alignment of the header and the cells; `.right` for numbers.
    public var alignment: TextAlignment

    /// A column; flexible and left-aligned by default.
    public init(_ title: String, width: Length = .weight(1), alignment: TextAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}
