extension HazardLifecycle {
    /// The lifecycle actions that take `current` to the triage fields of `target` (a record
    /// of the same hazard from upstream, e.g. a county system's daily export), in an order the
    /// lifecycle allows: reopen, regrade, list, assign or set the deadline, start rectifying,
    /// mark rectified, close, delist. Each is checked as if an officer took it; a field that
    /// no step reaches (status back from assigned to open, a closed hazard's new rectified
    /// day without reopening it…) is refused with ``LifecycleRefusal/noStep(hazard:field:from:to:)``.
    /// `reason` is the reason or note of the steps that need one. `duplicateOf` is not a
    /// field upstream sets and is left out.
    public static func steps(from current: Hazard, to target: Hazard, today: Day, reason: String) throws(LifecycleRefusal) -> [HazardAction] {
        var hazard = current
        var actions: [HazardAction] = []
        func take(_ action: HazardAction) throws(LifecycleRefusal) {
            hazard = try apply(action, to: hazard, today: today)
            actions.append(action)
        }
        let backwards = rank(target.status) < rank(hazard.status)
        if hazard.status.isRectified, backwards || (target.status.isRectified && target.rectifiedOn != hazard.rectifiedOn) {
            try take(.reopen(reason: reason))
        }
        if target.grade != hazard.grade { try take(.regrade(to: target.grade, reason: reason)) }
        if let listedOn = target.listedOn, hazard.listedOn == nil { try take(.list(on: listedOn)) }
        if !hazard.status.isRectified, target.status != .open {
            if let responsible = target.responsible, responsible != hazard.responsible {
                try take(.assign(responsible: responsible, deadline: target.deadline))
            } else if let deadline = target.deadline, deadline != hazard.deadline {
                try take(.setDeadline(deadline))
            }
        }
        if target.status == .rectifying, hazard.status == .assigned { try take(.startRectifying) }
        if target.status.isRectified, !hazard.status.isRectified {
            try take(.markRectified(on: target.rectifiedOn ?? today, note: reason))
        }
        if target.status == .closed, hazard.status == .rectified { try take(.close(on: target.closedOn ?? today)) }
        if let delistedOn = target.delistedOn, hazard.delistedOn == nil { try take(.delist(on: delistedOn)) }

        if let field = hazard.changedFields(to: target).first(where: { $0 != .duplicateOf }) {
            throw .noStep(hazard: current.id, field: field.rawValue, from: field.value(of: current) ?? "",
                          to: field.value(of: target) ?? "")
        }
        return actions
    }

    /// How far along the lifecycle a status is.
    private static func rank(_ status: HazardStatus) -> Int {
        HazardStatus.allCases.firstIndex(of: status)!
    }
}
