/// The characters a horizontal bar is drawn with.
public struct BarGlyphs: Sendable, Hashable {
    /// A completely filled cell.
    public var full: Character
    /// Partly filled cells, from the smallest part upwards (1/8 … 7/8 for block elements).
    /// Empty means the bar moves in whole cells.
    public var partials: [Character]
    /// The unfilled rest of the bar.
    public var empty: Character

    /// A custom set; every glyph must be one column wide.
    public init(full: Character, partials: [Character], empty: Character) {
        self.full = full
        self.partials = partials
        self.empty = empty
    }

    /// █ with eighth blocks ▏▎▍▌▋▊▉, so a bar of width 10 has 80 steps.
    public static let unicode = BarGlyphs(full: "█", partials: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], empty: " ")
    /// `#` in whole cells.
    public static let ascii = BarGlyphs(full: "#", partials: [], empty: " ")
}
