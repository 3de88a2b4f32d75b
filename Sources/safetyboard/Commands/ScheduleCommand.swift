import ArgumentParser
import Foundation
import SafetyCore
import SafetyStore

/// `safetyboard schedule …`: rule-based inspection plans with verifiable random draws.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule", abstract: "Plan inspections from a county's rules (双随机、一公开) and verify a published plan.",
        subcommands: [Plan.self, Verify.self])

    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw a county's plan for a period from its rules, the population, the roster and a seed.")

        enum Format: String, ExpressibleByArgument { case table, json, csv }

        @OptionGroup var global: GlobalOptions
        @Option(help: "The county.") var county: String
        @Option(help: "First day, YYYY-MM-DD.") var from: String
        @Option(help: "Last day, YYYY-MM-DD.") var to: String
        @Option(help: "The seed of the draws (publish it with the plan).") var seed: UInt64
        @Option(help: "table, json (the publishable plan) or csv.") var format: Format = .table
        @Option(help: "The rules file; default: schedule-rules.json of the bundled data.") var rules: String?
        @Flag(help: "Store the plan's inspections in the database (all or nothing).") var save = false

        func validate() throws {
            guard let first = Day(iso: from), let last = Day(iso: to) else { throw ValidationError("--from and --to are dates: YYYY-MM-DD") }
            guard first <= last else { throw ValidationError("--from \(from) is after --to \(to)") }
        }

        func run() throws {
            let database = try DatabaseLocation.open(global)
            let plan = try PlanDerivation.derive(database: database, county: county, from: Day(iso: from)!, to: Day(iso: to)!,
                                                 seed: seed, rulesPath: rules)
            switch format {
            case .json: print(try JSONOutput.string(plan))
            case .csv: print(PlanText.csv(plan), terminator: "")
            case .table: print(PlanText.table(plan), terminator: "")
            }
            if save {
                let saved = try database.save(plan)
                FileHandle.standardError.write(Data("saved \(saved) inspections of the plan\n".utf8))
            }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-derive a published plan (JSON) and say whether the file matches; exit 1 at the first difference.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The plan as published (`schedule plan --format json`).") var file: String
        @Option(help: "The seed published with the plan.") var seed: UInt64
        @Option(help: "The rules file; default: schedule-rules.json of the bundled data.") var rules: String?

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else { throw CommandFailure("cannot read \(file)") }
            let published: InspectionPlan
            do {
                published = try JSONDecoder().decode(InspectionPlan.self, from: data)
            } catch {
                throw CommandFailure("\(file) is not a plan: \(RulesFile.describe(error))")
            }
            let database = try DatabaseLocation.open(global)
            let derived = try PlanDerivation.derive(database: database, county: published.county, from: published.from,
                                                    to: published.to, seed: seed, rulesPath: rules)
            if let difference = derived.firstDifference(in: published) {
                throw CommandFailure("\(file) does not match the plan re-derived with seed \(seed): \(difference)")
            }
            print("\(file): matches — \(published.inspections.count) inspections, seed \(seed), inputs \(derived.inputsHash)")
        }
    }
}

/// The plan from the database, the rules file and a seed.
enum PlanDerivation {
    static func derive(database: any Scheduling, county: String, from: Day, to: Day, seed: UInt64, rulesPath: String?) throws -> InspectionPlan {
        let path = try rulesPath ?? (DatabaseLocation.bundledData() as NSString).appendingPathComponent("schedule-rules.json")
        let allRules = try RulesFile.load(path)
        guard let rules = allRules[county] else {
            throw CommandFailure("\(path) has no rules for \(county); it has rules for \(allRules.keys.sorted().joined(separator: ", "))")
        }
        let (enterprises, roster) = try database.planInputs(county: county)
        guard !enterprises.isEmpty else { throw CommandFailure("no enterprises in \(county) — check the county's name (`safetyboard report`)") }
        return InspectionPlanner.plan(county: county, rules: rules, enterprises: enterprises, roster: roster, from: from, to: to, seed: seed)
    }
}

/// The rules file: `{"county": [rule, …], …}` (see README, "Inspection rules").
enum RulesFile {
    static func load(_ path: String) throws -> [String: [InspectionRule]] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("cannot read the rules file \(path) — pass --rules FILE")
        }
        do {
            let rules = try JSONDecoder().decode([String: [InspectionRule]].self, from: data)
            for (county, list) in rules {
                let ids = list.map(\.id)
                if let repeated = ids.first(where: { id in ids.filter { $0 == id }.count > 1 }) {
                    throw CommandFailure("\(path): \(county): rule id '\(repeated)' is used twice — give each rule its own id")
                }
            }
            return rules
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("\(path): \(describe(error))")
        }
    }

    /// "荔城区[2].schedule: share must be in (0, 1]" from a decoding error.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case let .dataCorrupted(context): return "\(path(context.codingPath)): \(context.debugDescription)"
        case let .keyNotFound(key, context): return "\(path(context.codingPath + [key])): missing"
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

/// A plan as a table for people or as CSV.
enum PlanText {
    static func csv(_ plan: InspectionPlan) -> String {
        (["id,county,enterprise_id,kind,planned_on,team,rule"] + plan.inspections.map {
            [$0.id, $0.county, $0.enterpriseId ?? "", $0.kind, $0.plannedOn.iso, $0.team, $0.rule].joined(separator: ",")
        }).joined(separator: "\n") + "\n"
    }

    static func table(_ plan: InspectionPlan) -> String {
        var lines = ["plan \(plan.county) \(plan.from)…\(plan.to)  seed \(plan.seed)  inputs \(plan.inputsHash)"]
        for rule in plan.rules {
            let count = plan.inspections.filter { $0.rule == rule.id }.count
            lines.append("  \(rule.id): \(count)  — \(rule.name)")
        }
        lines += plan.inspections.map {
            [$0.plannedOn.iso, $0.kind, $0.enterpriseId ?? "—", $0.team, $0.rule, $0.id].joined(separator: "\t")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
