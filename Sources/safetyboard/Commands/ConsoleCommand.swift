import ArgumentParser
import Foundation

/// `safetyboard` with no subcommand: the console.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console", abstract: "The live dashboard (default).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only this county (a county bureau's duty desk).")
    var county: String?

    func run() throws {
        // Until the console lands, show what it will: the county summaries.
        var report = try ReportCommand.parse([])
        report.global = global
        report.county = county
        try report.run()
    }
}
