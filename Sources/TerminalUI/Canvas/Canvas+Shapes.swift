// Frames, rules, bars and sparklines: drawing built on `set` and `put`, so it inherits their
// clipping and their care for wide characters.
extension Canvas {
    /// Draws a frame along the edge of `rect` with an optional `title` in the top edge
    /// (`┌─ 风险等级 ──┐`), truncated with "…" when the frame is too narrow. The inside is left
    /// untouched; ``fill(_:with:style:)`` it first to clear it. Rectangles smaller than 2×2
    /// draw nothing, since they have no inside.
    public mutating func drawBox(_ rect: Rect, title: String? = nil, style: Style = .normal,
                                 titleStyle: Style? = nil, glyphs: BoxGlyphs = .unicode) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.maxX - 1
        let bottom = rect.maxY - 1
        for column in (rect.x + 1)..<right {
            set(glyphs.horizontal, x: column, y: rect.y, style: style)
            set(glyphs.horizontal, x: column, y: bottom, style: style)
        }
        for row in (rect.y + 1)..<bottom {
            set(glyphs.vertical, x: rect.x, y: row, style: style)
            set(glyphs.vertical, x: right, y: row, style: style)
        }
        set(glyphs.topLeft, x: rect.x, y: rect.y, style: style)
        set(glyphs.topRight, x: right, y: rect.y, style: style)
        set(glyphs.bottomLeft, x: rect.x, y: bottom, style: style)
        set(glyphs.bottomRight, x: right, y: bottom, style: style)

        // Corner, rule and space before the title; space, rule and corner after it.
        let room = rect.width - 6
        if let title, !title.isEmpty, room > 0 {
            let shown = DisplayWidth.truncate(title, to: room)
            let end = put(" ", x: rect.x + 2, y: rect.y, style: style)
            let afterTitle = put(shown, x: end, y: rect.y, style: titleStyle ?? style)
            put(" ", x: afterTitle, y: rect.y, style: style)
        }
    }

    /// Draws a horizontal rule of `width` columns from (`x`, `y`).
    public mutating func drawHorizontalRule(x: Int, y: Int, width: Int, style: Style = .normal, glyphs: BoxGlyphs = .unicode) {
        guard width > 0 else { return }
        fill(Rect(x: x, y: y, width: width, height: 1), with: glyphs.horizontal, style: style)
    }

    /// Draws a vertical rule of `height` rows from (`x`, `y`).
    public mutating func drawVerticalRule(x: Int, y: Int, height: Int, style: Style = .normal, glyphs: BoxGlyphs = .unicode) {
        guard height > 0 else { return }
        fill(Rect(x: x, y: y, width: 1, height: height), with: glyphs.vertical, style: style)
    }

    /// Draws a proportional bar for `value` out of `maximum` in `width` columns from
    /// (`x`, `y`); see ``HorizontalBar/render(value:maximum:width:glyphs:)``.
    public mutating func drawBar(value: Double, maximum: Double, x: Int, y: Int, width: Int,
                                 style: Style = .normal, glyphs: BarGlyphs = .unicode) {
        put(HorizontalBar.render(value: value, maximum: maximum, width: width, glyphs: glyphs), x: x, y: y, style: style)
    }

    /// Draws the sparkline of the last `width` values from (`x`, `y`); see
    /// ``Sparkline/render(_:width:maximum:glyphs:)``.
    public mutating func drawSparkline(_ values: [Double], x: Int, y: Int, width: Int, maximum: Double? = nil,
                                       style: Style = .normal, glyphs: SparklineGlyphs = .unicode) {
        put(Sparkline.render(values, width: width, maximum: maximum, glyphs: glyphs), x: x, y: y, style: style)
    }
}
