/// The full-screen views the officer switches between with `1`, `2` and `3`.
public enum BoardViewKind: Sendable, Hashable, CaseIterable {
    /// The duty officer's four panels.
    case console
    /// The supervisor's county pages and ranking.
    case counties
    /// The triage officer's hazard list.
    case triage
}
