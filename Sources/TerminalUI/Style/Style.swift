/// How a cell is drawn: a foreground role, a background role and attributes.
///
/// Roles rather than colours keep views independent of the terminal: the ``Palette`` turns
/// them into colours, or into attributes alone in monochrome mode.
public struct Style: Sendable, Hashable {
    /// The role that colours the text.
    public var foreground: StyleRole
    /// The role that colours the cell behind the text; `.normal` is the terminal's own
    /// background.
    public var background: StyleRole
    /// Bold, reverse, underline, dim.
    public var attributes: TextAttributes

    /// A style; by default the terminal's own colours without attributes.
    public init(_ foreground: StyleRole = .normal, background: StyleRole = .normal, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's own colours without attributes.
    public static let normal = Style()

    /// This style with `attributes` added.
    public func adding(_ attributes: TextAttributes) -> Style {
        var style = self
        style.attributes.formUnion(attributes)
        return style
    }

    /// This style in bold.
    public var bold: Style { adding(.bold) }
    /// This style reversed (how a selected row is shown).
    public var reversed: Style { adding(.reverse) }
    /// This style underlined.
    public var underlined: Style { adding(.underline) }
}
