import ArgumentParser
import Foundation
import SafetyCore
import SafetyStore

/// `safetyboard server init --db postgresql://…`: a province's store on a PostgreSQL server.
struct ServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server", abstract: "A province's store on a PostgreSQL server (--db postgresql://USER@HOST:PORT/DB).",
        subcommands: [Init.self])

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the schema, the officers' group role and row-level policies, and load the bundled data/.",
            discussion: """
                Run it once, as the role that is to own the tables (the province's administrator: it
                needs CREATEROLE to make officers' roles later). That login becomes the roster's first
                admin. A database that has data already keeps it: only its schema is brought up to date.
                """)

        @OptionGroup var global: GlobalOptions

        func run() throws {
            guard DatabaseLocation.isServer(global) else {
                throw CommandFailure("server init needs --db postgresql://USER@HOST:PORT/DATABASE (or SAFETYBOARD_DB); "
                    + "for a SQLite file use `safetyboard init`")
            }
            let store = try DatabaseLocation.open(global)
            guard try store.isEmpty() else {
                let counts = try store.recordCounts()
                print("schema up to date; the database holds data already (\(counts.hazards) hazards, \(counts.enterprises) enterprises): nothing loaded")
                return
            }
            let summary = try store.importFiles(DatabaseLocation.bundledFiles(),
                                                options: ImportOptions(today: global.today, stamp: DatabaseLocation.stamp(global)))
            print("initialised \(DatabaseLocation.path(global).replacingOccurrences(of: #":[^:@/]*@"#, with: "@", options: .regularExpression))")
            ImportCommand.printSummary(summary)
        }
    }
}
