/// Whether an enterprise is above designated size (规上) or below it (规下).
public enum EnterpriseScale: String, CaseIterable, Sendable, Codable {
    case above, below
}

/// A production or business unit (生产经营单位) under supervision.
public struct Enterprise: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    /// The county-level jurisdiction's name, as written in `jurisdictions.csv`.
    public var county: String
    /// The town or zone's name within the county.
    public var town: String
    public var industry: String
    public var scale: EnterpriseScale
    /// Key-supervised unit (重点监管单位).
    public var keySupervised: Bool
    /// The current safety-risk colour; nil when never assessed.
    public var riskLevel: RiskLevel?
    public var riskAssessedOn: Day?
    /// Runs the internal hazard-report reward mechanism (事故隐患内部报告奖励机制).
    public var rewardMechanism: Bool
    /// Registered on the province's digital safety platform (e.g. 闽企安).
    public var platformRegistered: Bool

    public init(
        id: String, name: String, county: String, town: String, industry: String,
        scale: EnterpriseScale, keySupervised: Bool, riskLevel: RiskLevel?, riskAssessedOn: Day?,
        rewardMechanism: Bool = false, platformRegistered: Bool = false
    ) {
        self.id = id
        self.name = name
        self.county = county
        self.town = town
        self.industry = industry
        self.scale = scale
        self.keySupervised = keySupervised
        self.riskLevel = riskLevel
        self.riskAssessedOn = riskAssessedOn
        self.rewardMechanism = rewardMechanism
        self.platformRegistered = platformRegistered
    }
}
