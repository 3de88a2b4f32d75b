/// The bottom line of hints, "q 退出  Tab 切换  ? 帮助", built from the key table.
///
/// Bindings are placed in table order, so the table's order is their priority: one that does
/// not fit is left out whole (a hint is never cut or wrapped) and the next ones are still
/// tried, so a short "? 帮助" at the end survives a narrow terminal.
public struct KeyBar<Action: Equatable & Sendable>: Sendable {
    /// A binding placed on the bar, with the columns it covers (for mouse clicks).
    public struct Item: Sendable, Equatable {
        /// The binding shown.
        public var binding: KeyBinding<Action>
        /// First column of the hint.
        public var x: Int
        /// Columns of the hint (key, space, label).
        public var width: Int

        /// A placed item.
        public init(binding: KeyBinding<Action>, x: Int, width: Int) {
            self.binding = binding
            self.x = x
            self.width = width
        }
    }

    /// The key table; only bindings with ``KeyBinding/showsInKeyBar`` appear.
    public var bindings: [KeyBinding<Action>]
    /// The language of the labels.
    public var language: Language
    /// Style of the key part ("q").
    public var keyStyle: Style
    /// Style of the label part ("退出") and of the rest of the line.
    public var labelStyle: Style
    /// Columns between hints.
    public var spacing: Int

    /// A key bar over `bindings` in `language`.
    public init(bindings: [KeyBinding<Action>], language: Language,
                keyStyle: Style = Style(.accent, attributes: [.bold]), labelStyle: Style = .normal, spacing: Int = 2) {
        self.bindings = bindings
        self.language = language
        self.keyStyle = keyStyle
        self.labelStyle = labelStyle
        self.spacing = spacing
    }

    /// The hints that fit in `width` columns, with their columns relative to the bar's start.
    public func layout(width: Int) -> [Item] {
        var items: [Item] = []
        var column = 0
        for binding in bindings where binding.showsInKeyBar {
            let hintWidth = DisplayWidth.of(binding.keyLabel) + 1 + DisplayWidth.of(binding.label(for: language))
            let start = items.isEmpty ? 0 : column + spacing
            guard start + hintWidth <= width else { continue }
            items.append(Item(binding: binding, x: start, width: hintWidth))
            column = start + hintWidth
        }
        return items
    }

    /// The bar as plain text, exactly `width` columns (padded with spaces).
    public func render(width: Int) -> String {
        var canvas = Canvas(width: width, height: 1)
        draw(on: &canvas, in: canvas.bounds)
        return canvas.lines()[0]
    }

    /// Draws the bar on the first row of `rect`, clearing the rest of that row, and returns the
    /// placed items with absolute columns, so a click at (x, y) can be mapped to its binding.
    @discardableResult
    public func draw(on canvas: inout Canvas, in rect: Rect) -> [Item] {
        guard !rect.isEmpty else { return [] }
        let row = rect.row(0)
        canvas.fill(row, style: labelStyle)
        return layout(width: row.width).map { item in
            let keyEnd = canvas.put(item.binding.keyLabel, x: row.x + item.x, y: row.y, style: keyStyle, clip: row)
            canvas.put(item.binding.label(for: language), x: keyEnd + 1, y: row.y, style: labelStyle, clip: row)
            return Item(binding: item.binding, x: row.x + item.x, width: item.width)
        }
    }
}
