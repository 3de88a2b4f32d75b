import SafetyCore
import ArgumentParser
import Foundation
import SafetyStore

/// `safetyboard enterprise list`.
struct EnterpriseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enterprise", abstract: "List enterprises (生产经营单位).", subcommands: [List.self])

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
}
