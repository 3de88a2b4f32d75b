import GRDB

extension StoreError {
    /// What `error`, thrown while opening or migrating the database at `path`, means to the
    /// user: SQLite's word for a damaged file becomes `damaged`, anything else `cannotOpen`;
    /// either way the message names the path.
    init(opening path: String, _ error: any Error) {
        if let error = error as? StoreError {
            self = error
        } else if let error = error as? DatabaseError {
            let reason = error.message ?? "\(error.resultCode)"
            switch error.resultCode {
            // NOTADB past a valid header: the header's other fields or the first page are wrong.
            case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .damaged(path: path, reason: reason)
            default: self = .cannotOpen(path: path, reason: reason)
            }
        } else {
            self = .cannotOpen(path: path, reason: "\(error)")
        }
    }
}
