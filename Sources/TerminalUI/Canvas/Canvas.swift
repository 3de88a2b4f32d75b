/// A width × height grid of ``Cell``s that views draw into.
///
/// Views never talk to the terminal: they draw into a canvas, tests compare its ``lines``,
/// and a ``Terminal`` puts it on screen (writing only what changed since the last frame).
/// Every write is clipped to the canvas, so views need not guard against small terminals,
/// and wide characters are never torn: a wide character that does not fit becomes a space,
/// and overwriting either half of one blanks the other half.
public struct Canvas: Sendable, Hashable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    private var storage: [Cell]

    /// A canvas filled with `fill` (blank by default). Negative sizes become 0.
    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        let filler = fill.width == 1 ? fill : .blank
        storage = Array(repeating: filler, count: self.width * self.height)
    }

    /// A canvas of `size`.
    public init(size: Size, fill: Cell = .blank) {
        self.init(width: size.width, height: size.height, fill: fill)
    }

    /// The canvas size.
    public var size: Size { Size(width: width, height: height) }

    /// The whole canvas as a rectangle at the origin.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at (`x`, `y`); the coordinates must lie inside the canvas.
    public subscript(x: Int, y: Int) -> Cell {
        precondition(bounds.contains(x: x, y: y), "cell (\(x), \(y)) outside a \(size) canvas")
        return storage[y * width + x]
    }

    /// The cell at (`x`, `y`), or nil outside the canvas.
    public func cell(x: Int, y: Int) -> Cell? {
        bounds.contains(x: x, y: y) ? storage[y * width + x] : nil
    }

    /// Writes one character at (`x`, `y`), clipped to `clip` (and the canvas), and returns the
    /// columns it takes. Zero-width characters (a lone combining mark, a control character)
    /// are skipped, since a cell cannot hold them alone.
    @discardableResult
    public mutating func set(_ character: Character, x: Int, y: Int, style: Style = .normal, clip: Rect? = nil) -> Int {
        let area = clip.map { $0.intersection(bounds) } ?? bounds
        let columns = DisplayWidth.of(character)
        place(character, columns: columns, x: x, y: y, style: style, area: area)
        return columns
    }

    /// Writes `text` from (`x`, `y`) rightwards on one row, clipped to `clip` (and the canvas),
    /// and returns the column after the last character laid out, to chain styled pieces.
    ///
    /// Clipping is hard (no ellipsis): use ``put(_:x:y:width:alignment:style:)`` or
    /// ``DisplayWidth/truncate(_:to:ellipsis:)`` to mark cut text.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, clip: Rect? = nil) -> Int {
        let area = clip.map { $0.intersection(bounds) } ?? bounds
        var column = x
        guard y >= area.y, y < area.maxY else { return x + DisplayWidth.of(text) }
        for character in text {
            if column >= area.maxX { break }
            let columns = DisplayWidth.of(character)
            place(character, columns: columns, x: column, y: y, style: style, area: area)
            column += columns
        }
        return column
    }

    /// Writes `text` into exactly `width` columns at (`x`, `y`): truncated with "…" when it
    /// is wider, padded according to `alignment` when narrower (the padding takes `style` too,
    /// so a highlighted field is highlighted edge to edge). Returns `x + width`.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, width: Int, alignment: TextAlignment = .left, style: Style = .normal) -> Int {
        guard width > 0 else { return x }
        let field = Rect(x: x, y: y, width: width, height: 1)
        put(DisplayWidth.pad(text, to: width, alignment: alignment), x: x, y: y, style: style, clip: field)
        return x + width
    }

    /// Fills `rect` (clipped to the canvas) with `character` in `style`; a space by default,
    /// which clears the area, e.g. under an overlay.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .normal) {
        let area = rect.intersection(bounds)
        let columns = DisplayWidth.of(character)
        guard columns > 0 else { return }
        for row in area.y..<area.maxY {
            var column = area.x
            while column < area.maxX {
                place(character, columns: columns, x: column, y: row, style: style, area: area)
                column += columns
            }
        }
    }

    /// Changes the style of the cells in `rect` and keeps their characters, e.g. to highlight
    /// a row already drawn.
    public mutating func restyle(_ rect: Rect, with style: Style) {
        let area = rect.intersection(bounds)
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                storage[row * width + column].style = style
            }
        }
    }

    /// The canvas as text, one string per row: each wide character appears once
    /// (continuation cells are skipped), styles are dropped. Trailing spaces are kept unless
    /// `trimmingTrailingSpaces` is true.
    public func lines(trimmingTrailingSpaces: Bool = false) -> [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                let cell = storage[row * width + column]
                if !cell.isContinuation { line.append(cell.character) }
            }
            guard trimmingTrailingSpaces else { return line }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// All ``lines()`` joined with newlines, trailing spaces kept.
    public var text: String { lines().joined(separator: "\n") }

    /// Puts a character of `columns` width at (x, y) if it fits in `area` (already clipped to
    /// the canvas). A wide character half inside `area` leaves a space in the half that is
    /// inside, so neither the canvas nor the terminal ever holds half a glyph.
    private mutating func place(_ character: Character, columns: Int, x: Int, y: Int, style: Style, area: Rect) {
        guard columns > 0, y >= area.y, y < area.maxY else { return }
        let leftInside = x >= area.x && x < area.maxX
        if columns == 1 {
            guard leftInside else { return }
            replace(x: x, y: y, with: Cell(character, style: style, width: 1))
            return
        }
        let rightInside = x + 1 >= area.x && x + 1 < area.maxX
        switch (leftInside, rightInside) {
        case (true, true):
            breakWidePair(x: x, y: y)
            breakWidePair(x: x + 1, y: y)
            storage[y * width + x] = Cell(character, style: style, width: 2)
            storage[y * width + x + 1] = Cell(" ", style: style, width: 0)
        case (true, false):
            replace(x: x, y: y, with: .blank(style))
        case (false, true):
            replace(x: x + 1, y: y, with: .blank(style))
        case (false, false):
            return
        }
    }

    private mutating func replace(x: Int, y: Int, with cell: Cell) {
        breakWidePair(x: x, y: y)
        storage[y * width + x] = cell
    }

    /// If (x, y) is half of a wide character, blanks the other half (keeping its style).
    private mutating func breakWidePair(x: Int, y: Int) {
        let index = y * width + x
        let cell = storage[index]
        if cell.width == 0, x > 0, storage[index - 1].width == 2 {
            storage[index - 1] = .blank(storage[index - 1].style)
        } else if cell.width == 2, x + 1 < width, storage[index + 1].width == 0 {
            storage[index + 1] = .blank(storage[index + 1].style)
        }
    }
}
