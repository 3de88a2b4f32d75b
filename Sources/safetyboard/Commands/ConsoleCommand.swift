import ArgumentParser
import Dashboard
import Foundation
import SafetyCore
import SafetyStore
import TerminalUI

/// `safetyboard` with no subcommand: the duty officer's live console.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console", abstract: "The live dashboard (default).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only this county (a county bureau's duty desk).")
    var county: String?

    @Flag(help: "Do not ring the bell on a new major hazard.")
    var noBell = false

    @Flag(help: "No colour, whatever the terminal supports (grades still show as letters and markers).")
    var noColor = false

    @Option(help: "Triage: a deadline at most this many days away is 'due soon'.")
    var dueSoonDays = 10

    @Option(help: """
        Triage: escalation steps by days late, as DAYS:中文:English,…         (default 1:提醒:reminder,15:督办函:supervision letter,30:公开曝光:public notice).
        """)
    var escalation: String?

    func validate() throws {
        guard dueSoonDays >= 0 else { throw ValidationError("--due-soon-days must be 0 or more") }
        _ = try escalationSteps()
    }

    /// The `--escalation` steps, or the default ones.
    private func escalationSteps() throws -> [EscalationPolicy.Step] {
        guard let escalation else { return EscalationPolicy.defaultSteps }
        return try escalation.split(separator: ",").map { item in
            let parts = item.split(separator: ":", maxSplits: 2).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 3, let days = Int(parts[0]), days > 0 else {
                throw ValidationError("--escalation '\(item)' is not DAYS:中文:English (e.g. 15:督办函:supervision letter)")
            }
            return EscalationPolicy.Step(daysLate: days, chinese: parts[1], english: parts[2])
        }
    }

    func run() throws {
        guard isInteractiveTerminal() else {
            throw CommandFailure("""
                the console needs a terminal on standard input and output; \
                for text output use `safetyboard report` (or `report --format json|csv`)
                """)
        }
        let database = try DatabaseLocation.open(global)
        if let county { try DatabaseLocation.checkCounty(county, in: database) }
        // Who is at the keyboard decides what the console may show and do (the store refuses
        // the rest); it opens on the operator's county, or the first of their prefecture's.
        let officer = try database.currentOperator()
        let county = try county ?? (officer.effectiveScope == .all ? nil : database.countiesInScope().first)
        var options = ConsoleOptions(
            scope: county, language: Language.resolve(global.lang), operatorName: officer.name,
            bell: !noBell, pinnedDay: global.asOf.flatMap(Day.init(iso:)))
        options.role = officer.role
        // The feed and the effect runner wake the input loop when they have something to draw.
        let wake = try WakeSignal()
        let feed = database.liveFeed(ConsoleRequest(scope: county, asOf: global.today, hazardRows: 50), onUpdate: { wake.raise() })
        let clock = WallClock()
        let effects = BoardEffects(
            console: ConsoleEffects(database: database, operatorName: global.operatorName, clock: clock),
            counties: CountiesEffects(database: database, language: options.language),
            triage: TriageEffects(database: database, operatorName: global.operatorName, clock: clock))
        let terminal = try NcursesTerminal(options: .init(monochrome: noColor, crashNotice: CrashReport.notice))
        let status = ConsoleApp(terminal: terminal, feed: feed, options: options, clock: clock, effects: effects,
                                policy: EscalationPolicy(dueSoonDays: dueSoonDays, steps: try escalationSteps()), wake: wake).run()
        terminal.restore()
        feed.stop()
        if status != 0 { throw ExitCode(status) }
    }
}
