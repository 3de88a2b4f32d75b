/// What went wrong in the store, with what to do next.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// A row in the database holds a value the program cannot read (edited by hand?).
    case corruptValue(table: String, id: String, column: String, value: String)
    /// No record with this id.
    case notFound(kind: String, id: String)
    /// The database file could not be opened or created.
    case cannotOpen(path: String, reason: String)

    public var description: String {
        switch self {
        case let .corruptValue(table, id, column, value):
            "\(table) \(id): column \(column) holds '\(value)', which is not valid — fix the row or re-import it"
        case let .notFound(kind, id):
            "no \(kind) with id \(id) — check the id (`safetyboard \(kind) list`)"
        case let .cannotOpen(path, reason):
            "cannot open database \(path): \(reason) — check the path and its permissions, or pass --db"
        }
    }
}
