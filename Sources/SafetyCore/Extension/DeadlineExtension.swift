/// A responsible unit's request for a later rectification deadline (延期申请), with its reason,
/// and an officer's decision on it. Approval moves the hazard's deadline to `until`.
public struct DeadlineExtension: Hashable, Sendable, Codable {
    /// What the officer decided.
    public enum Decision: String, CaseIterable, Sendable, Codable {
        case approved, refused
    }

    public var hazardId: String
    /// The deadline asked for.
    public var until: Day
    public var reason: String
    public var requestedBy: String
    /// ISO date-time of the request.
    public var requestedAt: String
    /// Nil while the request waits for a decision.
    public var decision: Decision?
    public var decidedBy: String?
    public var decidedAt: String?
    /// The officer's note with the decision.
    public var note: String?

    public init(hazardId: String, until: Day, reason: String, requestedBy: String, requestedAt: String,
                decision: Decision? = nil, decidedBy: String? = nil, decidedAt: String? = nil, note: String? = nil) {
        self.hazardId = hazardId
        self.until = until
        self.reason = reason
        self.requestedBy = requestedBy
        self.requestedAt = requestedAt
        self.decision = decision
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.note = note
    }

    /// Waiting for an officer's decision.
    public var isPending: Bool { decision == nil }
}
