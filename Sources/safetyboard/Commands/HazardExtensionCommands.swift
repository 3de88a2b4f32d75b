import ArgumentParser
import Foundation
import SafetyCore
import SafetyStore

extension HazardCommand {
    /// `safetyboard hazard extend ID --until DATE --reason TEXT`: the responsible unit's
    /// request for a later deadline (延期申请), recorded and audited; an officer decides it.
    struct Extend: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a request for a later rectification deadline (延期申请); an officer approves or refuses it.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The hazard's id.") var id: String
        @Option(help: "The deadline asked for, YYYY-MM-DD (after the current one).") var until: String
        @Option(help: "Why the work needs longer; goes to the history.") var reason: String

        func validate() throws {
            if Day(iso: until) == nil { throw ValidationError("--until '\(until)' is not a date — write it as YYYY-MM-DD") }
        }

        func run() throws {
            let database = try DatabaseLocation.open(global)
            let request = try HazardCommand.refusalsExit {
                try database.requestExtension(id, until: Day(iso: until)!, reason: reason, stamp: DatabaseLocation.stamp(global),
                                              today: global.today)
            }
            print("\(id): extension to \(request.until) requested — waits for an officer (hazard extension \(id) --approve|--refuse)")
        }
    }

    /// `safetyboard hazard extension ID --approve|--refuse [--note TEXT]`: an officer's
    /// decision on the pending request; approval moves the deadline.
    struct Extension: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Approve or refuse a hazard's pending deadline extension; approval moves the deadline.",
            discussion: "A major hazard's extension is a supervisor's to decide (with operator roles; until then any officer's).")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The hazard's id.") var id: String
        @Flag(help: "Approve: the deadline becomes the day asked for.") var approve = false
        @Flag(help: "Refuse: the deadline stays.") var refuse = false
        @Option(help: "The decision's note; goes to the history.") var note: String?

        func validate() throws {
            if approve == refuse { throw ValidationError("give exactly one of --approve or --refuse") }
        }

        func run() throws {
            let database = try DatabaseLocation.open(global)
            let decided = try HazardCommand.refusalsExit {
                try database.decideExtension(id, approve: approve, note: note, stamp: DatabaseLocation.stamp(global), today: global.today)
            }
            print(approve ? "\(id): extension approved — deadline \(decided.request.until)" : "\(id): extension refused — the deadline stays")
        }
    }

    /// Runs a write whose refusal is the user's to fix: exit 1 with the reason, nothing changed.
    static func refusalsExit<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ExtensionRefusal {
            throw CommandFailure("\(error) — nothing was changed")
        } catch let error as AttachmentError {
            throw CommandFailure("\(error) — nothing was changed")
        } catch let error as TriageError {
            throw CommandFailure("\(error) — nothing was changed")
        }
    }
}
