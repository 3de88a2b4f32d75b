/// A one-line chart such as `▁▂▅█▃` of a series of values.
public enum Sparkline {
    /// The sparkline of the last `width` of `values` (most recent on the right), one column
    /// per value; shorter when there are fewer values than columns.
    ///
    /// Scaled from 0 (not from the minimum) to `maximum`, or the largest value when `maximum`
    /// is nil, because the series are counts: the lowest glyph is reserved for zero (and
    /// negative or non-finite values) and any positive value shows at least the second level,
    /// so an idle day and a quiet day look different.
    public static func render(_ values: [Double], width: Int, maximum: Double? = nil, glyphs: SparklineGlyphs = .unicode) -> String {
        guard width > 0 else { return "" }
        let shown = values.suffix(width)
        let finite = shown.map { $0.isFinite ? $0 : 0 }
        let top = maximum ?? finite.max() ?? 0
        let levels = glyphs.levels
        let raised = Double(levels.count - 2)
        return String(finite.map { value -> Character in
            guard value > 0, top > 0 else { return levels[0] }
            let fraction = min(value / top, 1)
            return levels[1 + Int((fraction * raised).rounded())]
        })
    }
}
