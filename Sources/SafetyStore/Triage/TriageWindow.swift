public import SafetyCore

/// What the triage view reads at once: the size of the filtered list, a window of its rows,
/// and the selected hazard's enterprise and history.
public struct TriageWindow: Sendable, Equatable {
    /// Rows passing the filter.
    public var count = 0
    /// List position of `rows.first`.
    public var firstRow = 0
    public var rows: [TriageRow] = []
    /// The selected hazard's enterprise, when it was read.
    public var enterprise: Enterprise?
    /// The selected hazard's audit trail, oldest first.
    public var history: [AuditEntry] = []

    public init(count: Int = 0, firstRow: Int = 0, rows: [TriageRow] = [], enterprise: Enterprise? = nil, history: [AuditEntry] = []) {
        self.count = count
        self.firstRow = firstRow
        self.rows = rows
        self.enterprise = enterprise
        self.history = history
    }

    /// The row at list position `index`, when it is in the window read.
    public func row(at index: Int) -> TriageRow? {
        let local = index - firstRow
        return rows.indices.contains(local) ? rows[local] : nil
    }
}
