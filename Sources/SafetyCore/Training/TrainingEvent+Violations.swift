extension TrainingEvent {
    /// Every rule this record breaks, as it would arrive from `trainings.csv`: id non-blank,
    /// sessions ≥ 1 (a row records something that was held), person_times ≥ 0,
    /// materials ≥ 0, held_on not after `today`.
    public func violations(today: Day) -> [RuleViolation] {
        var found: [RuleViolation] = []
        func flag(_ field: String, _ message: String) { found.append(RuleViolation(field: field, message: message)) }
        if id.isBlank { flag("id", "id is empty — give every training event an id") }
        if sessions < 1 { flag("sessions", "sessions is \(sessions) — a row records at least 1 session held") }
        if personTimes < 0 { flag("person_times", "person_times is \(personTimes) — write 0 or a positive count") }
        if materials < 0 { flag("materials", "materials is \(materials) — write 0 or a positive count") }
        if heldOn > today { flag("held_on", "held_on \(heldOn) is after today (\(today)) — record events once they are held") }
        return found
    }
}
