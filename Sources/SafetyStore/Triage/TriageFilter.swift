public import SafetyCore

/// Which hazards the triage list shows: every condition set must hold. The default is the
/// triage queue: every hazard not yet closed, the rectified ones awaiting verification
/// included; duplicates hidden.
public struct TriageFilter: Sendable, Equatable {
    public var county: String?
    public var town: String?
    public var industry: String?
    public var grade: HazardGrade?
    /// Any of these statuses; every status when empty.
    public var statuses: Set<HazardStatus> = HazardStatus.unclosed
    public var source: HazardSource?
    /// Not rectified and past the deadline.
    public var overdueOnly = false
    /// Listed for supervision and not delisted.
    public var listedOnly = false

    public init(county: String? = nil) {
        self.county = county
    }

    /// True when only the default conditions hold (nothing to show in a header).
    public var isDefault: Bool {
        self == TriageFilter(county: county)
    }
}

/// The column the triage list is ordered by; ties are broken by id.
public enum TriageSort: String, CaseIterable, Sendable {
    /// Major before general, then by deadline (none yet first: it needs one), overdue before
    /// due — the order of the open-queue index, so a page is read without sorting.
    case urgency
    case deadline
    case found
    case county
    case enterprise
    case status

    /// The next column, for the `s` key.
    public var next: TriageSort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Whether `change` may move its hazard in this order, or out of the list: it changed a
    /// field the order is by, or the status or merge that decide which list it is in.
    public func moves(_ change: HazardChange) -> Bool {
        let ordered: Set<HazardField> = switch self {
        case .urgency, .county, .status: [.grade, .deadline]
        case .deadline: [.deadline]
        case .found, .enterprise: []
        }
        return !Set(change.before.changedFields(to: change.after)).isDisjoint(with: ordered.union([.status, .duplicateOf]))
    }

    /// The ORDER BY terms, ascending, without the final id.
    var terms: [String] {
        switch self {
        case .urgency: ["h.grade DESC", "h.deadline"]
        // Ties go by urgency. Every order is one of an open-queue index
        // (Schema v1, v5, v7), so a page of the open queue is read without sorting it.
        case .deadline: ["h.deadline"]
        case .found: ["h.found_on"]
        case .county: ["h.county", "h.grade DESC", "h.deadline"]
        // Read along the enterprises' name index, each enterprise's open hazards by id.
        case .enterprise: ["e.name", "e.id"]
        case .status: ["h.status", "h.grade DESC", "h.deadline"]
        }
    }
}
