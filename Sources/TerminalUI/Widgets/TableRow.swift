/// One row of a ``Table``: cell texts in column order and how to style them.
public struct TableRow: Sendable, Hashable {
    /// Cell texts; missing trailing cells are drawn empty, extra ones are ignored.
    public var cells: [String]
    /// Style of the whole row (an overdue row, a dimmed closed item).
    public var style: Style
    /// Styles of single cells by column index, overriding ``style`` (the risk-level cell).
    public var cellStyles: [Int: Style]

    /// A row.
    public init(_ cells: [String], style: Style = .normal, cellStyles: [Int: Style] = [:]) {
        self.cells = cells
        self.style = style
        self.cellStyles = cellStyles
    }
}
