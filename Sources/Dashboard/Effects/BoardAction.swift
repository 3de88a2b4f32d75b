/// An action addressed to one view: what the effect runner posts back to the input loop.
public enum BoardAction: Sendable, Equatable {
    case console(ConsoleAction)
    case counties(CountiesAction)
    case triage(TriageAction)
}
