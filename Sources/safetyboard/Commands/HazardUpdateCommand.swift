import ArgumentParser
import Foundation
import SafetyCore
import SafetyStore

extension HazardCommand {
    /// `safetyboard hazard update ID …`: the triage keys, scriptable — the same lifecycle and
    /// audit trail; refused changes exit 1 with the reason and change nothing.
    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a hazard through the lifecycle (all options in one transaction: all or nothing).",
            discussion: """
                Options are applied in this order: --grade, --responsible (assign; with --deadline), \
                --deadline, --status, --listed, then a comment when only --note is given. \
                Event dates (rectified, closed, listed, delisted) are the as-of day. \
                --status open|assigned on a rectified or closed hazard reopens it and needs --note (the reason).
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The hazard's id.") var id: String
        @Option(help: "rectifying, rectified, closed, or open/assigned to reopen.") var status: HazardStatus?
        @Option(help: "The rectification deadline, YYYY-MM-DD.") var deadline: String?
        @Option(help: "The responsible unit or person (assigns the hazard).") var responsible: String?
        @Option(help: "general or major (needs --note: the reason).") var grade: HazardGrade?
        @Option(help: "true lists a major hazard for supervision (挂牌督办); false delists it (摘牌).") var listed: Bool?
        @Option(help: "What was done, or the reason; goes to the history.") var note: String?
        @Option(help: "Refuse unless the hazard is still at this revision (from `hazard show`).") var ifRevision: Int?

        func validate() throws {
            if let deadline, Day(iso: deadline) == nil {
                throw ValidationError("--deadline '\(deadline)' is not a date — write it as YYYY-MM-DD")
            }
            if status == nil, deadline == nil, responsible == nil, grade == nil, listed == nil, note == nil {
                throw ValidationError("nothing to change — give --status, --deadline, --responsible, --grade, --listed or --note")
            }
        }

        func run() throws {
            let database = try DatabaseLocation.open(global)
            let today = global.today
            let current = try database.trackedHazard(id).hazard
            let actions = try Self.actions(for: current, status: status, deadline: deadline.flatMap(Day.init(iso:)),
                                           responsible: responsible, grade: grade, listed: listed, note: note, today: today)
            // The action's own note (what was done, the reason) is --note already; other
            // actions carry it as an extra remark.
            let extra = actions.contains(where: Self.carriesOwnNote) ? nil : note
            do {
                let changes = try database.apply(
                    actions, to: .id(id, expectedRevision: ifRevision), note: extra, stamp: DatabaseLocation.stamp(global), today: today)
                print("\(id): \(changes.map(\.action).joined(separator: ", ")) (revision \(changes.last?.revision ?? 0))")
            } catch let error as TriageError {
                throw CommandFailure("\(error) — nothing was changed")
            }
        }

        private static func carriesOwnNote(_ action: HazardAction) -> Bool {
            switch action {
            case .markRectified, .reopen, .regrade, .comment: true
            default: false
            }
        }

        /// The lifecycle actions that the options ask for, in a fixed order.
        static func actions(for hazard: Hazard, status: HazardStatus?, deadline: Day?, responsible: String?,
                            grade: HazardGrade?, listed: Bool?, note: String?, today: Day) throws -> [HazardAction] {
            var actions: [HazardAction] = []
            if let grade { actions.append(.regrade(to: grade, reason: note ?? "")) }
            if let responsible {
                actions.append(.assign(responsible: responsible, deadline: deadline))
            } else if let deadline {
                actions.append(.setDeadline(deadline))
            }
            if let status {
                switch status {
                case .rectifying: actions.append(.startRectifying)
                case .rectified: actions.append(.markRectified(on: today, note: note ?? ""))
                case .closed:
                    // Only a rectified hazard is verified and closed: the lifecycle refuses the
                    // rest, and so should a script — no silent "rectified and closed at once".
                    actions.append(.close(on: today))
                case .open, .assigned:
                    guard hazard.status.isRectified else {
                        if status == .assigned, responsible == nil, hazard.status == .open {
                            throw CommandFailure("to assign \(hazard.id), give --responsible (and --deadline)")
                        }
                        break
                    }
                    actions.append(.reopen(reason: note ?? ""))
                }
            }
            if let listed { actions.append(listed ? .list(on: today) : .delist(on: today)) }
            if actions.isEmpty, let note { actions.append(.comment(note)) }
            return actions
        }
    }

    /// `safetyboard hazard add …`: a new hazard, checked as an import row is, audited as "add".
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Report a new hazard.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "The new hazard's id.") var id: String
        @Option(help: "The enterprise's id (its county is taken from it).") var enterprise: String
        @Option(help: "What is wrong.") var description: String
        @Option(help: "general or major.") var grade: HazardGrade = .general
        @Option(help: "self_check, employee_report, grid_member, inspection, expert, public_report or other.")
        var source: HazardSource = .inspection
        @Option(help: "The day it was found, YYYY-MM-DD; default: the as-of day.") var foundOn: String?
        @Option(help: "The responsible unit or person (with --deadline: assigned at once).") var responsible: String?
        @Option(help: "The rectification deadline, YYYY-MM-DD.") var deadline: String?
        @Option(help: "A note for the history.") var note: String?

        func validate() throws {
            for (name, value) in [("--found-on", foundOn), ("--deadline", deadline)] {
                if let value, Day(iso: value) == nil { throw ValidationError("\(name) '\(value)' is not a date — write it as YYYY-MM-DD") }
            }
        }

        func run() throws {
            let database = try DatabaseLocation.open(global)
            guard let owner = try database.enterprise(enterprise) else {
                throw CommandFailure("no enterprise with id \(enterprise) — see `safetyboard enterprise list`")
            }
            let assigned = responsible != nil && deadline != nil
            let hazard = Hazard(id: id, enterpriseId: enterprise, county: owner.county,
                                foundOn: foundOn.flatMap(Day.init(iso:)) ?? global.today, source: source, grade: grade,
                                description: description, status: assigned ? .assigned : .open, responsible: responsible,
                                deadline: deadline.flatMap(Day.init(iso:)))
            do {
                try database.add(hazard, note: note, stamp: DatabaseLocation.stamp(global), today: global.today)
            } catch let error as TriageError {
                throw CommandFailure(error.description)
            }
            print("\(id): added (\(owner.county), \(owner.name))")
        }
    }
}
