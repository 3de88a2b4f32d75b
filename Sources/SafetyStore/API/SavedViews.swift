/// Each operator's saved triage views (`V` in the triage view, `hazard list --view`), kept by
/// the login the store acts for: an operator reads, saves and deletes only their own.
///
/// Not audited: a view is how one officer likes to look at the list, it changes no record and
/// no one's authority (the roster is audited; this is not like it). Any operator on the roster
/// may keep views; one not on it is refused as for every read.
public protocol SavedViews: Sendable {
    /// The acting operator's views, by name in code point order (SQLite's binary collation; `COLLATE "C"` on PostgreSQL).
    func savedViews() throws -> [SavedView]
    /// Keeps `view` under its name, replacing the operator's view of that name;
    /// ``SavedViewError/badName(_:)`` for a name that cannot be one.
    @discardableResult
    func saveView(_ view: SavedView) throws -> SavedViewSave
    /// Deletes the operator's view `name`; ``SavedViewError/notFound(name:available:)`` when
    /// there is none.
    func deleteView(named name: String) throws
}

extension SavedViews {
    /// The operator's view `name`, or ``SavedViewError/notFound(name:available:)`` naming
    /// the views there are.
    public func savedView(named name: String) throws -> SavedView {
        let views = try savedViews()
        guard let view = views.first(where: { $0.name == name }) else {
            throw SavedViewError.notFound(name: name, available: views.map(\.name))
        }
        return view
    }
}
