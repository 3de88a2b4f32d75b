public import ArgumentParser
import Foundation
public import SafetyCore
import SafetyStore

extension OperatorRole: ExpressibleByArgument {}

/// `safetyboard operator add|list|disable|set`: the roster of who may do what where (admins
/// change it; every change is audited).
struct OperatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "operator", abstract: "The operators roster: logins, roles and jurisdiction scopes (admins only).",
        subcommands: [Add.self, List.self, Disable.self, Set.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a login to the roster.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The operating-system login.") var login: String
        @Option(help: "The name the console header shows.") var name: String
        @Option(help: "duty, triage, supervisor or admin.") var role: OperatorRole
        @Option(help: "A county's or prefecture's name, or all.") var scope: String

        func run() throws {
            let database = try DatabaseLocation.open(global)
            let added = try database.addOperator(login: login, name: name, role: role, scope: scope, stamp: DatabaseLocation.stamp(global))
            print("added \(OperatorCommand.line(added))")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The roster.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "table or json.") var format: HazardCommand.Format = .table

        func run() throws {
            let operators = try DatabaseLocation.open(global).operators()
            switch format {
            case .json: print(try JSONOutput.string(operators.map(OperatorDocument.init)))
            case .table: for entry in operators { print(OperatorCommand.line(entry)) }
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable a login (its audit rows stay).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The login.") var login: String

        func run() throws {
            let changed = try DatabaseLocation.open(global).updateOperator(login, change: OperatorChange(active: false),
                                                                           stamp: DatabaseLocation.stamp(global))
            print("disabled \(OperatorCommand.line(changed))")
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a login's name, role, scope, or enable it again.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The login.") var login: String
        @Option(help: "The name the console header shows.") var name: String?
        @Option(help: "duty, triage, supervisor or admin.") var role: OperatorRole?
        @Option(help: "A county's or prefecture's name, or all.") var scope: String?
        @Flag(help: "Enable a disabled login again.") var active = false

        func validate() throws {
            guard name != nil || role != nil || scope != nil || active else {
                throw ValidationError("give at least one of --name, --role, --scope, --active")
            }
        }

        func run() throws {
            let change = OperatorChange(name: name, role: role, scope: scope, active: active ? true : nil)
            let changed = try DatabaseLocation.open(global).updateOperator(login, change: change, stamp: DatabaseLocation.stamp(global))
            print("changed \(OperatorCommand.line(changed))")
        }
    }

    /// `login  role  scope  active|disabled  name`, tab-separated.
    static func line(_ entry: Operator) -> String {
        [entry.login, entry.role.rawValue, entry.scope.name, entry.active ? "active" : "disabled", entry.name].joined(separator: "\t")
    }
}

/// One roster entry as `operator list --format json` prints it.
struct OperatorDocument: Encodable {
    let login: String
    let name: String
    let role: String
    let scope: String
    let active: Bool

    init(_ entry: Operator) {
        login = entry.login
        name = entry.name
        role = entry.role.rawValue
        scope = entry.scope.name
        active = entry.active
    }
}
