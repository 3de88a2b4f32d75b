/// A proportional bar such as `█████▍    ` for a value out of a maximum.
public enum HorizontalBar {
    /// The bar for `value` out of `maximum`, exactly `width` columns wide.
    ///
    /// With ``BarGlyphs/unicode`` each cell has eight steps. A positive value always shows at
    /// least the smallest step, so "a few" never looks like "none"; values outside
    /// 0…`maximum` are clamped, and a `maximum` of 0 or less draws an empty bar.
    public static func render(value: Double, maximum: Double, width: Int, glyphs: BarGlyphs = .unicode) -> String {
        guard width > 0 else { return "" }
        let empty = String(repeating: glyphs.empty, count: width)
        guard maximum > 0, value.isFinite, maximum.isFinite else { return empty }
        let fraction = min(max(value / maximum, 0), 1)
        let stepsPerCell = glyphs.partials.count + 1
        var steps = Int((fraction * Double(width * stepsPerCell)).rounded())
        if value > 0 && steps == 0 { steps = 1 }
        let fullCells = steps / stepsPerCell
        let remainder = steps % stepsPerCell
        var bar = String(repeating: glyphs.full, count: fullCells)
        if remainder > 0 { bar.append(glyphs.partials[remainder - 1]) }
        return bar + String(repeating: glyphs.empty, count: width - fullCells - (remainder > 0 ? 1 : 0))
    }
}
