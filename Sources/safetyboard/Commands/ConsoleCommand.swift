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

    @OptionGroup var settingOptions: ConsoleSettingOptions

    @Flag(help: "Do not ring the bell on a new major hazard.")
    var noBell = false

    func run() throws {
        // A broken config file stops the console before it takes the terminal.
        let settings = try settingOptions.effective(global)
        guard isInteractiveTerminal() else {
            throw CommandFailure("""
                the console needs a terminal on standard input and output; \
                for text output use `safetyboard report` (or `report --format json|csv`)
                """)
        }
        let database = try DatabaseLocation.open(global)
        if let county = settings.county { try DatabaseLocation.checkCounty(county, in: database) }
        // Who is at the keyboard decides what the console may show and do (the store refuses
        // the rest); it opens on the operator's county, or the first of their prefecture's.
        let officer = try database.currentOperator()
        let county = try settings.county ?? (officer.effectiveScope == .all ? nil : database.countiesInScope().first)
        var options = ConsoleOptions(
            scope: county, language: settings.language ?? .en, operatorName: officer.name,
            bell: !noBell, pinnedDay: global.asOf.flatMap(Day.init(iso:)))
        options.role = officer.role
        options.keys = try KeyTables.rebinding(settings.keys)
        options.mouse = settings.mouse
        options.countyPolicies = settings.countyPolicies
        // The feed and the effect runner wake the input loop when they have something to draw.
        let wake = try WakeSignal()
        let request = ConsoleRequest(scope: county, asOf: global.today, hazardRows: 50)
        let feed: any LiveFeed = if let sqlite = database as? SafetyDatabase {
            // The config file's refresh_ms: how often the feed looks without a file event.
            ConsoleFeed(database: sqlite, request: request, interval: .milliseconds(settings.refreshMilliseconds), onUpdate: { wake.raise() })
        } else {
            database.liveFeed(request, onUpdate: { wake.raise() })
        }
        let clock = WallClock()
        let effects = BoardEffects(
            console: ConsoleEffects(database: database, operatorName: global.operatorName, clock: clock),
            counties: CountiesEffects(database: database, language: options.language),
            triage: TriageEffects(database: database, operatorName: global.operatorName, clock: clock))
        let terminal = try NcursesTerminal(options: .init(escapeDelay: .milliseconds(settings.escapeMilliseconds), mouse: settings.mouse, monochrome: settingOptions.noColor, theme: settings.theme,
                                                          crashNotice: CrashReport.notice))
        let status = ConsoleApp(terminal: terminal, feed: feed, options: options, clock: clock, effects: effects,
                                policy: settings.policy(forCounty: nil), wake: wake).run()
        terminal.restore()
        feed.stop()
        if status != 0 { throw ExitCode(status) }
    }
}
