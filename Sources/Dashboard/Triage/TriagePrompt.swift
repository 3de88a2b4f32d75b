public import SafetyCore

/// A question the triage view is asking on its bottom line: text to type, or Enter to confirm.
public enum TriagePrompt: Sendable, Equatable {
    /// What the typed text is for.
    public enum Purpose: Sendable, Equatable {
        case responsible
        /// The deadline of an assignment to `responsible` (the hazard has none yet).
        case assignDeadline(responsible: String)
        case deadline
        case rectifiedNote
        case reopenReason
        case regradeReason(to: HazardGrade)
        case comment
        case filter
        case search
    }

    /// What Enter confirms.
    public enum Confirmation: Sendable, Equatable {
        case close
        case list
        case delist
        case merge(into: String)
    }

    case text(Purpose, input: String)
    case confirm(Confirmation)

    /// The typed text so far ("" for a confirmation).
    public var input: String {
        if case let .text(_, input) = self { return input }
        return ""
    }
}
