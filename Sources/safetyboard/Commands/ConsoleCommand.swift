import ArgumentParser
import Dashboard
import Foundation
import GRDB
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

    func run() throws {
        guard isInteractiveTerminal() else {
            throw CommandFailure("""
                the console needs a terminal on standard input and output; \
                for text output use `safetyboard report` (or `report --format json|csv`)
                """)
        }
        let database = try DatabaseLocation.open(global)
        if let county {
            let counties = try database.pool.read { try SummaryQuery.counties($0) }
            guard counties.contains(county) else {
                throw CommandFailure("no county named '\(county)'; counties with data: \(counties.joined(separator: ", "))")
            }
        }
        let options = ConsoleOptions(
            scope: county, language: Language.resolve(global.lang), operatorName: global.operatorName,
            bell: !noBell, pinnedDay: global.asOf.flatMap(Day.init(iso:)))
        let feed = ConsoleFeed(database: database, request: ConsoleRequest(scope: county, asOf: global.today, hazardRows: 50))
        let terminal = try NcursesTerminal(options: .init(monochrome: noColor))
        let status = ConsoleApp(terminal: terminal, feed: feed, options: options).run()
        terminal.restore()
        feed.stop()
        if status != 0 { throw ExitCode(status) }
    }
}
