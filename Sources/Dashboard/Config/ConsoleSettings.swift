public import SafetyCore
public import TerminalUI

/// What a config file (`config.toml`) sets, as plain values: the console's defaults before
/// the command line's options. Read by ``ConfigFile``; every field has the built-in default
/// when the file does not set it, and ``origins`` says which did.
public struct ConsoleSettings: Sendable, Equatable {
    /// The language; nil follows `LANG`.
    public var language: Language?
    /// The console's default county (its scope), nil for the operator's own.
    public var county: String?
    /// The colours of the style roles.
    public var theme: Theme = .standard
    /// Mouse reporting: clicks and the wheel (off leaves the terminal's own text selection).
    public var mouse = true
    /// `escape_ms`: how long the console waits after Esc for the rest of a key's escape
    /// sequence (``NcursesTerminal/Options/escapeDelay``); 0 decides from what has arrived.
    public var escapeMilliseconds = 0
    /// How often the live feed checks the database without a file event, in milliseconds.
    public var refreshMilliseconds = 250
    /// `[keys]`: action name → its keys, replacing the built-in ones in every view.
    public var keys: [String: [Key]] = [:]
    /// `[triage]`: the defaults of every county.
    public var triage = TriageSettings()
    /// `[counties."NAME".triage]`: a county's own due-soon days and escalation steps.
    public var counties: [String: CountyTriage] = [:]
    /// `[risk_bands]`: the grading tables for LEC scores and risk-matrix products.
    public var riskBands = RiskBandTables.standard
    /// Where each setting that is not the default came from, by its dotted key
    /// ("triage.due_soon_days", "keys.quit", "counties.荔城区.triage.due_soon_days").
    public var origins: [String: SettingOrigin] = [:]

    /// The built-in settings.
    public init() {}

    /// The escalation policy of `county`: its own `[counties."NAME".triage]` over `[triage]`.
    public func policy(forCounty county: String?) -> EscalationPolicy {
        let own = county.flatMap { counties[$0] }
        return EscalationPolicy(dueSoonDays: own?.dueSoonDays ?? triage.dueSoonDays,
                                steps: own?.escalation ?? triage.escalation)
    }

    /// Every county's policy that differs from the default one, for the triage view's rows.
    public var countyPolicies: [String: EscalationPolicy] {
        counties.keys.reduce(into: [:]) { policies, county in policies[county] = policy(forCounty: county) }
    }
}

/// `[triage]`: when a deadline is near and how lateness escalates.
public struct TriageSettings: Sendable, Equatable {
    /// A deadline at most this many days away is "due soon".
    public var dueSoonDays = 10
    /// Steps by days late.
    public var escalation = EscalationPolicy.defaultSteps

    public init(dueSoonDays: Int = 10, escalation: [EscalationPolicy.Step] = EscalationPolicy.defaultSteps) {
        self.dueSoonDays = dueSoonDays
        self.escalation = escalation
    }
}

/// A county's own triage settings; nil fields follow `[triage]`.
public struct CountyTriage: Sendable, Equatable {
    public var dueSoonDays: Int?
    public var escalation: [EscalationPolicy.Step]?

    public init(dueSoonDays: Int? = nil, escalation: [EscalationPolicy.Step]? = nil) {
        self.dueSoonDays = dueSoonDays
        self.escalation = escalation
    }
}

/// Where an effective setting came from, as `config show` prints it.
public enum SettingOrigin: Sendable, Equatable, CustomStringConvertible {
    /// The built-in value.
    case standard
    /// A config file's line.
    case file(path: String, line: Int)
    /// A command-line option ("--lang").
    case option(String)
    /// An environment variable ("LANG", "NO_COLOR").
    case environment(String)

    public var description: String {
        switch self {
        case .standard: "default"
        case .file(let path, let line): "\(path):\(line)"
        case .option(let name): "option \(name)"
        case .environment(let name): "env \(name)"
        }
    }
}
