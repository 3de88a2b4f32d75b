import TerminalUI
import ArgumentParser
import Dashboard
import Foundation
import SafetyCore
import SafetyStore

/// `safetyboard report`: the county summary, as a table, JSON or CSV.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "County summaries: every published figure, per county and in total.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only this county (its name as in jurisdictions.csv).")
    var county: String?

    @Option(help: "table, json or csv.")
    var format: Format = .table

    func run() throws {
        let database = try DatabaseLocation.open(global)
        let asOf = global.today
        if let county { try DatabaseLocation.checkCounty(county, in: database) }
        let summaries = try database.summaries(counties: county.map { [$0] }, asOf: asOf)
        let total = CountySummary.total(summaries)
        switch format {
        case .json:
            let document = ReportDocument(as_of: asOf.iso, counties: summaries.map(SummaryDocument.init), total: SummaryDocument(summary: total))
            print(try JSONOutput.string(document))
        case .csv:
            print(try ReportCSV(summaries: summaries, total: total).text, terminator: "")
        case .table:
            let language = Language.resolve(global.lang)
            var out = language == .zh ? "截至 \(asOf.iso)\n" : "As of \(asOf.iso)\n"
            for summary in summaries + (summaries.count > 1 ? [total] : []) {
                let title = summary.county ?? (language == .zh ? "合计" : "Total")
                out += "\n== \(title) ==\n"
                out += FigureSheet(summary, language: language).textLines().joined(separator: "\n") + "\n"
            }
            print(out, terminator: "")
        }
    }
}
