import Foundation
import GRDB

/// What an import's audit row says it wrote: the kind, the rowids of its rows and the digest
/// of their contract columns (`AuditChain.digest`), so `audit verify` can tell a record
/// changed since without an audit row.
enum ImportDigest {
    /// The rows one file wrote: rowids `first...last` (nil for a table without rowids, whose
    /// digest covers the whole table).
    struct Rows {
        var kind: ImportKind
        var first: Int64?
        var last: Int64?
    }

    /// The rowid the next row of `kind`'s table gets; nil for a table without rowids.
    static func nextRowid(_ db: Database, kind: ImportKind) throws -> Int64? {
        guard kind != .facts else { return nil }
        return (try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(rowid), 0) + 1 FROM \(kind.table)") ?? 1)
    }

    /// The audit row's note: `{"digest": HEX, "kind": KIND, "rowids": [FIRST, LAST]}` (keys sorted).
    static func note(_ db: Database, _ rows: Rows) throws -> String {
        note(rows, digest: try AuditChain.digest(db, table: rows.kind.table, columns: AuditedColumns.of(rows.kind),
                                                 rowids: rows.first.map { ($0, rows.last ?? $0 - 1) }))
    }

    /// The note of `rows` with their `digest` (both backends).
    static func note(_ rows: Rows, digest: String) -> String {
        var object: [String: Any] = ["digest": digest, "kind": rows.kind.rawValue]
        if let first = rows.first, let last = rows.last { object["rowids"] = [first, last] }
        // A dictionary of strings and integers always serializes.
        return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }
}
