/// Maps ``StyleRole``s to colours and attributes for one level of ``ColorSupport``.
///
/// Background colours come with an explicit text colour, because on a coloured background
/// the terminal's default text colour may be unreadable (light and dark themes differ).
/// In monochrome mode no colour is used at all: roles become attributes, chosen so that the
/// four risk levels, overdue items, alerts and the selection still look different.
public struct Palette: Sendable, Hashable {
    /// The colour level this palette targets.
    public let support: ColorSupport
    /// The colours a config file chose over the built-in ones (ignored in monochrome).
    public let theme: Theme

    /// The palette for `support`, coloured by `theme`; a monochrome theme means no colour.
    public init(support: ColorSupport, theme: Theme = .standard) {
        self.support = theme.monochrome ? .monochrome : support
        self.theme = theme
    }

    /// The colours and attributes to draw `style` with.
    public func resolve(_ style: Style) -> ResolvedStyle {
        guard support != .monochrome else {
            var attributes = style.attributes.union(Self.monochromeAttributes(for: style.foreground))
            if style.background != .normal {
                attributes.formUnion(.reverse)
                if style.background == .alert { attributes.formUnion(.bold) }
            }
            return ResolvedStyle(foreground: .terminalDefault, background: .terminalDefault, attributes: attributes)
        }
        let text = themed(foreground(for: style.foreground), theme.looks[style.foreground])
        let behind = themed(background(for: style.background), theme.looks[style.background])
        var attributes = style.attributes.union(text.attributes).union(behind.attributes)
        var foregroundColor = text.color
        if style.foreground == .normal, let contrast = behind.text {
            foregroundColor = contrast
        }
        var backgroundColor = behind.color
        if attributes.contains(.reverse), style.background == .normal, let band = theme.looks[.selection]?.background {
            // Views mark the selected row by reversing it; a theme that colours the selection
            // gives that row its band instead (the row's own text colour stays, plain text
            // takes the selection's).
            attributes.remove(.reverse)
            backgroundColor = band
            if style.foreground == .normal || style.foreground == .selection {
                foregroundColor = theme.looks[.selection]?.foreground ?? foregroundColor
            }
        }
        if style.foreground == .dim, backgroundColor != .terminalDefault {
            // Half-bright text on a coloured band is often illegible; keep it plain.
            attributes.remove(.dim)
        }
        return ResolvedStyle(foreground: foregroundColor, background: backgroundColor, attributes: attributes)
    }

    /// The theme's look of a role over the palette's, as text.
    private func themed(_ base: (color: TerminalColor, attributes: TextAttributes), _ look: Theme.Look?)
        -> (color: TerminalColor, attributes: TextAttributes) {
        guard let look else { return base }
        return (look.foreground ?? base.color, look.attributes ?? base.attributes)
    }

    /// The theme's look of a role over the palette's, as a band: its background, with its
    /// foreground as the text on it when the look gives both (else the palette's contrast).
    private func themed(_ base: (color: TerminalColor, text: TerminalColor?, attributes: TextAttributes), _ look: Theme.Look?)
        -> (color: TerminalColor, text: TerminalColor?, attributes: TextAttributes) {
        guard let look, base.color != .terminalDefault || look.background != nil else { return base }
        let text = look.background == nil ? base.text : (look.foreground ?? base.text)
        return (look.background ?? base.color, text, look.attributes ?? base.attributes)
    }

    private static func monochromeAttributes(for role: StyleRole) -> TextAttributes {
        switch role {
        case .normal, .ok, .riskBlue: []
        case .dim: [.dim]
        case .accent, .warning, .riskOrange: [.bold]
        case .header: [.bold, .underline]
        case .riskRed, .overdue: [.bold, .underline]
        case .riskYellow: [.underline]
        case .selection: [.reverse]
        case .alert: [.bold, .reverse]
        }
    }

    private func foreground(for role: StyleRole) -> (color: TerminalColor, attributes: TextAttributes) {
        let extended = support == .extended
        switch role {
        case .normal: return (.terminalDefault, [])
        case .dim: return extended ? (.indexed(244), []) : (.terminalDefault, [.dim])
        case .accent: return (.cyan, [])
        case .header: return (.terminalDefault, [.bold])
        case .riskRed: return (.red, [.bold])
        // Basic colour 3 renders brownish-orange on most terminals and its bold variant bright
        // yellow; that is as close to 橙/黄 as eight colours get.
        case .riskOrange: return extended ? (.indexed(208), [.bold]) : (.yellow, [])
        case .riskYellow: return extended ? (.indexed(220), []) : (.yellow, [.bold])
        case .riskBlue: return extended ? (.indexed(33), [.bold]) : (.blue, [.bold])
        case .overdue: return (.magenta, [.bold])
        case .ok: return (.green, [])
        case .warning: return (.yellow, [.bold])
        case .selection: return (.terminalDefault, [.bold])
        case .alert: return (.red, [.bold])
        }
    }

    private func background(for role: StyleRole) -> (color: TerminalColor, text: TerminalColor?, attributes: TextAttributes) {
        let extended = support == .extended
        switch role {
        case .normal, .dim: return (.terminalDefault, nil, [])
        case .accent: return (.cyan, .black, [])
        case .header: return (extended ? .indexed(24) : .blue, .white, [.bold])
        case .riskRed: return (.red, .white, [.bold])
        case .riskOrange: return (extended ? .indexed(208) : .yellow, .black, [])
        case .riskYellow: return (extended ? .indexed(220) : .yellow, .black, [])
        case .riskBlue: return (extended ? .indexed(33) : .blue, .white, [])
        case .overdue: return (.magenta, .white, [.bold])
        case .ok: return (.green, .black, [])
        case .warning: return (.yellow, .black, [])
        case .selection: return (extended ? .indexed(238) : .cyan, extended ? .indexed(255) : .black, [])
        case .alert: return (.red, .white, [.bold])
        }
    }
}
