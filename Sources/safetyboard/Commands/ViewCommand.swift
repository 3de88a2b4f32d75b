public import ArgumentParser
import Dashboard
public import SafetyStore

extension TriageSort: ExpressibleByArgument {}

/// `safetyboard view list|save|delete`: the operator's saved triage views — what `V` saves in
/// the console and `hazard list --view NAME` applies — kept per login in the database.
struct ViewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view", abstract: "Your saved triage views: a named filter, sort and columns.",
        subcommands: [List.self, Save.self, Delete.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Your saved views, by name.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "table or json.") var format: HazardCommand.Format = .table

        func run() throws {
            let views = try DatabaseLocation.open(global).savedViews()
            switch format {
            case .json: print(try JSONOutput.string(views.map(SavedViewDocument.init)))
            case .table: for view in views { print(ViewCommand.line(view)) }
            }
        }
    }

    struct Save: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Save (or replace) a view, as V does in the triage view.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The view's name.") var name: String
        @Option(help: "Filter words as typed after f in triage, e.g. \"grade=major overdue\" (default: every hazard not closed).")
        var filter = ""
        @Option(help: "urgency, deadline, found, county, enterprise or status.") var sort: TriageSort = .urgency
        @Flag(help: "Reverse the order.") var descending = false
        @Option(help: "Columns left to right, comma-separated (\(TriageColumn.allCases.map(\.rawValue).joined(separator: ","))).")
        var columns = TriageColumn.text(TriageColumn.defaults)

        func run() throws {
            // Stored as the words the console reads back, so a mistyped word is refused here.
            let parsed: TriageFilter
            do { parsed = try TriageFilterText.parse(filter, scope: nil) } catch { throw ValidationError("--filter: \(error)") }
            let chosen: [TriageColumn]
            do { chosen = try TriageColumn.parse(columns) } catch { throw ValidationError("--columns: \(error)") }
            let view = SavedView(name: name, filter: TriageFilterText.describe(parsed, scope: nil), sort: sort,
                                 descending: descending, columns: chosen)
            let save = try DatabaseLocation.open(global).saveView(view)
            print("\(save == .replaced ? "replaced" : "saved") \(ViewCommand.line(view))")
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete one of your views.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The view's name.") var name: String

        func run() throws {
            try DatabaseLocation.open(global).deleteView(named: name)
            print("deleted \(name)")
        }
    }

    /// `name  sort[ desc]  columns  filter`, tab-separated.
    static func line(_ view: SavedView) -> String {
        [view.name, view.sort.rawValue + (view.descending ? " desc" : ""), TriageColumn.text(view.columns), view.filter]
            .joined(separator: "\t")
    }
}

/// One view as `view list --format json` prints it.
struct SavedViewDocument: Encodable {
    let name: String
    let filter: String
    let sort: String
    let descending: Bool
    let columns: [String]

    init(_ view: SavedView) {
        name = view.name
        filter = view.filter
        sort = view.sort.rawValue
        descending = view.descending
        columns = view.columns.map(\.rawValue)
    }
}
