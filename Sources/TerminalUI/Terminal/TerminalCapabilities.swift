/// What the terminal can show, so views choose glyphs and the palette chooses colours.
public struct TerminalCapabilities: Sendable, Hashable {
    /// How many colours may be used.
    public var colors: ColorSupport
    /// True when non-ASCII text reaches the screen (a UTF-8 locale); when false, views should
    /// use the ASCII glyph sets.
    public var unicode: Bool

    /// Capabilities.
    public init(colors: ColorSupport, unicode: Bool) {
        self.colors = colors
        self.unicode = unicode
    }

    /// The palette that matches ``colors``.
    public var palette: Palette { Palette(support: colors) }
}
