import Foundation
import Logging
import PostgresNIO
import SafetyCore

extension PostgreSQLStore: Importing {
    /// The SQLite import's contract on PostgreSQL: the same files, checks and errors
    /// (`ImportSession`), loaded through `COPY` (``PostgresImportStorage``), all files in one
    /// transaction, audited with each file's digest.
    public func importFiles(_ paths: [String], options: ImportOptions) throws -> ImportSummary {
        let files = try CSVImporter.files(paths)
        let total = files.reduce(0) { $0 + max(0, $1.input.lineFeeds - 1) }
        let rowsRead: (@Sendable (Int) -> Void)? = options.progress.map { report in { @Sendable done in report(done, total) } }
        return try write { db in
            try access.authorize(db, .importData)
            // Other writers wait while the import loads: its rowid ranges (the digests) and its
            // checks against stored keys hold only if no one else inserts meanwhile.
            try db.execute("LOCK TABLE jurisdiction, enterprise, hazard, training, inspection, county_fact, inspector IN SHARE ROW EXCLUSIVE MODE")
            var session = ImportSession(storage: PostgresImportStorage(db: db), today: options.today)
            session.progress = rowsRead
            let stamp = access.stamp(options.stamp)
            if options.update { session.updateStamp = stamp }
            var summary = ImportSummary(files: [])
            var written: [ImportDigest.Rows] = []
            // Each file's digest as its rows were sent, or nil to read it from the table.
            var sentDigests: [String?] = []
            for (input, header, kind) in files {
                if kind.loadOrder > 0 && session.places == nil {
                    session.places = JurisdictionIndex(try db.rows("SELECT * FROM jurisdiction").map(Jurisdiction.init(postgres:)))
                }
                let first = try Self.nextRowid(db, kind: kind)
                let loaded = try session.load(input, header: header, kind: kind)
                written.append(ImportDigest.Rows(kind: kind, first: first, last: try Self.nextRowid(db, kind: kind).map { $0 - 1 }))
                sentDigests.append(session.storage.fileDigest)
                summary.files.append(.init(path: input.path, kind: kind, rows: loaded, encoding: input.encoding, bulkLoaded: false,
                                           updated: session.updated, unchanged: session.unchanged))
                if session.issues.count >= ImportFailure.limit { break }
            }
            if !session.issues.isEmpty {
                throw ImportFailure(issues: Array(session.issues.prefix(ImportFailure.limit)),
                                    truncated: session.issues.count > ImportFailure.limit)
            }
            for ((file, rows), sent) in zip(zip(summary.files, written), sentDigests) {
                // Reading millions of rows back for their digest was a tenth of a large import.
                let digest = try sent ?? Self.digest(db, rows)
                try AuditEntry.append(db, entity: "import", id: file.path, action: "import", beforeText: nil,
                                      afterText: CSVImporter.auditText(file, update: options.update),
                                      note: ImportDigest.note(rows, digest: digest), stamp: stamp)
            }
            return summary
        }
    }

    /// One past the highest rowid of `kind`'s table; nil for the facts, digested whole (as
    /// SQLite's table without rowids). Rowids come from an identity column, so a file's rows
    /// lie between this before and after it, maybe above a gap a rolled-back insert left.
    static func nextRowid(_ db: PostgresSession, kind: ImportKind) throws -> Int64? {
        guard kind != .facts else { return nil }
        return Int64(try db.value(Int.self, "SELECT COALESCE(MAX(rowid), 0) + 1 FROM \(kind.table)") ?? 1)
    }

    /// `AuditChain.digest` on PostgreSQL: the canonical text of the file's rows, in rowid
    /// order, streamed through SHA-256.
    static func digest(_ db: PostgresSession, _ rows: ImportDigest.Rows) throws -> String {
        let columns = AuditedColumns.of(rows.kind).map { "\"\($0)\"" }
        let list = columns.joined(separator: ", ")
        let hasher = DigestBox()
        if let first = rows.first {
            // Each row's canonical text (`AuditChain.canonicalText`) made by the server, one
            // text per row: decoding every column of millions of rows was most of an import's
            // time. (Integers print alike in both; the facts, with their reals, go below.)
            let canonical = columns.map { "CASE WHEN \($0) IS NULL THEN '~' ELSE octet_length(\($0)::text) || ':' || \($0)::text END" }
                .joined(separator: " || E'\\n' || ")
            try db.forEachRow("SELECT \(canonical) FROM \(rows.kind.table) WHERE rowid BETWEEN $1 AND $2 ORDER BY rowid",
                              [Int(first), Int(rows.last ?? first - 1)]) { row in hasher.digest.add(canonicalText: try row.decode(String.self)) }
        } else {
            try db.forEachRow("SELECT \(list) FROM \(rows.kind.table) ORDER BY \(list)") { row in hasher.digest.add(try row.texts()) }
        }
        return hasher.digest.hex
    }
}

/// The rows' digest fed from the bridge's executor, one row after the other, read after the last.
private final class DigestBox: @unchecked Sendable {
    var digest = AuditChain.RowsDigest()
}
