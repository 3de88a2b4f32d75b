import PostgresNIO

/// What the server (or the way to it) said went wrong, as text a user can act on. PostgresNIO's
/// own errors print only "Database error" (it keeps server details out of logs); this keeps the
/// server's message and SQLSTATE, which is what tells an officer "permission denied".
struct PostgresFailure: Error, CustomStringConvertible {
    var message: String
    /// The SQLSTATE code (e.g. `42501` insufficient privilege), when the server sent one.
    var sqlState: String?

    init(_ error: any Error) {
        if let failure = error as? PostgresFailure {
            self = failure
        } else if let error = error as? PSQLError {
            if let info = error.serverInfo {
                message = info[.message] ?? "\(error.code)"
                if let detail = info[.detail] { message += " (\(detail))" }
                sqlState = info[.sqlState]
            } else {
                message = "\(error.code)" + (error.underlying.map { ": \($0)" } ?? "")
                sqlState = nil
            }
        } else {
            message = "\(error)"
            sqlState = nil
        }
    }

    var description: String { message }
}
