public import SafetyCore
public import TerminalUI

/// What the command line and the environment say over a config file: explicit options win,
/// then the file, then the environment (`LANG`), then the built-in default; `NO_COLOR` wins
/// over any theme.
public struct SettingOverrides: Sendable, Equatable {
    /// `--lang`.
    public var language: Language?
    /// `--county`.
    public var county: String?
    /// `--due-soon-days`: every county's.
    public var dueSoonDays: Int?
    /// `--escalation`: every county's.
    public var escalation: [EscalationPolicy.Step]?
    /// `--no-color`.
    public var noColor = false
    /// `--no-mouse`.
    public var noMouse = false

    public init(language: Language? = nil, county: String? = nil, dueSoonDays: Int? = nil,
                escalation: [EscalationPolicy.Step]? = nil, noColor: Bool = false, noMouse: Bool = false) {
        self.language = language
        self.county = county
        self.dueSoonDays = dueSoonDays
        self.escalation = escalation
        self.noColor = noColor
        self.noMouse = noMouse
    }
}

extension ConsoleSettings {
    /// The settings in force: these with `overrides` applied and the language resolved from
    /// `environment` when neither an option nor the file gives it. Origins follow.
    public func overridden(by overrides: SettingOverrides, environment: [String: String]) -> ConsoleSettings {
        var settings = self
        if let language = overrides.language {
            settings.language = language
            settings.origins["language"] = .option("--lang")
        } else if settings.language == nil {
            settings.language = Language.detect(environment)
            if let name = ["LC_ALL", "LC_MESSAGES", "LANG"].first(where: { !(environment[$0] ?? "").isEmpty }) {
                settings.origins["language"] = .environment(name)
            }
        }
        if let county = overrides.county {
            settings.county = county
            settings.origins["county"] = .option("--county")
        }
        if let days = overrides.dueSoonDays {
            settings.triage.dueSoonDays = days
            settings.origins["triage.due_soon_days"] = .option("--due-soon-days")
            settings.overrideCounties(\.dueSoonDays, key: "due_soon_days")
        }
        if let steps = overrides.escalation {
            settings.triage.escalation = steps
            settings.origins["triage.escalation"] = .option("--escalation")
            settings.overrideCounties(\.escalation, key: "escalation")
        }
        if overrides.noColor {
            settings.theme = .mono
            settings.origins["theme"] = .option("--no-color")
        } else if !(environment["NO_COLOR"] ?? "").isEmpty {
            settings.theme = .mono
            settings.origins["theme"] = .environment("NO_COLOR")
        }
        if overrides.noMouse {
            settings.mouse = false
            settings.origins["mouse"] = .option("--no-mouse")
        }
        return settings
    }

    /// An option given for every county replaces each county's own value of that field.
    private mutating func overrideCounties<Value>(_ field: WritableKeyPath<CountyTriage, Value?>, key: String) {
        for county in counties.keys {
            counties[county]?[keyPath: field] = nil
            origins.removeValue(forKey: "counties.\(ConfigReader.dotted([county])).triage.\(key)")
            if counties[county] == CountyTriage() { counties.removeValue(forKey: county) }
        }
    }
}
