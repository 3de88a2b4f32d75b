public import SafetyCore

/// Inspection plans: what the planner draws from, saving a plan, recording a visit.
public protocol Scheduling: Sendable {
    /// A county's enterprises and inspectors roster, the planner's inputs.
    func planInputs(county: String) throws -> (enterprises: [Enterprise], roster: [Inspector])
    /// Stores `plan`'s inspections; returns how many were stored. ``PlanSaveError`` when an id is taken.
    func save(_ plan: InspectionPlan) throws -> Int
    /// Records inspection `id` as done on `day`, linking the hazards it found; audited.
    func recordInspection(_ id: String, doneOn day: Day, hazards: [String], stamp: AuditStamp, today: Day) throws
}
