import SafetyStore
import SafetyCore
import ArgumentParser
import Foundation

/// `safetyboard`: the console, and the scriptable commands behind it.
@main
struct SafetyBoard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "safetyboard",
        abstract: "Work-safety supervision console for county bureaus (安全生产监管看板).",
        subcommands: [
            ConsoleCommand.self, InitCommand.self, ImportCommand.self, ReportCommand.self,
            HazardCommand.self, EnterpriseCommand.self,
        ],
        defaultSubcommand: ConsoleCommand.self)

    static func main() {
        let names = Set(configuration.subcommands.map { $0._commandName })
        let arguments = GlobalOptions.reorder(Array(CommandLine.arguments.dropFirst()), subcommands: names)
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
