/// A date on a hazard that a later date may not precede; raw values are the CSV column names.
public enum HazardMilestone: String, CaseIterable, Sendable {
    case found = "found_on"
    case rectified = "rectified_on"
    case closed = "closed_on"
    case listed = "listed_on"

    /// How messages name the moment, e.g. "it was rectified".
    var pastTense: String {
        switch self {
        case .found: "it was found"
        case .rectified: "it was rectified"
        case .closed: "it was closed"
        case .listed: "it was listed"
        }
    }
}

/// Why `HazardLifecycle.apply` refused an action. Every message names the hazard, says what
/// stands in the way and what to do next; `suggestion` names the action that would unblock
/// it, so the screen can add its own key (the key map belongs to the dashboard, not here).
public enum LifecycleRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    /// The hazard's status (or listing) does not allow the action at all.
    case wrongStatus(hazard: String, action: HazardActionKind, status: HazardStatus)
    /// `assign` without a responsible unit or person.
    case blankResponsible(hazard: String)
    /// `assign` when neither the action nor the hazard has a deadline: 限期整改 needs one.
    case noDeadline(hazard: String)
    /// A date (or deadline) earlier than a milestone it must follow.
    case dateBefore(hazard: String, action: HazardActionKind, date: Day, milestone: HazardMilestone, milestoneDate: Day)
    /// An event date after today: nothing can have happened in the future.
    case dateAfterToday(hazard: String, action: HazardActionKind, date: Day, today: Day)
    /// `reopen` or `regrade` without a reason, which the audit trail needs.
    case blankReason(hazard: String, action: HazardActionKind)
    /// `regrade` to the grade the hazard already has.
    case sameGrade(hazard: String, grade: HazardGrade)
    /// `regrade` to general of a hazard listed for supervision: only major hazards are listed.
    case generalWhileListed(hazard: String)
    /// `list` of a general hazard.
    case notMajor(hazard: String)
    /// `list` of a hazard that has been listed before.
    case alreadyListed(hazard: String, listedOn: Day)
    /// `delist` of a hazard that is not listed.
    case notListed(hazard: String)
    /// `reopen` of a delisted hazard: 摘牌销号 is final.
    case delisted(hazard: String, delistedOn: Day)
    /// `markDuplicate` naming the hazard itself.
    case duplicateOfItself(hazard: String)
    /// `markDuplicate` with a blank original id.
    case blankDuplicateTarget(hazard: String)
    /// A record from upstream (`import --update`) whose field no lifecycle step reaches from
    /// the stored one, e.g. status back from assigned to open; values as the CSV writes them.
    case noStep(hazard: String, field: String, from: String, to: String)

    /// The action that would clear the way, if there is one.
    public var suggestion: HazardActionKind? {
        switch self {
        case let .wrongStatus(_, action, status):
            Self.remedy(action: action, status: status).suggestion
        case .notMajor: .regrade
        default: nil
        }
    }

    /// The message without key hints.
    public var message: String { message(keys: [:]) }

    /// The message with the key of `suggestion` appended, e.g. "… mark it rectified first (r)".
    public func message(keys: [HazardActionKind: String]) -> String {
        let text = plainMessage
        guard let suggestion, let key = keys[suggestion] else { return text }
        return "\(text) (\(key))"
    }

    /// The message without key hints.
    public var description: String { message }

    private var plainMessage: String {
        switch self {
        case let .wrongStatus(id, action, status):
            let remedy = Self.remedy(action: action, status: status)
            return "cannot \(Self.verb(action, id)): it is \(status.rawValue)\(remedy.contrast) — \(remedy.text)"
        case let .blankResponsible(id):
            return "cannot assign \(id): no responsible unit or person given — name who must rectify it"
        case let .noDeadline(id):
            return "cannot assign \(id): it has no deadline — give a rectification deadline with the assignment"
        case let .dateBefore(id, action, date, milestone, milestoneDate):
            if action == .assign || action == .setDeadline {
                return "cannot set the deadline of \(id) to \(date): that is before \(milestone.pastTense) (\(milestoneDate)) — choose \(milestoneDate) or later"
            }
            return "cannot \(Self.verb(action, id)) on \(date): that is before \(milestone.pastTense) (\(milestoneDate)) — use \(milestoneDate) or a later day"
        case let .dateAfterToday(id, action, date, today):
            return "cannot \(Self.verb(action, id)) on \(date): that is after today (\(today)) — use today or an earlier day"
        case let .blankReason(id, action):
            return "cannot \(Self.verb(action, id)) without a reason — say why, for the audit trail"
        case let .sameGrade(id, grade):
            return "cannot regrade \(id): it is already \(grade.rawValue) — choose the other grade"
        case let .generalWhileListed(id):
            return "cannot regrade \(id) to general: it has been listed for supervision as a major hazard — a listed hazard stays major"
        case let .notMajor(id):
            return "cannot list \(id) for supervision: it is general, and only major hazards are listed — regrade it to major first"
        case let .alreadyListed(id, listedOn):
            return "cannot list \(id) for supervision: it was listed on \(listedOn) — a hazard is listed only once, nothing to do"
        case let .notListed(id):
            return "cannot delist \(id): it is not listed for supervision — nothing to delist"
        case let .delisted(id, delistedOn):
            return "cannot reopen \(id): it was delisted on \(delistedOn), which is final — record a new hazard instead"
        case let .duplicateOfItself(id):
            return "cannot mark \(id) as a duplicate of itself — give the id of the hazard it repeats"
        case let .blankDuplicateTarget(id):
            return "cannot mark \(id) as a duplicate: no original id given — give the id of the hazard it repeats"
        case let .noStep(id, field, from, to):
            return "cannot change \(field) of \(id) from \(from.isEmpty ? "empty" : from) to \(to.isEmpty ? "empty" : to): no step of the hazard lifecycle does that — correct the row, or change the hazard with `hazard update` first"
        }
    }

    /// How a message names doing `action` to the hazard `id`.
    private static func verb(_ action: HazardActionKind, _ id: String) -> String {
        switch action {
        case .assign: "assign \(id)"
        case .setDeadline: "set the deadline of \(id)"
        case .startRectifying: "start rectifying \(id)"
        case .markRectified: "mark \(id) rectified"
        case .close: "close \(id)"
        case .reopen: "reopen \(id)"
        case .regrade: "regrade \(id)"
        case .list: "list \(id) for supervision"
        case .delist: "delist \(id)"
        case .comment: "comment on \(id)"
        case .markDuplicate: "mark \(id) as a duplicate"
        }
    }

    /// For a status refusal: what the status is not (", not rectified"), what to do, and the
    /// action that does it.
    private static func remedy(action: HazardActionKind, status: HazardStatus)
        -> (contrast: String, text: String, suggestion: HazardActionKind?)
    {
        switch (action, status) {
        case (.regrade, _):
            return ("", "reopen it first to change its grade", .reopen)
        case (.assign, _), (.setDeadline, _), (.markRectified, .closed):
            return ("", "reopen it first if the work must start again", .reopen)
        case (.startRectifying, .open):
            return (", not assigned", "assign it first", .assign)
        case (.startRectifying, .rectifying):
            return (" already", "mark it rectified when the work is done", .markRectified)
        case (.startRectifying, _):
            return (" already", "reopen it first if the work must start again", .reopen)
        case (.markRectified, _):
            return (" already", "verify and close it next", .close)
        case (.close, .closed):
            return (" already", "nothing to do", nil)
        case (.close, _):
            return (", not rectified", "mark it rectified first", .markRectified)
        case (.reopen, _):
            return (", not rectified or closed", "nothing to reopen", nil)
        case (.list, _):
            return ("", "only major hazards not yet closed are listed", nil)
        case (.delist, .rectified):
            return (", not closed", "verify and close it first", .close)
        case (.delist, _):
            return (", not closed", "mark it rectified and close it first", .markRectified)
        case (.comment, _), (.markDuplicate, _):
            return ("", "this action is always allowed", nil)
        }
    }
}
