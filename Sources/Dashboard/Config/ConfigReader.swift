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

    static let rootKeys = ["language", "county", "theme", "mouse", "escape_ms", "refresh_ms", "keys", "triage", "counties", "risk_bands"]

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
            case "escape_ms":
                guard let milliseconds = integer(value, path, in: 0...1_000, unit: "milliseconds") else { continue }
                settings.escapeMilliseconds = milliseconds
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

    // MARK: - Problems and origins

    mutating func unknown(_ path: [String], known: [String]) {
        fail(path, "unknown key — known here: \(known.joined(separator: ", "))")
    }

    mutating func fail(_ path: [String], _ message: String) {
        problems.append(.init(line: lines.nearestLine(of: path), key: Self.dotted(path), message: message))
    }

    mutating func note(_ path: [String]) {
        settings.origins[Self.dotted(path)] = .file(path: file, line: lines.nearestLine(of: path) ?? 1)
    }

    /// `triage.escalation.1.days`; a key with a dot or a space in it quoted, as TOML writes it.
    static func dotted(_ path: [String]) -> String {
        path.map { part in
            part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } ? part : "\"\(part)\""
        }.joined(separator: ".")
    }
}
