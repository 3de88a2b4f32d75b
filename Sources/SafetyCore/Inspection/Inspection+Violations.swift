extension Inspection {
    /// Every rule this record breaks, as it would arrive from `inspections.csv`: id non-blank,
    /// hazards_found ≥ 0, inspectors ≥ 0, at least one of planned_on and done_on, done_on not
    /// after `today` (planned_on may be in the future: that is what a plan is).
    public func violations(today: Day) -> [RuleViolation] {
        var found: [RuleViolation] = []
        func flag(_ field: String, _ message: String) { found.append(RuleViolation(field: field, message: message)) }
        if id.isBlank { flag("id", "id is empty — give every inspection an id") }
        if hazardsFound < 0 { flag("hazards_found", "hazards_found is \(hazardsFound) — write 0 or a positive count") }
        if inspectors < 0 { flag("inspectors", "inspectors is \(inspectors) — write 0 or a positive count") }
        if plannedOn == nil && doneOn == nil {
            flag("planned_on", "neither planned_on nor done_on is given — give the planned day, the day it was done, or both")
        }
        if let doneOn, doneOn > today { flag("done_on", "done_on \(doneOn) is after today (\(today)) — use planned_on for a future inspection") }
        return found
    }
}
