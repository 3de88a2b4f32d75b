public import SafetyCore

/// Why a triage write changed nothing, with what to do next.
public enum TriageError: Error, Equatable, CustomStringConvertible {
    /// The lifecycle does not allow the action.
    case refused(LifecycleRefusal)
    /// Someone else changed the fields this action touches since the record was read; the
    /// fresh record comes with the error so the screen can show it.
    case changed(hazard: String, by: String, at: String, fresh: TrackedHazard)
    /// No hazard with this id.
    case notFound(hazard: String)
    /// A new hazard breaks the rules of a record.
    case invalid(hazard: String, violations: [RuleViolation])
    /// A new hazard names an enterprise the database does not have.
    case unknownEnterprise(hazard: String, enterpriseId: String)
    /// A new hazard reuses an id.
    case duplicateId(hazard: String)
    /// Nothing to undo.
    case nothingToUndo

    public var description: String {
        switch self {
        case let .refused(refusal):
            refusal.description
        case let .changed(hazard, by, at, _):
            "\(hazard) was changed by \(by) at \(at) — reloaded; look at it again and repeat the action if it is still right"
        case let .notFound(hazard):
            "no hazard with id \(hazard) — check the id (`safetyboard hazard list`)"
        case let .invalid(hazard, violations):
            "hazard \(hazard): " + violations.map { "\($0.field): \($0.message)" }.joined(separator: "; ")
        case let .unknownEnterprise(hazard, enterpriseId):
            "hazard \(hazard): no enterprise with id \(enterpriseId) — import it first or correct the id"
        case let .duplicateId(hazard):
            "a hazard with id \(hazard) already exists — choose another id"
        case .nothingToUndo:
            "nothing to undo in this session"
        }
    }
}
