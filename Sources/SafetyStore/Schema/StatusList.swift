import SafetyCore

/// SafetyCore's sets of hazard statuses as SQL lists, for `status IN …`: the store's queries
/// and its runtime trigger and recount SQL say which statuses are open through these, never
/// by writing the words again. (Shipped migrations keep their own frozen text.)
enum StatusList {
    /// `('open','assigned','rectifying')`, in declaration order.
    static let unrectified = sql(HazardStatus.unrectified)
    /// `('rectified','closed')`.
    static let rectified = sql(HazardStatus.rectifiedOrClosed)
    /// `('open','assigned','rectifying','rectified')`: the triage queue (v15's indexes).
    static let unclosed = sql(HazardStatus.unclosed)

    /// `statuses` as an SQL list, in declaration order (as the partial indexes spell it).
    static func sql(_ statuses: Set<HazardStatus>) -> String {
        "(" + HazardStatus.allCases.filter(statuses.contains).map { "'\($0.rawValue)'" }.joined(separator: ",") + ")"
    }
}
