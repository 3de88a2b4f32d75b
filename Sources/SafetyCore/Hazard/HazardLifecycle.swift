/// The hazard lifecycle as a pure reducer: found/reported (open) → assigned with a deadline
/// (限期整改) → rectifying → rectified (整改) → verified and closed (验收销号), with listing for
/// supervision (挂牌督办) and delisting (摘牌销号) alongside for major hazards.
///
/// Rules, and the edge cases decided here:
/// - Checks run in a fixed order: what the status (grade, listing) allows, then the
///   arguments, then the dates; the first failure is the refusal.
/// - No event date (rectified, closed, listed, delisted) may be after `today`. A deadline is
///   not an event and is usually in the future; it may also lie in the past (back-filling an
///   assignment), which makes the hazard overdue at once, but never before `foundOn`.
/// - `assign` from open, assigned or rectifying; open becomes assigned, the others keep their
///   status. The responsible must be non-blank (stored trimmed), and after the action the
///   hazard must have a deadline, given or kept, because 限期整改 without a 限期 is not an
///   assignment (and an assigned record without one fails `violations`).
/// - `setDeadline` from open, assigned or rectifying; status unchanged.
/// - `startRectifying` only from assigned.
/// - `markRectified` from open, assigned or rectifying (on-the-spot rectification, 立查立改,
///   skips assignment); found ≤ date ≤ today.
/// - `close` only from rectified; rectified ≤ date ≤ today.
/// - `reopen` only from rectified or closed, never once delisted (摘牌销号 is final), with a
///   reason. Clears the rectified and closed dates and goes back to assigned when the hazard
///   still has a responsible and a deadline, else to open. A listing stays in force.
/// - `regrade` not once closed, not to the same grade, not to general once listed, and with
///   a reason.
/// - `list` only a major hazard, not closed, never listed before; found ≤ date ≤ today.
/// - `delist` only when listed and closed; listed ≤ date, closed ≤ date, date ≤ today.
/// - `comment` is always allowed and changes nothing (the text goes to the audit trail,
///   as do the notes and reasons of other actions: `Hazard` has no field for them).
/// - `markDuplicate` sets `duplicateOf` (trimmed) in any status; refused when blank or the
///   hazard's own id.
/// - A duplicate (`duplicateOf` set) follows the same rules; it simply counts nowhere.
///
/// An allowed action applied to a record without `violations` never produces one with
/// violations; the tests hold the reducer to that.
public enum HazardLifecycle {
    /// The hazard after `action`, or the reason it cannot be done.
    public static func apply(_ action: HazardAction, to hazard: Hazard, today: Day) throws(LifecycleRefusal) -> Hazard {
        try checkStanding(action.kind, of: hazard)
        let id = hazard.id
        var next = hazard
        switch action {
        case let .assign(responsible, deadline):
            guard !responsible.isBlank else { throw .blankResponsible(hazard: id) }
            guard let effective = deadline ?? hazard.deadline else { throw .noDeadline(hazard: id) }
            try requireDeadline(effective, for: hazard, action: .assign)
            next.responsible = responsible.trimmingWhitespace
            next.deadline = effective
            if hazard.status == .open { next.status = .assigned }

        case let .setDeadline(deadline):
            try requireDeadline(deadline, for: hazard, action: .setDeadline)
            next.deadline = deadline

        case .startRectifying:
            next.status = .rectifying

        case let .markRectified(on, _):
            try requireDate(on, notBefore: .found, hazard.foundOn, for: hazard, action: .markRectified, today: today)
            next.status = .rectified
            next.rectifiedOn = on

        case let .close(on):
            // checkStanding guarantees status rectified; a (broken) record without rectifiedOn
            // is measured from foundOn, the earliest it can have been rectified.
            let rectified = hazard.rectifiedOn ?? hazard.foundOn
            try requireDate(on, notBefore: .rectified, rectified, for: hazard, action: .close, today: today)
            next.status = .closed
            next.closedOn = on

        case let .reopen(reason):
            guard !reason.isBlank else { throw .blankReason(hazard: id, action: .reopen) }
            next.rectifiedOn = nil
            next.closedOn = nil
            let hasResponsible = !(hazard.responsible ?? "").isBlank
            next.status = hasResponsible && hazard.deadline != nil ? .assigned : .open

        case let .regrade(grade, reason):
            guard grade != hazard.grade else { throw .sameGrade(hazard: id, grade: grade) }
            if grade == .general && hazard.listedOn != nil { throw .generalWhileListed(hazard: id) }
            guard !reason.isBlank else { throw .blankReason(hazard: id, action: .regrade) }
            next.grade = grade

        case let .list(on):
            try requireDate(on, notBefore: .found, hazard.foundOn, for: hazard, action: .list, today: today)
            next.listedOn = on

        case let .delist(on):
            // checkStanding guarantees listedOn and status closed.
            if let listedOn = hazard.listedOn {
                try requireDate(on, notBefore: .listed, listedOn, for: hazard, action: .delist, today: today)
            }
            if let closedOn = hazard.closedOn {
                try requireDate(on, notBefore: .closed, closedOn, for: hazard, action: .delist, today: today)
            }
            try requireDate(on, notBefore: .found, hazard.foundOn, for: hazard, action: .delist, today: today)
            next.delistedOn = on

        case .comment:
            break

        case let .markDuplicate(original):
            let target = original.trimmingWhitespace
            guard !target.isEmpty else { throw .blankDuplicateTarget(hazard: id) }
            guard target != id else { throw .duplicateOfItself(hazard: id) }
            next.duplicateOf = target
        }
        return next
    }

    /// The kinds of action the hazard's status, grade and listing allow, in declaration order,
    /// regardless of arguments and dates: what a key bar should offer.
    public static func availableActions(for hazard: Hazard) -> [HazardActionKind] {
        HazardActionKind.allCases.filter { kind in
            do throws(LifecycleRefusal) {
                try checkStanding(kind, of: hazard)
                return true
            } catch {
                return false
            }
        }
    }

    /// Refuses an action that the hazard's status, grade or listing rules out, whatever its
    /// arguments; the first step of `apply`.
    public static func checkStanding(_ kind: HazardActionKind, of hazard: Hazard) throws(LifecycleRefusal) {
        let id = hazard.id
        let status = hazard.status
        let refusal = LifecycleRefusal.wrongStatus(hazard: id, action: kind, status: status)
        switch kind {
        case .assign, .setDeadline:
            guard !status.isRectified else { throw refusal }
        case .startRectifying:
            guard status == .assigned else { throw refusal }
        case .markRectified:
            guard !status.isRectified else { throw refusal }
        case .close:
            guard status == .rectified else { throw refusal }
        case .reopen:
            guard status.isRectified else { throw refusal }
            if let delistedOn = hazard.delistedOn { throw .delisted(hazard: id, delistedOn: delistedOn) }
        case .regrade:
            guard status != .closed else { throw refusal }
        case .list:
            guard status != .closed else { throw refusal }
            guard hazard.grade == .major else { throw .notMajor(hazard: id) }
            if let listedOn = hazard.listedOn { throw .alreadyListed(hazard: id, listedOn: listedOn) }
        case .delist:
            guard hazard.isListed else { throw .notListed(hazard: id) }
            guard status == .closed else { throw refusal }
        case .comment, .markDuplicate:
            break
        }
    }

    /// An event date must not precede `milestone` nor follow today.
    private static func requireDate(
        _ date: Day, notBefore milestone: HazardMilestone, _ earliest: Day, for hazard: Hazard,
        action: HazardActionKind, today: Day
    ) throws(LifecycleRefusal) {
        guard date >= earliest else {
            throw .dateBefore(hazard: hazard.id, action: action, date: date, milestone: milestone, milestoneDate: earliest)
        }
        guard date <= today else {
            throw .dateAfterToday(hazard: hazard.id, action: action, date: date, today: today)
        }
    }

    /// A deadline may lie in the future, but not before the hazard was found.
    private static func requireDeadline(_ deadline: Day, for hazard: Hazard, action: HazardActionKind) throws(LifecycleRefusal) {
        guard deadline >= hazard.foundOn else {
            throw .dateBefore(hazard: hazard.id, action: action, date: deadline, milestone: .found, milestoneDate: hazard.foundOn)
        }
    }
}
