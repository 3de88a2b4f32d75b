import SafetyCore
import TerminalUI

/// `safetyboard config show`: every effective setting, its value as the file would write it,
/// and where it came from (default, FILE:LINE, option, env).
public enum SettingsReport {
    /// One setting.
    public struct Line: Sendable, Equatable {
        public var key: String
        public var value: String
        public var origin: SettingOrigin
    }

    /// The lines for `settings`, in the file's order: top-level keys, the theme's roles,
    /// `[keys]` (every action), `[triage]`, each county's overrides, `[risk_bands]`.
    public static func lines(_ settings: ConsoleSettings) -> [Line] {
        func line(_ key: String, _ value: String) -> Line {
            Line(key: key, value: value, origin: settings.origins[key] ?? .standard)
        }
        var lines = [
            line("language", settings.language?.rawValue ?? "(from LANG)"),
            line("county", settings.county.map { "\"\($0)\"" } ?? "(the operator's own)"),
            line("theme", settings.theme.name),
        ]
        let palette = Palette(support: .extended, theme: settings.theme)
        for role in StyleRole.allCases {
            let resolved = palette.resolve(Style(role))
            let band = palette.resolve(Style(background: role))
            let value = "fg \(ThemeText.text(resolved.foreground)) bg \(ThemeText.text(band.background))"
                + (resolved.attributes.isEmpty ? "" : " " + attributeText(resolved.attributes))
            lines.append(Line(key: "theme.\(ThemeText.name(role))", value: value,
                              origin: settings.origins["theme.\(ThemeText.name(role))"] ?? settings.origins["theme"] ?? .standard))
        }
        lines += [
            line("mouse", String(settings.mouse)),
            line("escape_ms", String(settings.escapeMilliseconds)),
            line("refresh_ms", String(settings.refreshMilliseconds)),
        ]
        let tables = (try? KeyTables.rebinding(settings.keys)) ?? .standard
        var seen: Set<String> = []
        let labelled = tables.console.map { ($0.name, $0.keys) } + tables.counties.map { ($0.name, $0.keys) }
            + tables.triage.map { ($0.name, $0.keys) }
        for (name, keys) in labelled {
            guard let name, seen.insert(name).inserted else { continue }
            lines.append(line("keys.\(name)", keys.map { "\"\($0.description)\"" }.joined(separator: ", ")))
        }
        lines += [
            line("triage.due_soon_days", String(settings.triage.dueSoonDays)),
            line("triage.escalation", stepsText(settings.triage.escalation)),
        ]
        for county in settings.counties.keys.sorted() {
            let base = "counties.\(ConfigReader.dotted([county])).triage"
            if let days = settings.counties[county]?.dueSoonDays { lines.append(line(base + ".due_soon_days", String(days))) }
            if let steps = settings.counties[county]?.escalation { lines.append(line(base + ".escalation", stepsText(steps))) }
        }
        lines += [
            line("risk_bands.lec", bandsText(settings.riskBands.lec)),
            line("risk_bands.matrix", bandsText(settings.riskBands.riskMatrix)),
        ]
        return lines
    }

    /// The lines as aligned text: key, value, origin.
    public static func text(_ settings: ConsoleSettings) -> String {
        let all = lines(settings)
        let keyWidth = all.map { DisplayWidth.of($0.key) }.max() ?? 0
        let valueWidth = min(60, all.map { DisplayWidth.of($0.value) }.max() ?? 0)
        return all.map { line in
            let key = line.key + String(repeating: " ", count: keyWidth - DisplayWidth.of(line.key))
            let value = line.value + String(repeating: " ", count: max(0, valueWidth - DisplayWidth.of(line.value)))
            return "\(key)  \(value)  \(line.origin)"
        }.joined(separator: "\n")
    }

    private static func stepsText(_ steps: [EscalationPolicy.Step]) -> String {
        steps.sorted { $0.daysLate < $1.daysLate }.map { "\($0.daysLate):\($0.chinese):\($0.english)" }.joined(separator: ",")
    }

    private static func bandsText(_ table: RiskBandTable) -> String {
        table.bands.map { band in
            "\(band.interval) \(band.level.map { "\($0)" } ?? "none")" + (band.label.isEmpty ? "" : " \(band.label)")
        }.joined(separator: "; ")
    }

    private static func attributeText(_ attributes: TextAttributes) -> String {
        [(TextAttributes.bold, "bold"), (.underline, "underline"), (.reverse, "reverse"), (.dim, "dim")]
            .filter { attributes.contains($0.0) }.map(\.1).joined(separator: "+")
    }
}
