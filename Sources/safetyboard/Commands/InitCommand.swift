import SafetyCore
import ArgumentParser
import Foundation
import SafetyStore

/// `safetyboard init [--force]`: create the database and load the bundled data.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create the database and load the bundled data/ (the five counties).")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Replace an existing database file.")
    var force = false

    func run() throws {
        let path = DatabaseLocation.path(global)
        if FileManager.default.fileExists(atPath: path) {
            guard force else { throw CommandFailure("\(path) already exists; use --force to replace it") }
            DatabaseLocation.remove(path)
        }
        let database = try DatabaseLocation.open(global, missing: .create)
        let summary: ImportSummary
        do {
            summary = try database.importFiles(DatabaseLocation.bundledFiles(),
                                               options: ImportOptions(today: global.today, stamp: DatabaseLocation.stamp(global)))
        } catch {
            DatabaseLocation.remove(path)
            throw error
        }
        print("created \(path)")
        ImportCommand.printSummary(summary)
    }
}
