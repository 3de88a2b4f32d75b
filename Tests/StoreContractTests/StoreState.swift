import SafetyCore
import SafetyStore

/// What a store shows through its protocols at one moment: a refused write or import must
/// leave every part of it as it was.
struct StoreState: Equatable {
    var counts: RecordCounts
    var summaryTables: [String: [[String]]]
    /// Nil on a backend whose `CountiesReading` is not ported yet (issue 19: PostgreSQL) — the
    /// summary tables above still hold every figure they are computed from.
    var summaries: [CountySummary]?
    /// Every hazard with its revision, by id.
    var hazards: [TrackedHazard]
    /// Each hazard's audit trail, in the order of `hazards`.
    var histories: [[AuditEntry]]
    var enterprises: [Enterprise]
}
