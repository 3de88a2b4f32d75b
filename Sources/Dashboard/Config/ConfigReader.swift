import Foundation
import SafetyCore
import TerminalUI
import TOMLKit

/// Turns a parsed config table into ``ConsoleSettings``, collecting every problem with the
/// line its key is written on.
struct ConfigReader {
    let file: String
    let lines: ConfigSourceLines
    var settings = ConsoleSettings()
    var problems: [ConfigError.Problem] = []

    static let rootKeys = ["language", "county", "theme", "mouse", "refresh_ms", "keys", "triage", "counties", "risk_bands"]

    mutating func readRoot(_ table: TOMLTable) {
        for (key, value) in table {
            let path = [key]
            switch key {
            case "language":
                guard let text = string(value, path), let language = Language(rawValue: text) else {
                    if value.type == .string { fail(path, "\(quoted(value)) is not a language — write \"zh\" or \"en\"") }
                    continue
                }
                settings.language = language
                note(path)
            case "county":
                guard let text = string(value, path) else { continue }
                guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    fail(path, "is empty — write a county's name as the data has it, or leave the line out")
                    continue
                }
                settings.county = text
                note(path)
            case "theme":
                readTheme(value)
            case "mouse":
                guard let on = bool(value, path) else { continue }
                settings.mouse = on
                note(path)
            case "refresh_ms":
                guard let milliseconds = integer(value, path, in: 50...60_000, unit: "milliseconds") else { continue }
                settings.refreshMilliseconds = milliseconds
                note(path)
            case "keys":
                guard let keys = self.table(value, path) else { continue }
                readKeys(keys)
            case "triage":
                guard let triage = self.table(value, path) else { continue }
                let read = readTriage(triage, path)
                if let days = read.dueSoonDays { settings.triage.dueSoonDays = days }
                if let steps = read.escalation { settings.triage.escalation = steps }
            case "counties":
                guard let counties = self.table(value, path) else { continue }
                readCounties(counties)
            case "risk_bands":
                guard let bands = self.table(value, path) else { continue }
                readRiskBands(bands)
            default:
                unknown(path, known: Self.rootKeys)
            }
        }
    }

    // MARK: - Sections

    private mutating func readKeys(_ table: TOMLTable) {
        let names = KeyTables.actionNames
        let problemsBefore = problems.count
        var keys: [String: [Key]] = [:]
        for (name, value) in table {
            let path = ["keys", name]
            guard names.contains(name) else {
                fail(path, "no such action — the names are those the `?` help lists on the right (\(names.sorted().prefix(6).joined(separator: ", ")), …)")
                continue
            }
            let written: [any TOMLValueConvertible]
            if let list = value.array {
                written = Array(list)
            } else {
                written = [value]
            }
            var parsed: [Key] = []
            for item in written {
                guard let text = item.string else {
                    fail(path, "\(quoted(item)) is not a key — write a key as text (\"q\", \"Enter\", \"F2\", \"^X\") or a list of them")
                    parsed = []
                    break
                }
                guard let key = Key(name: text) else {
                    fail(path, "\"\(text)\" is not a key — write one character, or Enter, Esc, Tab, S-Tab, Space, Up, Down, Left, Right, PgUp, PgDn, Home, End, Ins, Del, Bksp, F1…F63, ^A…^Z")
                    parsed = []
                    break
                }
                parsed.append(key)
            }
            guard !parsed.isEmpty else {
                if written.isEmpty { fail(path, "has no key — give at least one") }
                continue
            }
            keys[name] = parsed
        }
        // Collisions only among keys that are themselves well written.
        guard problems.count == problemsBefore else { return }
        do {
            _ = try KeyTables.rebinding(keys)
        } catch {
            let path = ["keys", error.actions[0]]
            fail(path, "\(error.key.description) would be both \(error.actions[0]) and \(error.actions[1]) in the \(error.view) view — give one of them another key")
            return
        }
        settings.keys = keys
        for name in keys.keys { note(["keys", name]) }
    }

    private mutating func readTriage(_ table: TOMLTable, _ base: [String]) -> CountyTriage {
        var read = CountyTriage()
        for (key, value) in table {
            let path = base + [key]
            switch key {
            case "due_soon_days":
                guard let days = integer(value, path, in: 0...365, unit: "days") else { continue }
                read.dueSoonDays = days
                note(path)
            case "escalation":
                guard let steps = readEscalation(value, path) else { continue }
                read.escalation = steps
                note(path)
            default:
                unknown(path, known: ["due_soon_days", "escalation"])
            }
        }
        return read
    }

    private mutating func readEscalation(_ value: any TOMLValueConvertible, _ path: [String]) -> [EscalationPolicy.Step]? {
        guard let list = value.array else {
            fail(path, "is \(kind(value)), not a list — write [ { days = 1, zh = \"提醒\", en = \"reminder\" }, … ]")
            return nil
        }
        var steps: [EscalationPolicy.Step] = []
        var valid = true
        for (index, item) in list.enumerated() {
            let itemPath = path + [String(index)]
            guard let step = item.table else {
                fail(itemPath, "step \(index + 1) is \(kind(item)) — write { days = 15, zh = \"督办函\", en = \"supervision letter\" }")
                valid = false
                continue
            }
            var days: Int?
            var chinese: String?
            var english: String?
            for (key, field) in step {
                let fieldPath = itemPath + [key]
                switch key {
                case "days": days = integer(field, fieldPath, in: 1...3650, unit: "days late")
                case "zh": chinese = nonEmptyString(field, fieldPath)
                case "en": english = nonEmptyString(field, fieldPath)
                default: unknown(fieldPath, known: ["days", "zh", "en"])
                }
            }
            for (key, present) in [("days", days != nil), ("zh", chinese != nil), ("en", english != nil)]
            where !present && step[key] == nil {
                fail(itemPath, "step \(index + 1) has no \(key) — each step needs days, zh and en")
            }
            guard let days, let chinese, let english else {
                valid = false
                continue
            }
            if steps.contains(where: { $0.daysLate == days }) {
                fail(itemPath + ["days"], "two steps start at \(days) days late — give each step its own day")
                valid = false
            }
            steps.append(EscalationPolicy.Step(daysLate: days, chinese: chinese, english: english))
        }
        return valid ? steps : nil
    }

    private mutating func readCounties(_ table: TOMLTable) {
        for (county, value) in table {
            let path = ["counties", county]
            guard let section = self.table(value, path) else { continue }
            for (key, inner) in section {
                guard key == "triage" else {
                    unknown(path + [key], known: ["triage"])
                    continue
                }
                guard let triage = self.table(inner, path + [key]) else { continue }
                let read = readTriage(triage, path + [key])
                if read != CountyTriage() { settings.counties[county] = read }
            }
        }
    }

    private mutating func readTheme(_ value: any TOMLValueConvertible) {
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

    private mutating func readRiskBands(_ table: TOMLTable) {
        for (key, value) in table {
            let path = ["risk_bands", key]
            guard key == "lec" || key == "matrix" else {
                unknown(path, known: ["lec", "matrix"])
                continue
            }
            guard let list = value.array else {
                fail(path, "is \(kind(value)), not a list — write [ { above = 320, level = \"red\", label = \"极其危险\" }, … ]")
                continue
            }
            var bands: [RiskBand] = []
            var valid = true
            for (index, item) in list.enumerated() {
                if let band = readBand(item, path + [String(index)], number: index + 1) { bands.append(band) } else { valid = false }
            }
            guard valid else { continue }
            do {
                let checked = try RiskBandTable(bands: bands)
                if key == "lec" { settings.riskBands.lec = checked } else { settings.riskBands.riskMatrix = checked }
                note(path)
            } catch {
                fail(path, error.message)
            }
        }
    }

    private mutating func readBand(_ value: any TOMLValueConvertible, _ path: [String], number: Int) -> RiskBand? {
        guard let table = value.table else {
            fail(path, "band \(number) is \(kind(value)) — write { from = 8, below = 15, level = \"yellow\" }")
            return nil
        }
        var lower: RiskBound?
        var upper: RiskBound?
        var level: RiskLevel?
        var label = ""
        var valid = true
        for (key, field) in table {
            let fieldPath = path + [key]
            switch key {
            case "from", "above", "to", "below":
                guard let number = field.double ?? field.int.map(Double.init) else {
                    fail(fieldPath, "\(quoted(field)) is not a number")
                    valid = false
                    continue
                }
                let bound = RiskBound(number, inclusive: key == "from" || key == "to")
                let isLower = key == "from" || key == "above"
                if (isLower ? lower : upper) != nil {
                    fail(fieldPath, "a band has one lower bound (from or above) and one upper bound (to or below)")
                    valid = false
                }
                if isLower { lower = bound } else { upper = bound }
            case "level":
                guard let name = field.string, name == "none" || RiskLevel(configName: name) != nil else {
                    fail(fieldPath, "\(quoted(field)) is not a level — write red, orange, yellow, blue or none")
                    valid = false
                    continue
                }
                level = RiskLevel(configName: name)
            case "label":
                label = string(field, fieldPath) ?? ""
            default:
                unknown(fieldPath, known: ["from", "above", "to", "below", "level", "label"])
                valid = false
            }
        }
        if table["level"] == nil {
            fail(path, "band \(number) has no level — write level = \"red\" (orange, yellow, blue, or none)")
            valid = false
        }
        return valid ? RiskBand(lower: lower, upper: upper, level: level, label: label) : nil
    }

    // MARK: - Values

    private mutating func string(_ value: any TOMLValueConvertible, _ path: [String]) -> String? {
        guard let text = value.string else {
            fail(path, "is \(kind(value)) — write it in quotes, as text")
            return nil
        }
        return text
    }

    private mutating func nonEmptyString(_ value: any TOMLValueConvertible, _ path: [String]) -> String? {
        guard let text = string(value, path) else { return nil }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            fail(path, "is empty — write the words the triage list shows")
            return nil
        }
        return text
    }

    private mutating func bool(_ value: any TOMLValueConvertible, _ path: [String]) -> Bool? {
        guard let on = value.bool else {
            fail(path, "\(quoted(value)) is not true or false")
            return nil
        }
        return on
    }

    private mutating func integer(_ value: any TOMLValueConvertible, _ path: [String], in range: ClosedRange<Int>, unit: String) -> Int? {
        guard let number = value.int else {
            fail(path, "\(quoted(value)) is not a whole number of \(unit) — write a number from \(range.lowerBound) to \(range.upperBound), without quotes")
            return nil
        }
        guard range.contains(number) else {
            fail(path, "\(number) is out of range — write a number of \(unit) from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return number
    }

    private mutating func table(_ value: any TOMLValueConvertible, _ path: [String]) -> TOMLTable? {
        guard let table = value.table else {
            fail(path, "is \(kind(value)), not a table — write it as [\(path.joined(separator: "."))] with keys below")
            return nil
        }
        return table
    }

    private func kind(_ value: any TOMLValueConvertible) -> String {
        switch value.type {
        case .string: "text \(quoted(value))"
        case .int, .double: "a number"
        case .bool: "true/false"
        case .array: "a list"
        case .table: "a table"
        default: "a date or time"
        }
    }

    private func quoted(_ value: any TOMLValueConvertible) -> String {
        if let text = value.string { return "\"\(text)\"" }
        if let number = value.int { return String(number) }
        if let number = value.double { return String(number) }
        if let on = value.bool { return String(on) }
        return value.type == .array ? "a list" : value.type == .table ? "a table" : "that value"
    }

    // MARK: - Problems and origins

    private mutating func unknown(_ path: [String], known: [String]) {
        fail(path, "unknown key — known here: \(known.joined(separator: ", "))")
    }

    private mutating func fail(_ path: [String], _ message: String) {
        problems.append(.init(line: lines.nearestLine(of: path), key: Self.dotted(path), message: message))
    }

    private mutating func note(_ path: [String]) {
        settings.origins[Self.dotted(path)] = .file(path: file, line: lines.nearestLine(of: path) ?? 1)
    }

    /// `triage.escalation.1.days`; a key with a dot or a space in it quoted, as TOML writes it.
    static func dotted(_ path: [String]) -> String {
        path.map { part in
            part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } ? part : "\"\(part)\""
        }.joined(separator: ".")
    }
}

extension RiskLevel {
    /// red, orange, yellow, blue as a config file writes them.
    init?(configName: String) {
        switch configName {
        case "red": self = .red
        case "orange": self = .orange
        case "yellow": self = .yellow
        case "blue": self = .blue
        default: return nil
        }
    }
}
