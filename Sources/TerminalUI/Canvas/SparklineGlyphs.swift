/// The characters a sparkline is drawn with.
public struct SparklineGlyphs: Sendable, Hashable {
    /// Levels from lowest to highest; at least two.
    public var levels: [Character]

    /// A custom set; every glyph must be one column wide.
    public init(levels: [Character]) {
        precondition(levels.count >= 2, "a sparkline needs at least two levels")
        self.levels = levels
    }

    /// ▁▂▃▄▅▆▇█.
    public static let unicode = SparklineGlyphs(levels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"])
    /// _.:-=+*#, eight levels like the Unicode set.
    public static let ascii = SparklineGlyphs(levels: ["_", ".", ":", "-", "=", "+", "*", "#"])
}
