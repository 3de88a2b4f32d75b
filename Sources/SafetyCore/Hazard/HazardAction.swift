/// One triage step on a hazard, as a key press or a `safetyboard hazard update` would ask for
/// it. `HazardLifecycle.apply` decides whether it is allowed and what it changes.
public enum HazardAction: Hashable, Sendable {
    /// Name the responsible unit or person (责任清单) and, optionally, the deadline (限期).
    case assign(responsible: String, deadline: Day?)
    /// Change the rectification deadline.
    case setDeadline(Day)
    /// Work has begun on site.
    case startRectifying
    /// The hazard has been put right on `on`; the note goes to the audit trail.
    case markRectified(on: Day, note: String)
    /// Verified and closed (验收销号) on `on`.
    case close(on: Day)
    /// The rectification did not hold up; undo rectified/closed.
    case reopen(reason: String)
    /// Change the grade (一般/重大).
    case regrade(to: HazardGrade, reason: String)
    /// List a major hazard for supervision (挂牌督办) on `on`.
    case list(on: Day)
    /// Delist (摘牌销号) on `on`.
    case delist(on: Day)
    /// A remark for the audit trail; changes nothing.
    case comment(String)
    /// Merge into the hazard `of`, which then counts for both.
    case markDuplicate(of: String)

    /// The action without its arguments.
    public var kind: HazardActionKind {
        switch self {
        case .assign: .assign
        case .setDeadline: .setDeadline
        case .startRectifying: .startRectifying
        case .markRectified: .markRectified
        case .close: .close
        case .reopen: .reopen
        case .regrade: .regrade
        case .list: .list
        case .delist: .delist
        case .comment: .comment
        case .markDuplicate: .markDuplicate
        }
    }
}

/// The kinds of `HazardAction`, for key maps, menus, audit rows and refusal hints.
public enum HazardActionKind: String, CaseIterable, Sendable, Codable {
    case assign
    case setDeadline = "set_deadline"
    case startRectifying = "start_rectifying"
    case markRectified = "mark_rectified"
    case close
    case reopen
    case regrade
    case list
    case delist
    case comment
    case markDuplicate = "mark_duplicate"
}
