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
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let database = try DatabaseLocation.open(global, fill: false)
        let summary = try CSVImporter(database: database, today: global.today, stamp: DatabaseLocation.stamp(global))
            .importFiles(DatabaseLocation.bundledFiles())
        print("created \(path)")
        ImportCommand.printSummary(summary)
    }
}
