public import SafetyCore

/// One line of the triage list: the hazard as read and what the list shows of its enterprise.
public struct TriageRow: Sendable, Equatable {
    public var tracked: TrackedHazard
    public var enterpriseName: String
    public var town: String
    public var industry: String
    public var riskLevel: RiskLevel?
    /// The id of the hazard this one likely repeats (same enterprise, similar text, found
    /// within days); nil when none.
    public var likelyDuplicateOf: String?
    /// The responsible unit's request for a later deadline, while it waits for a decision.
    public var pendingExtension: DeadlineExtension?

    public var hazard: Hazard { tracked.hazard }

    public init(tracked: TrackedHazard, enterpriseName: String, town: String, industry: String,
                riskLevel: RiskLevel?, likelyDuplicateOf: String? = nil, pendingExtension: DeadlineExtension? = nil) {
        self.tracked = tracked
        self.enterpriseName = enterpriseName
        self.town = town
        self.industry = industry
        self.riskLevel = riskLevel
        self.likelyDuplicateOf = likelyDuplicateOf
        self.pendingExtension = pendingExtension
    }
}
