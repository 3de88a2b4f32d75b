/// How many colours the dashboard may use.
public enum ColorSupport: Sendable, Hashable, CaseIterable {
    /// No colour: roles become bold, underline and reverse. Chosen when `NO_COLOR` is set
    /// or the terminal has no colours.
    case monochrome
    /// The 8 basic colours (16 with bright variants).
    case basic
    /// The 256-colour palette, where orange exists.
    case extended

    /// Decides from the environment and what ncurses reports after `start_color`.
    ///
    /// `NO_COLOR` set to any non-empty value wins (https://no-color.org); otherwise
    /// `hasColors` (`has_colors()`) and `colorCount` (`COLORS`) decide.
    public static func detect(environment: [String: String], hasColors: Bool, colorCount: Int) -> ColorSupport {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        guard hasColors, colorCount >= 8 else { return .monochrome }
        return colorCount >= 256 ? .extended : .basic
    }
}
