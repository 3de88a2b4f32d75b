/// Colours chosen for the style roles, over the built-in palette: the default (a dark or
/// terminal-coloured background), a light-background one, monochrome, or any of them with
/// single roles changed (a config file's `[theme]` table).
///
/// A theme changes colours only. Without colour (`NO_COLOR`, `--no-color`, a terminal that has
/// none) the monochrome palette is used whatever the theme says, so the attributes that keep
/// the risk levels, overdue rows and the selection apart are never lost.
public struct Theme: Sendable, Hashable {
    /// How one role looks, as text or as a band behind text; nil keeps the palette's choice.
    public struct Look: Sendable, Hashable {
        /// The text colour.
        public var foreground: TerminalColor?
        /// The colour behind the text (used where the role colours a band: headers, selection).
        public var background: TerminalColor?
        /// Attributes in place of the palette's for this role.
        public var attributes: TextAttributes?

        /// A look; nil fields keep the palette's.
        public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, attributes: TextAttributes? = nil) {
            self.foreground = foreground
            self.background = background
            self.attributes = attributes
        }
    }

    /// The theme's name: "default", "light", "mono".
    public var name: String
    /// No colour at all, as with `NO_COLOR`.
    public var monochrome: Bool
    /// Per role, what replaces the palette's colours.
    public var looks: [StyleRole: Look]

    /// A theme named `name`.
    public init(name: String, monochrome: Bool = false, looks: [StyleRole: Look] = [:]) {
        self.name = name
        self.monochrome = monochrome
        self.looks = looks
    }

    /// The built-in palette as it is.
    public static let standard = Theme(name: "default")

    /// For a light terminal background: darker text colours where the defaults (yellow 220,
    /// grey 244, cyan) fade on white, and a light selection band.
    public static let light = Theme(name: "light", looks: [
        .dim: Look(foreground: .indexed(242)),
        .accent: Look(foreground: .indexed(30)),
        .riskOrange: Look(foreground: .indexed(166)),
        .riskYellow: Look(foreground: .indexed(136), attributes: [.bold]),
        .riskBlue: Look(foreground: .indexed(25)),
        .ok: Look(foreground: .indexed(28)),
        .warning: Look(foreground: .indexed(130)),
        .selection: Look(foreground: .indexed(16), background: .indexed(253)),
    ])

    /// No colour: roles become bold, underline and reverse.
    public static let mono = Theme(name: "mono", monochrome: true)

    /// The built-in themes, by name.
    public static let builtIn: [Theme] = [.standard, .light, .mono]

    /// The built-in theme called `name`, or nil.
    public static func named(_ name: String) -> Theme? {
        builtIn.first { $0.name == name }
    }
}
