import TerminalUI
public import ArgumentParser
import Dashboard
import Foundation
import SafetyCore
import SafetyStore

/// `safetyboard hazard …`: what the triage keys do, scriptable.
struct HazardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hazard", abstract: "List, show, update and add hazards (隐患).",
        subcommands: [List.self, Show.self, Update.self, Add.self, Extend.self, Extension.self, Attach.self])

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Hazards, most urgent first (major, then by deadline).")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only this county.") var county: String?
        @Option(help: "Only these statuses, comma-separated (open,assigned,rectifying,rectified,closed); 'unrectified' for the first three.")
        var status: String?
        @Option(help: "Only this grade: general or major.") var grade: HazardGrade?
        @Option(help: "At most this many rows.") var limit: Int?
        @Option(help: "table or json.") var format: Format = .table
        @Option(help: "One of your saved views (its filter, sort and, in table format, columns): see `safetyboard view list`.")
        var view: String?

        func validate() throws {
            if view != nil, county != nil || status != nil || grade != nil {
                throw ValidationError("--view holds its own filter: give it without --county, --status or --grade")
            }
        }

        func run() throws {
            if let view { return try list(view: view) }
            var filter = HazardFilter(county: county, grade: grade)
            if let status {
                for word in status.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                    if word == "unrectified" { filter.statuses.formUnion(HazardStatus.unrectified); continue }
                    guard let s = HazardStatus(rawValue: word) else {
                        throw ValidationError("--status '\(word)' is not one of \(HazardStatus.allCases.map(\.rawValue).joined(separator: ", ")), unrectified")
                    }
                    filter.statuses.insert(s)
                }
            }
            let database = try DatabaseLocation.open(global)
            let today = global.today
            let language = Language.resolve(global.lang)
            var documents: [HazardDocument] = []
            try database.forEachHazard(filter, limit: limit, pageSize: 1000) { hazard in
                switch format {
                case .json: documents.append(HazardDocument(hazard: hazard, overdueAsOf: today))
                case .table: print(HazardLine.text(hazard, today: today, language: language))
                }
            }
            if format == .json { print(try JSONOutput.string(documents)) }
        }

        /// The triage list the saved view `name` describes, in its order; the table shows its
        /// columns, JSON the contract's keys as always.
        private func list(view name: String) throws {
            let database = try DatabaseLocation.open(global)
            let view = try database.savedView(named: name)
            let filter: TriageFilter
            do {
                filter = try TriageFilterText.parse(view.filter, scope: nil)
            } catch {
                throw CommandFailure("view '\(name)': \(error) — save it again (`safetyboard view save \(name) --filter …`)")
            }
            let today = global.today
            let language = Language.resolve(global.lang)
            let policy = EscalationPolicy()
            var documents: [HazardDocument] = []
            if format == .table { print(TriageTextTable.header(view.columns, language: language)) }
            var offset = 0
            let wanted = limit ?? .max
            while offset < wanted {
                // Selection -1: no row's detail (enterprise, history) is read with the page.
                let page = try database.triageWindow(filter: filter, sort: view.sort, descending: view.descending, offset: offset,
                                                     limit: min(1000, wanted - offset), selection: -1, today: today)
                for row in page.rows {
                    switch format {
                    case .json: documents.append(HazardDocument(hazard: row.hazard, overdueAsOf: today))
                    case .table: print(TriageTextTable.line(row, view.columns, today: today, policy: policy, language: language))
                    }
                }
                offset += page.rows.count
                if page.rows.isEmpty || offset >= page.count { break }
            }
            if format == .json { print(try JSONOutput.string(documents)) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One hazard, with its history from the audit trail.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The hazard's id.") var id: String
        @Option(help: "table or json.") var format: Format = .json

        func run() throws {
            let database = try DatabaseLocation.open(global)
            let tracked = try database.trackedHazard(id)
            var document = HazardDocument(hazard: tracked.hazard, history: try database.hazardHistory(id),
                                          revision: tracked.revision, overdueAsOf: global.today)
            document.extensions = try database.extensions(of: id)
            let attachments = try database.attachments(of: id)
            document.attachments = attachments
            switch format {
            case .json: print(try JSONOutput.string(document))
            case .table:
                print(HazardLine.text(document.hazard, today: global.today, language: Language.resolve(global.lang)))
                for checked in attachments { print(AttachmentLine.text(checked)) }
            }
            // A changed or missing file is flagged where a script or a person will see it.
            for checked in attachments where checked.state != .intact {
                FileHandle.standardError.write(Data("warning: \(AttachmentLine.text(checked))\n".utf8))
            }
        }
    }
}

extension HazardGrade: ExpressibleByArgument {}
extension HazardStatus: ExpressibleByArgument {}
extension HazardSource: ExpressibleByArgument {}

/// A hazard on one line of text, for `hazard list`.
enum HazardLine {
    static func text(_ h: Hazard, today: Day, language: Language) -> String {
        let overdue = h.isOverdue(asOf: today) ? (language == .zh ? " 逾期" : " OVERDUE") : ""
        return [h.id, h.county, Terms.name(h.grade, language), Terms.name(h.status, language),
                h.deadline?.iso ?? "-", h.enterpriseId, h.description].joined(separator: "\t") + overdue
    }
}
