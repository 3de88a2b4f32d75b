/// The `?` help: a framed box listing every binding of the key table, centred on the screen.
///
/// Drawn from the same table as the ``KeyBar``, so help can never describe a key that does
/// something else. When the table is taller than the screen the caller scrolls it with
/// ``scrollOffset``; arrows in the frame show that more lies above or below.
public struct HelpOverlay<Action: Equatable & Sendable>: Sendable {
    /// The key table; every binding is listed, in order.
    public var bindings: [KeyBinding<Action>]
    /// The language of the labels and of the default title.
    public var language: Language
    /// The frame title; nil for "按键" / "Keys".
    public var title: String?
    /// The first binding shown; clamped so the box is never scrolled past its end.
    public var scrollOffset: Int
    /// Frame and title style.
    public var frameStyle: Style
    /// Style of the key column.
    public var keyStyle: Style
    /// Style of the descriptions and of the box's background.
    public var labelStyle: Style
    /// Style of the action names (the config file's `[keys]` names).
    public var nameStyle: Style
    /// Frame glyphs.
    public var glyphs: BoxGlyphs

    /// A help overlay over `bindings` in `language`.
    public init(bindings: [KeyBinding<Action>], language: Language, title: String? = nil, scrollOffset: Int = 0,
                frameStyle: Style = Style(.accent), keyStyle: Style = Style(.accent, attributes: [.bold]),
                labelStyle: Style = .normal, nameStyle: Style = Style(.dim), glyphs: BoxGlyphs = .unicode) {
        self.bindings = bindings
        self.language = language
        self.title = title
        self.scrollOffset = scrollOffset
        self.frameStyle = frameStyle
        self.keyStyle = keyStyle
        self.labelStyle = labelStyle
        self.nameStyle = nameStyle
        self.glyphs = glyphs
    }

    /// The title shown in the frame.
    public var resolvedTitle: String {
        title ?? (language == .zh ? "按键" : "Keys")
    }

    /// The largest useful ``scrollOffset`` on a canvas of `size`: 0 when everything fits.
    public func maximumScrollOffset(for size: Size) -> Int {
        max(0, bindings.count - visibleRowCount(for: size))
    }

    /// Draws the box centred on `canvas` (over whatever is there) and returns its frame.
    @discardableResult
    public func draw(on canvas: inout Canvas) -> Rect {
        let keyColumn = bindings.map { DisplayWidth.of($0.keyLabel) }.max() ?? 0
        let labelColumn = bindings.map { DisplayWidth.of($0.label(for: language)) }.max() ?? 0
        // The config file's action names, when the table has them, in a third column.
        let nameColumn = bindings.compactMap { $0.name.map(DisplayWidth.of) }.max().map { $0 + 2 } ?? 0
        // Frame + a space of padding on each side; wide enough for the title in the frame.
        let contentWidth = max(keyColumn + 2 + labelColumn + nameColumn, DisplayWidth.of(resolvedTitle) + 2)
        let box = canvas.bounds.centered(width: contentWidth + 4, height: bindings.count + 2)
        guard box.width >= 2, box.height >= 2 else { return box }

        canvas.fill(box, style: labelStyle)
        canvas.drawBox(box, title: resolvedTitle, style: frameStyle, glyphs: glyphs)
        let inside = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let visible = inside.height
        let first = min(max(0, scrollOffset), max(0, bindings.count - visible))
        for (row, binding) in bindings.dropFirst(first).prefix(visible).enumerated() {
            let y = inside.y + row
            let keyWidth = min(keyColumn, inside.width)
            canvas.put(binding.keyLabel, x: inside.x, y: y, width: keyWidth, style: keyStyle)
            let labelWidth = inside.width - keyColumn - 2 - nameColumn
            if labelWidth > 0 {
                canvas.put(binding.label(for: language), x: inside.x + keyColumn + 2, y: y, width: labelWidth, style: labelStyle)
            }
            if let name = binding.name, nameColumn > 0, inside.width > keyColumn + 2 + nameColumn {
                canvas.put(name, x: inside.maxX - nameColumn + 2, y: y, width: nameColumn - 2, style: nameStyle)
            }
        }
        let ascii = glyphs == .ascii
        if first > 0 {
            canvas.set(ascii ? "^" : "↑", x: box.maxX - 3, y: box.y, style: frameStyle)
        }
        if first + visible < bindings.count {
            canvas.set(ascii ? "v" : "↓", x: box.maxX - 3, y: box.maxY - 1, style: frameStyle)
        }
        return box
    }

    private func visibleRowCount(for size: Size) -> Int {
        max(0, min(bindings.count + 2, size.height) - 2)
    }
}
