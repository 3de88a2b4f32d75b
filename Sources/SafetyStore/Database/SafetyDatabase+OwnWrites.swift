import GRDB

extension SafetyDatabase {
    /// A consistent read (one read transaction) on the connection this store writes with.
    ///
    /// In WAL mode SQLite empties a connection's page cache when it sees that another
    /// connection has committed, and a pool's readers count the writer as another: after the
    /// officer's own write, a read on a reader starts from an empty cache (at the 3M province,
    /// about 2,000 page reads to read the triage window back). The writer's cache survives its
    /// own commits, so the view that writes reads where it writes. Another process's commit
    /// empties this cache too; nothing can keep that one.
    func readWhereWritten<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.writeWithoutTransaction { db in
            var result: Result<T, any Error> = .failure(CancellationError())
            try db.readOnly {
                try db.inTransaction(.deferred) {
                    result = Result { try body(db) }
                    return .commit
                }
            }
            return try result.get()
        }
    }

    /// `PRAGMA data_version` on the writer: it moves when any connection but the writer
    /// commits, so an unchanged value means every commit since was this store's own.
    func writerDataVersion() throws -> Int {
        try pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
    }
}
