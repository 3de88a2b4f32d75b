import ArgumentParser
import Foundation
import Logging

/// `safetyboard`: the console, and the scriptable commands behind it.
@main
struct SafetyBoard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "safetyboard",
        abstract: "Work-safety supervision console for county bureaus (安全生产监管看板).",
        version: SafetyBoardVersion.current,
        subcommands: [
            ConsoleCommand.self, InitCommand.self, ImportCommand.self, ReportCommand.self,
            HazardCommand.self, EnterpriseCommand.self,
            GenerateCommand.self, BenchCommand.self, BulletinCommand.self, ScheduleCommand.self,
            OperatorCommand.self, AuditCommand.self, OptimizeCommand.self, ConfigCommand.self, ViewCommand.self,
            ServerCommand.self,
        ],
        defaultSubcommand: ConsoleCommand.self)

    /// The global options, parsed here at the root: the parser looks for the root's options in
    /// the whole command line, so they may stand before or after any subcommand at any depth.
    /// Each subcommand's own `@OptionGroup var global: GlobalOptions` is handed this same value
    /// by the parser (an option group of a type already decoded up the command stack is reused),
    /// and lists the options in its help.
    @OptionGroup var global: GlobalOptions

    static func main() {
        // First, before any thread or output: the backtracer writes to a file, not to the screen.
        CrashReport.prepare()
        // Logs go to standard error at warning and above ($SAFETYBOARD_LOG=info|debug for more):
        // the commands print their own results, and nothing may scribble over the console.
        let level = ProcessInfo.processInfo.environment["SAFETYBOARD_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
