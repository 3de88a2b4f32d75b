/// Which enterprises a rule covers: every condition given must hold.
public struct Population: Codable, Sendable, Equatable {
    public var scale: EnterpriseScale?
    public var industries: [String]?
    public var towns: [String]?
    public var risk: [RiskLevel]?
    public var keySupervised: Bool?

    public init(scale: EnterpriseScale? = nil, industries: [String]? = nil, towns: [String]? = nil,
                risk: [RiskLevel]? = nil, keySupervised: Bool? = nil) {
        self.scale = scale
        self.industries = industries
        self.towns = towns
        self.risk = risk
        self.keySupervised = keySupervised
    }

    public func contains(_ e: Enterprise) -> Bool {
        (scale.map { $0 == e.scale } ?? true)
            && (industries.map { $0.contains(e.industry) } ?? true)
            && (towns.map { $0.contains(e.town) } ?? true)
            && (risk.map { levels in e.riskLevel.map(levels.contains) ?? false } ?? true)
            && (keySupervised.map { $0 == e.keySupervised } ?? true)
    }

    enum CodingKeys: String, CodingKey {
        case scale, industries, towns, risk
        case keySupervised = "key_supervised"
    }

    /// "scale=below;industries=;towns=;risk=red,orange;key=": what the inputs hash reads.
    public var canonical: String {
        "scale=\(scale?.rawValue ?? "");industries=\((industries ?? []).sorted().joined(separator: ","))"
            + ";towns=\((towns ?? []).sorted().joined(separator: ","));risk=\((risk ?? []).map(\.rawValue).joined(separator: ","))"
            + ";key=\(keySupervised.map { "\($0)" } ?? "")"
    }
}

/// How often a rule inspects its population.
public enum RuleSchedule: Sendable, Equatable {
    /// Each enterprise once per window of `months[level]` months (calendar-aligned), by its
    /// risk colour: red monthly, orange quarterly, yellow half-yearly, blue yearly by default.
    case riskFrequency(months: [RiskLevel: Int])
    /// A `share` of the population each month, drawn without replacement within a window of
    /// `windowMonths` (calendar-aligned), so every member is inspected within each window;
    /// when fewer are left than the share, it is made up from those already drawn.
    case sampledCoverage(share: Double, windowMonths: Int)
    /// Every member once per `periodMonths`, split into `batches` equal batches, one per
    /// part of the period (a year in quarters: 12 and 4).
    case fullCoverage(periodMonths: Int, batches: Int)
    /// At least `share` of the population every month, drawn afresh each month.
    case spotCheck(share: Double)
    /// A dated task every `everyMonths` months: a reminder, a bulletin or a supervision check.
    case cadence(everyMonths: Int, task: CadenceTask)

    /// "sampled_coverage;share=0.2;window=6": what the inputs hash reads.
    public var canonical: String {
        switch self {
        case let .riskFrequency(months):
            "risk_frequency;" + RiskLevel.allCases.compactMap { level in months[level].map { "\(level.rawValue)=\($0)" } }.joined(separator: ",")
        case let .sampledCoverage(share, window): "sampled_coverage;share=\(share);window=\(window)"
        case let .fullCoverage(period, batches): "full_coverage;period=\(period);batches=\(batches)"
        case let .spotCheck(share): "spot_check;share=\(share)"
        case let .cadence(every, task): "cadence;every=\(every);task=\(task.rawValue)"
        }
    }
}

/// The tasks of a cadence rule (平利县 "112").
public enum CadenceTask: String, Codable, Sendable, CaseIterable {
    case reminder, bulletin, supervision
}

/// One of a jurisdiction's stated inspection rules.
public struct InspectionRule: Sendable, Equatable {
    /// Short, unique within the county; names the rule in plans and progress lines.
    public var id: String
    /// What the bureau calls it, e.g. "镇街抽查规下企业 20%/月，半年全覆盖".
    public var name: String
    /// The roster bodies whose inspectors form the teams.
    public var bodies: [String]
    /// The kind of the inspections the rule plans.
    public var kind: InspectionKind
    public var population: Population
    public var schedule: RuleSchedule

    public init(id: String, name: String, bodies: [String], kind: InspectionKind, population: Population, schedule: RuleSchedule) {
        self.id = id
        self.name = name
        self.bodies = bodies
        self.kind = kind
        self.population = population
        self.schedule = schedule
    }
}
