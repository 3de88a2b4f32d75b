import SafetyCore

/// What the duty officer's console reads: one consistent snapshot per request.
public protocol ConsoleReading: Sendable {
    /// A feed that keeps `request`'s situation fresh as the store changes; `onUpdate` is
    /// called (on the feed's thread) after each new update or failure is left to be taken.
    func liveFeed(_ request: ConsoleRequest, onUpdate: (@Sendable () -> Void)?) -> any LiveFeed
    /// The situation as `request` asks for it and, when `majorsAfter` is given, the major
    /// hazards that arrived after that hazard row (for the new-major-hazard alert), in one read.
    func situation(_ request: ConsoleRequest, majorsAfter: Int64?) throws -> (snapshot: ConsoleSnapshot, newMajors: [ConsoleSnapshot.HazardRow])
}
