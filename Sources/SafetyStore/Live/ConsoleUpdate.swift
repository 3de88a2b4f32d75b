public import Foundation

/// One result of the console feed: a fresh snapshot, the major hazards that appeared since
/// the previous one, and whether the database changed under it.
public struct ConsoleUpdate: Sendable {
    /// The latest snapshot, for the request that was current when it was read.
    public var snapshot: ConsoleSnapshot
    /// Major hazards inserted since the previous snapshot (none on the first), oldest first.
    public var newMajorHazards: [ConsoleSnapshot.HazardRow]
    /// True when this read was caused by a commit (from any process), not by a new request.
    public var dataChanged: Bool
    /// True when a commit behind this read was made elsewhere — another process, another
    /// store — and not only by this store's own writes: a view that re-reads after its own
    /// write (triage) need not read again for this update unless it is true.
    public var changedElsewhere: Bool
    /// When the read finished.
    public var readAt: Date
}

/// Why the feed could not read; the console shows it and the feed keeps trying.
public struct ConsoleFeedFailure: Sendable, Error, CustomStringConvertible {
    public var description: String
}
