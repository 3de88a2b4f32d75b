import ArgumentParser
import Dashboard
import Foundation
import SafetyCore
import TerminalUI

/// The console's options that a config file also sets: given, they win over the file.
/// Shared by `console` and `config show` (which prints what they change).
struct ConsoleSettingOptions: ParsableArguments {
    @Option(help: "Only this county (a county bureau's duty desk); default: the config file's county, else the operator's.")
    var county: String?

    @Flag(help: "No colour, whatever the terminal supports (grades still show as letters and markers).")
    var noColor = false

    @Flag(help: "No mouse reporting, whatever the config file says (the terminal selects text as usual).")
    var noMouse = false

    @Option(help: "Triage: a deadline at most this many days away is 'due soon' (default: the config file's, else 10).")
    var dueSoonDays: Int?

    @Option(help: """
        Triage: escalation steps by days late, as DAYS:中文:English,… \
        (default: the config file's, else 1:提醒:reminder,15:督办函:supervision letter,30:公开曝光:public notice).
        """)
    var escalation: String?

    func validate() throws {
        if let dueSoonDays, dueSoonDays < 0 { throw ValidationError("--due-soon-days must be 0 or more") }
        _ = try escalationSteps()
    }

    /// The `--escalation` steps, or nil when not given.
    func escalationSteps() throws -> [EscalationPolicy.Step]? {
        guard let escalation else { return nil }
        return try escalation.split(separator: ",").map { item in
            let parts = item.split(separator: ":", maxSplits: 2).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 3, let days = Int(parts[0]), days > 0 else {
                throw ValidationError("--escalation '\(item)' is not DAYS:中文:English (e.g. 15:督办函:supervision letter)")
            }
            return EscalationPolicy.Step(daysLate: days, chinese: parts[1], english: parts[2])
        }
    }

    /// The config file's settings with these options (and `--lang`) over them.
    func effective(_ global: GlobalOptions) throws -> ConsoleSettings {
        let overrides = SettingOverrides(
            language: global.lang.flatMap(Language.init(rawValue:)), county: county, dueSoonDays: dueSoonDays,
            escalation: try escalationSteps(), noColor: noColor, noMouse: noMouse)
        return try global.settings().overridden(by: overrides, environment: ProcessInfo.processInfo.environment)
    }
}
