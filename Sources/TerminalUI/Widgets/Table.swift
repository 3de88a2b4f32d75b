/// A table renderer with columns that line up whatever mix of Chinese and ASCII the cells hold.
///
/// Widths are display columns, never character counts; every cell is truncated with "…" or
/// padded to exactly its column's width, so each column starts at the same column on every
/// line. The table draws only the rows it is handed: the caller fetches one page (for
/// instance with ``Viewport/visibleRange`` as LIMIT/OFFSET) of ``visibleRowCount(in:)`` rows.
public struct Table: Sendable, Hashable {
    /// The columns, left to right.
    public var columns: [TableColumn]
    /// Blank columns between neighbouring columns.
    public var spacing: Int
    /// Whether the first line of the rectangle holds the column titles.
    public var showsHeader: Bool
    /// Style of the header line.
    public var headerStyle: Style

    /// A table.
    public init(columns: [TableColumn], spacing: Int = 1, showsHeader: Bool = true, headerStyle: Style = Style(.header)) {
        self.columns = columns
        self.spacing = spacing
        self.showsHeader = showsHeader
        self.headerStyle = headerStyle
    }

    /// The width of each column when the table is `totalWidth` columns wide. A column can get
    /// 0 when the table is too narrow, and is then not drawn.
    public func columnWidths(totalWidth: Int) -> [Int] {
        Length.resolve(columns.map(\.width), total: totalWidth, spacing: spacing)
    }

    /// The first column of each column relative to the table's left edge.
    public func columnOffsets(totalWidth: Int) -> [Int] {
        var offset = 0
        return columnWidths(totalWidth: totalWidth).map { width in
            defer { offset += width + spacing }
            return offset
        }
    }

    /// How many data rows fit in `rect`: the page size to fetch.
    public func visibleRowCount(in rect: Rect) -> Int {
        max(0, rect.height - (showsHeader ? 1 : 0))
    }

    /// Draws the header and `rows` into `rect`, clearing the rest of it, and returns how many
    /// rows were drawn (rows beyond the rectangle are ignored). `selectedRow` is an index into
    /// `rows`; that row is drawn reversed in the row's style, edge to edge, so it stands out without colour.
    @discardableResult
    public func draw(rows: [TableRow], selectedRow: Int? = nil, in rect: Rect, on canvas: inout Canvas) -> Int {
        let area = rect.intersection(canvas.bounds)
        guard !area.isEmpty else { return 0 }
        canvas.fill(rect)
        let widths = columnWidths(totalWidth: rect.width)
        let offsets = columnOffsets(totalWidth: rect.width)
        var y = rect.y
        if showsHeader {
            canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: headerStyle)
            drawLine(columns.map(\.title), widths: widths, offsets: offsets, y: y, in: rect, canvas: &canvas) { _ in headerStyle }
            y += 1
        }
        let shown = rows.prefix(visibleRowCount(in: rect))
        for (index, row) in shown.enumerated() {
            let selected = index == selectedRow
            let rowStyle = selected ? row.style.reversed : row.style
            canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: rowStyle)
            // The selected row is one style edge to edge: its cells' colours would each cost
            // an attribute change on the wire every time the selection moves.
            drawLine(row.cells, widths: widths, offsets: offsets, y: y, in: rect, canvas: &canvas) { column in
                selected ? rowStyle : row.cellStyles[column] ?? row.style
            }
            y += 1
        }
        return shown.count
    }

    private func drawLine(_ texts: [String], widths: [Int], offsets: [Int], y: Int, in rect: Rect,
                          canvas: inout Canvas, style: (Int) -> Style) {
        for (column, width) in widths.enumerated() where width > 0 {
            let text = column < texts.count ? texts[column] : ""
            canvas.put(text, x: rect.x + offsets[column], y: y, width: width,
                       alignment: columns[column].alignment, style: style(column))
        }
    }
}
