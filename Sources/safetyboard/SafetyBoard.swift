import ArgumentParser
import Foundation
import Logging

/// `safetyboard`: the console, and the scriptable commands behind it.
@main
struct SafetyBoard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "safetyboard",
        abstract: "Work-safety supervision console for county bureaus (安全生产监管看板).",
        subcommands: [
            ConsoleCommand.self, InitCommand.self, ImportCommand.self, ReportCommand.self,
            HazardCommand.self, EnterpriseCommand.self,
            GenerateCommand.self, BenchCommand.self, BulletinCommand.self, ScheduleCommand.self,
            OperatorCommand.self, AuditCommand.self,
        ],
        defaultSubcommand: ConsoleCommand.self)

    static func main() {
        // Logs go to standard error at warning and above ($SAFETYBOARD_LOG=info|debug for more):
        // the commands print their own results, and nothing may scribble over the console.
        let level = ProcessInfo.processInfo.environment["SAFETYBOARD_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
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
