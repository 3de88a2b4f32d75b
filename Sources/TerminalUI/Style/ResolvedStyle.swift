/// A ``Style`` turned into what the terminal draws: two colours and attributes.
public struct ResolvedStyle: Sendable, Hashable {
    /// Text colour.
    public var foreground: TerminalColor
    /// Cell colour.
    public var background: TerminalColor
    /// Attributes, including those the palette adds for the roles.
    public var attributes: TextAttributes

    /// A resolved style.
    public init(foreground: TerminalColor, background: TerminalColor, attributes: TextAttributes) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}
