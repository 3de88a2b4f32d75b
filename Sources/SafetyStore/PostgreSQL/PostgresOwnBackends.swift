import PostgresNIO
import Synchronization

/// The server processes (backend pids) of this store's own pooled connections: a change
/// notification names the backend that committed it, and one of these means this store's own
/// write (``ConsoleUpdate/changedElsewhere`` false), as SQLite's writer `data_version` tells.
///
/// A connection's pid is asked once, the first time the store leases it, so it is known
/// before the connection commits anything. A pid stays listed after the pool closes its
/// connection; the server could give it to another session later, which would then pass for
/// this store's own (a triage view would miss one re-read, not data: the snapshot is read anyway).
final class PostgresOwnBackends: Sendable {
    private let pids = Mutex<[PostgresConnection.ID: Int32]>([:])

    /// Notes the backend of `session`'s connection, asking the server the first time.
    func note(_ session: PostgresSession) throws {
        let id = session.connection.id
        guard pids.withLock({ $0[id] }) == nil else { return }
        let pid = try session.value(Int32.self, "SELECT pg_backend_pid()") ?? 0
        pids.withLock { $0[id] = pid }
    }

    func contains(_ pid: Int32) -> Bool {
        pids.withLock { $0.values.contains(pid) }
    }
}
