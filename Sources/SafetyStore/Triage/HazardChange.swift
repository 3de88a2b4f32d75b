public import SafetyCore

/// One hazard changed by one triage write: what it was, what it is, and the revision the
/// write gave it (undo checks that nobody changed it since).
public struct HazardChange: Sendable, Equatable {
    public var before: Hazard
    public var after: Hazard
    public var revision: Int
    public var action: String

    public var id: String { after.id }
}
