/// One planned inspection (or dated task) of a published plan.
public struct PlannedInspection: Codable, Sendable, Equatable {
    public var id: String
    public var county: String
    /// Nil for a task that is not at an enterprise (a reminder, a bulletin, a supervision round).
    public var enterpriseId: String?
    /// An `InspectionKind` raw value, or a cadence task (reminder, bulletin).
    public var kind: String
    public var plannedOn: Day
    /// The two inspectors' ids, "LC-P-003+LC-P-007".
    public var team: String
    /// The id of the rule that planned it.
    public var rule: String

    enum CodingKeys: String, CodingKey {
        case id, county, kind, team, rule
        case enterpriseId = "enterprise_id"
        case plannedOn = "planned_on"
    }

    public init(id: String, county: String, enterpriseId: String?, kind: String, plannedOn: Day, team: String, rule: String) {
        self.id = id
        self.county = county
        self.enterpriseId = enterpriseId
        self.kind = kind
        self.plannedOn = plannedOn
        self.team = team
        self.rule = rule
    }
}

/// A published inspection plan (双随机、一公开): anyone holding the seed, the rules and the
/// population and roster lists re-derives exactly the same plan, and `inputsHash` says
/// whether they hold the same inputs.
public struct InspectionPlan: Codable, Sendable, Equatable {
    public var county: String
    public var from: Day
    public var to: Day
    public var seed: UInt64
    /// SHA-256 of the canonical text of the rules, the population and the roster.
    public var inputsHash: String
    public var rules: [InspectionRule]
    public var inspections: [PlannedInspection]

    enum CodingKeys: String, CodingKey {
        case county, from, to, seed, rules, inspections
        case inputsHash = "inputs_hash"
    }

    public init(county: String, from: Day, to: Day, seed: UInt64, inputsHash: String, rules: [InspectionRule], inspections: [PlannedInspection]) {
        self.county = county
        self.from = from
        self.to = to
        self.seed = seed
        self.inputsHash = inputsHash
        self.rules = rules
        self.inspections = inspections
    }

    /// The first way `other` (a published file) differs from this plan (re-derived), in
    /// words; nil when they are the same.
    public func firstDifference(in other: InspectionPlan) -> String? {
        if other.seed != seed { return "seed is \(other.seed) in the file, \(seed) re-derived" }
        if other.county != county || other.from != from || other.to != to {
            return "the plan is for \(other.county) \(other.from)…\(other.to) in the file, \(county) \(from)…\(to) re-derived"
        }
        if other.inputsHash != inputsHash {
            return "inputs_hash is \(other.inputsHash) in the file, \(inputsHash) re-derived: the rules, population or roster differ"
        }
        for (index, (theirs, ours)) in zip(other.rules, rules).enumerated() where theirs != ours {
            return "rule \(index + 1) (\(ours.id)) differs from the rules in force"
        }
        if other.rules.count != rules.count { return "the file has \(other.rules.count) rules, the rules in force \(rules.count)" }
        for (index, (theirs, ours)) in zip(other.inspections, inspections).enumerated() where theirs != ours {
            let fields: [(String, String, String)] = [
                ("id", theirs.id, ours.id), ("county", theirs.county, ours.county),
                ("enterprise_id", theirs.enterpriseId ?? "null", ours.enterpriseId ?? "null"), ("kind", theirs.kind, ours.kind),
                ("planned_on", theirs.plannedOn.iso, ours.plannedOn.iso), ("team", theirs.team, ours.team), ("rule", theirs.rule, ours.rule),
            ]
            let field = fields.first { $0.1 != $0.2 }!
            return "inspection \(index + 1) (\(ours.id)): \(field.0) is \(field.1) in the file, \(field.2) re-derived"
        }
        if other.inspections.count != inspections.count {
            return "the file has \(other.inspections.count) inspections, \(inspections.count) re-derived"
        }
        return nil
    }
}
