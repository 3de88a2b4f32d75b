import TerminalUI

/// How a config file's `[theme]` table writes style roles and colours.
enum ThemeText {
    /// The role's key: risk_red, overdue, selection…
    static func name(_ role: StyleRole) -> String {
        switch role {
        case .normal: "normal"
        case .dim: "dim"
        case .accent: "accent"
        case .header: "header"
        case .riskRed: "risk_red"
        case .riskOrange: "risk_orange"
        case .riskYellow: "risk_yellow"
        case .riskBlue: "risk_blue"
        case .overdue: "overdue"
        case .ok: "ok"
        case .warning: "warning"
        case .selection: "selection"
        case .alert: "alert"
        }
    }

    static func role(named name: String) -> StyleRole? {
        StyleRole.allCases.first { self.name($0) == name }
    }

    static let colors: [String: TerminalColor] = [
        "default": .terminalDefault, "black": .black, "red": .red, "green": .green, "yellow": .yellow,
        "blue": .blue, "magenta": .magenta, "cyan": .cyan, "white": .white,
    ]

    static func color(named name: String) -> TerminalColor? {
        colors[name.lowercased()] ?? Int16(name).flatMap { (0...255).contains($0) ? .indexed($0) : nil }
    }

    /// A colour as the file would write it.
    static func text(_ color: TerminalColor) -> String {
        if let name = colors.first(where: { $0.value == color })?.key { return name }
        if case .indexed(let index) = color { return String(index) }
        return "default"
    }
}
