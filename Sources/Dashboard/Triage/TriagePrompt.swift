public import SafetyCore
public import TerminalUI

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
        /// The day an extension asks for, then its reason.
        case extensionUntil
        case extensionReason(until: Day)
        /// "y" or "n" and a note: the decision on the pending extension to `until`.
        case extensionDecision(until: Day)
        case filter
        case search
        /// The name to keep the filter, order and columns under (a saved view).
        case savedViewName
    }

    /// What Enter confirms.
    public enum Confirmation: Sendable, Equatable {
        case close
        case list
        case delist
        case merge(into: String)
    }

    case text(Purpose, field: TextField)
    case confirm(Confirmation)

    /// A text prompt holding `input`, with the cursor at its end.
    public static func text(_ purpose: Purpose, input: String) -> TriagePrompt {
        .text(purpose, field: TextField(input))
    }

    /// The typed text so far ("" for a confirmation).
    public var input: String {
        if case let .text(_, field) = self { return field.text }
        return ""
    }
}
