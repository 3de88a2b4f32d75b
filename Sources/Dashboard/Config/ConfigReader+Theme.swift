import TerminalUI
import TOMLKit

/// `theme = "NAME"` or a `[theme]` table of style roles over a base theme.
extension ConfigReader {
    mutating func readTheme(_ value: any TOMLValueConvertible) {
        let path = ["theme"]
        if let name = value.string {
            guard let theme = Theme.named(name) else {
                fail(path, "\"\(name)\" is not a theme — write \(Theme.builtIn.map { "\"\($0.name)\"" }.joined(separator: ", ")) or a [theme] table of style roles")
                return
            }
            settings.theme = theme
            note(path)
            return
        }
        guard let table = value.table else {
            fail(path, "is \(kind(value)) — write a theme's name (\"light\") or a [theme] table")
            return
        }
        var theme = Theme.standard
        if let base = table["base"] {
            if let name = base.string, let named = Theme.named(name) {
                theme = named
            } else {
                fail(path + ["base"], "\(quoted(base)) is not a theme — write \(Theme.builtIn.map { "\"\($0.name)\"" }.joined(separator: ", "))")
            }
        }
        for (key, look) in table where key != "base" {
            let rolePath = path + [key]
            guard let role = ThemeText.role(named: key) else {
                unknown(rolePath, known: ["base"] + StyleRole.allCases.map(ThemeText.name))
                continue
            }
            if let parsed = readLook(look, rolePath) { theme.looks[role] = parsed }
        }
        theme.name = "custom (\(theme.name))"
        settings.theme = theme
        note(path)
    }

    private mutating func readLook(_ value: any TOMLValueConvertible, _ path: [String]) -> Theme.Look? {
        if value.type == .string || value.type == .int {
            return color(value, path).map { Theme.Look(foreground: $0) }
        }
        guard let table = value.table else {
            fail(path, "is \(kind(value)) — write a colour (\"red\", 208) or { fg = …, bg = …, bold = true }")
            return nil
        }
        var look = Theme.Look()
        var attributes: TextAttributes = []
        var setsAttributes = false
        for (key, field) in table {
            let fieldPath = path + [key]
            switch key {
            case "fg": look.foreground = color(field, fieldPath)
            case "bg": look.background = color(field, fieldPath)
            case "bold", "underline", "reverse", "dim":
                guard let on = bool(field, fieldPath) else { continue }
                setsAttributes = true
                let attribute: TextAttributes = switch key {
                case "bold": .bold
                case "underline": .underline
                case "reverse": .reverse
                default: .dim
                }
                if on { attributes.formUnion(attribute) }
            default:
                unknown(fieldPath, known: ["fg", "bg", "bold", "underline", "reverse", "dim"])
            }
        }
        if setsAttributes { look.attributes = attributes }
        return look
    }

    private mutating func color(_ value: any TOMLValueConvertible, _ path: [String]) -> TerminalColor? {
        if let index = value.int {
            guard (0...255).contains(index) else {
                fail(path, "\(index) is not a colour — a palette index is 0…255")
                return nil
            }
            return .indexed(Int16(index))
        }
        if let name = value.string, let color = ThemeText.color(named: name) { return color }
        fail(path, "\(quoted(value)) is not a colour — write default, black, red, green, yellow, blue, magenta, cyan, white, or 0…255")
        return nil
    }
}
