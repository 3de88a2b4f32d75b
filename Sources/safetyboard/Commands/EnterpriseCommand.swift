import SafetyCore
import ArgumentParser
import Foundation
import SafetyStore
import Dashboard
import TerminalUI

/// `safetyboard enterprise list` and `enterprise show` (一企一档).
struct EnterpriseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enterprise", abstract: "List enterprises (生产经营单位).", subcommands: [List.self, Show.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enterprises of a county, or of every county.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only this county.") var county: String?
        @Option(help: "json or table.") var format: HazardCommand.Format = .json

        func run() throws {
            let database = try DatabaseLocation.open(global)
            let enterprises = try database.enterprises(county: county)
            switch format {
            case .json: print(try JSONOutput.string(enterprises.map(EnterpriseDocument.init)))
            case .table:
                for e in enterprises {
                    print([e.id, e.county, e.town, e.industry, e.scale.rawValue, e.riskLevel?.rawValue ?? "-", e.name].joined(separator: "\t"))
                }
            }
        }
    }

    /// `safetyboard enterprise show ID`: the enterprise file (一企一档), as the console's page.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One enterprise's file (一企一档): its record, hazards, inspections and its county's trainings.",
            discussion: "JSON has the enterprises.csv columns plus `hazards` and `inspections` (each with its CSV columns).")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The enterprise's id.") var id: String
        @Option(help: "json or table.") var format: HazardCommand.Format = .json

        func run() throws {
            let database = try DatabaseLocation.open(global)
            guard let file = try database.enterpriseFile(id) else {
                throw CommandFailure("no enterprise with id \(id) — check the id (`safetyboard enterprise list`)")
            }
            switch format {
            case .json: print(try JSONOutput.string(EnterpriseDocument(file: file)))
            case .table:
                for line in EnterpriseFileText.lines(file, Language.resolve(global.lang)) { print(line) }
            }
        }
    }
}
