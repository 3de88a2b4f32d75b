extension Hazard {
    /// Every rule this record breaks, as it would arrive from `hazards.csv`, so an importer can
    /// report all of them at once; empty when the record is consistent.
    ///
    /// Dates: found_on and every event date (rectified_on, closed_on, listed_on, delisted_on)
    /// are on or before `today`; the deadline may be in the future but not before found_on.
    /// Status: rectified and closed need rectified_on (≥ found_on); closed needs closed_on
    /// (≥ rectified_on); open, assigned and rectifying have neither; rectified has no closed_on;
    /// assigned and rectifying need a responsible and a deadline. Listing: listed_on only on a
    /// major hazard and ≥ found_on; delisted_on needs listed_on and status closed, and is
    /// ≥ listed_on and ≥ closed_on (the lifecycle delists only after closing). Also: id and
    /// description non-blank, reward_yuan ≥ 0, duplicate_of not the record's own id.
    public func violations(today: Day) -> [RuleViolation] {
        var found: [RuleViolation] = []
        func flag(_ field: String, _ message: String) { found.append(RuleViolation(field: field, message: message)) }

        if id.isBlank { flag("id", "id is empty — give every hazard an id") }
        if description.isBlank { flag("description", "description is empty — say what the hazard is") }
        if rewardYuan < 0 { flag("reward_yuan", "reward_yuan is \(rewardYuan) — write 0 or a positive amount") }
        if let duplicateOf, duplicateOf == id { flag("duplicate_of", "duplicate_of is the hazard's own id — name the original hazard or leave it empty") }

        if foundOn > today { flag("found_on", "found_on \(foundOn) is after today (\(today)) — use the day it was found") }
        for (field, date) in [("rectified_on", rectifiedOn), ("closed_on", closedOn), ("listed_on", listedOn), ("delisted_on", delistedOn)] {
            if let date, date > today { flag(field, "\(field) \(date) is after today (\(today)) — use the day it happened") }
        }
        if let deadline, deadline < foundOn {
            flag("deadline", "deadline \(deadline) is before found_on \(foundOn) — give a deadline on or after the day it was found")
        }

        switch status {
        case .open, .assigned, .rectifying:
            if rectifiedOn != nil { flag("rectified_on", "a \(status.rawValue) hazard has no rectified_on — clear it, or set status to rectified") }
            if closedOn != nil { flag("closed_on", "a \(status.rawValue) hazard has no closed_on — clear it, or set status to closed") }
        case .rectified:
            if closedOn != nil { flag("closed_on", "a rectified hazard has no closed_on — clear it, or set status to closed") }
        case .closed:
            if closedOn == nil { flag("closed_on", "a closed hazard needs closed_on — give the day it was verified and closed") }
        }
        if status.isRectified {
            if let rectifiedOn {
                if rectifiedOn < foundOn { flag("rectified_on", "rectified_on \(rectifiedOn) is before found_on \(foundOn) — use the day it was rectified") }
                if let closedOn, closedOn < rectifiedOn { flag("closed_on", "closed_on \(closedOn) is before rectified_on \(rectifiedOn) — a hazard is closed after it is rectified") }
            } else {
                flag("rectified_on", "a \(status.rawValue) hazard needs rectified_on — give the day it was rectified")
            }
        }
        if status == .assigned || status == .rectifying {
            if (responsible ?? "").isBlank { flag("responsible", "a \(status.rawValue) hazard needs a responsible — name who must rectify it") }
            if deadline == nil { flag("deadline", "a \(status.rawValue) hazard needs a deadline — give the rectification deadline") }
        }

        if let listedOn {
            if grade != .major { flag("listed_on", "only major hazards are listed for supervision — clear listed_on or set grade to major") }
            if listedOn < foundOn { flag("listed_on", "listed_on \(listedOn) is before found_on \(foundOn) — use the day it was listed") }
        }
        if let delistedOn {
            if let listedOn {
                if delistedOn < listedOn { flag("delisted_on", "delisted_on \(delistedOn) is before listed_on \(listedOn) — use the day it was delisted") }
            } else {
                flag("delisted_on", "delisted_on needs listed_on — give the day it was listed, or clear delisted_on")
            }
            if status != .closed {
                flag("delisted_on", "a \(status.rawValue) hazard cannot be delisted — delist only closed hazards, or clear delisted_on")
            } else if let closedOn, delistedOn < closedOn {
                flag("delisted_on", "delisted_on \(delistedOn) is before closed_on \(closedOn) — a hazard is delisted after it is closed")
            }
        }
        return found
    }
}
