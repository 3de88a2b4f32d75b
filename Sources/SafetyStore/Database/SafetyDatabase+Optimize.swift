import Foundation
import GRDB
import SafetyCore

extension SafetyDatabase {
    public func optimize(vacuum: Bool) throws -> OptimizeReport {
        _ = try pool.read { db in try access.authorize(db, .rules) }
        let before = fileBytes()
        // ANALYZE reads every index once; the statistics land in sqlite_stat1, which every
        // connection opened afterwards plans with.
        let analyzed = try pool.write { db -> Int in
            try db.execute(sql: "ANALYZE")
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_stat1") ?? 0
        }
        if vacuum {
            // VACUUM cannot run inside a transaction; it copies the file, so it needs as much
            // free disk again. The checkpoint afterwards leaves the rewritten pages in the file.
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM")
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        }
        return OptimizeReport(analyzed: analyzed, vacuumed: vacuum, bytesBefore: before, bytesAfter: fileBytes())
    }

    /// The database file's and its WAL's bytes on disk.
    private func fileBytes() -> Int64 {
        [path, path + "-wal"].reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.int64Value ?? 0)
        }
    }
}
