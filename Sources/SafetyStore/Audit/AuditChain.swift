import Crypto
import Foundation
import GRDB

/// The audit trail as a hash chain: each row's `hash` is the SHA-256 of the row before's hash
/// and the row's canonical text, so an edited, inserted, deleted or reordered row breaks every
/// link after it. `AuditEntry.append` is the one place a link is made.
enum AuditChain {
    /// The `prev_hash` of the first row.
    static let genesis = String(repeating: "0", count: 64)

    /// The fields a row's hash covers, in order.
    static let hashedColumns = ["at", "operator", "entity", "entity_id", "action", "before", "after", "note"]

    /// The row's fields as one unambiguous text: each value prefixed by its UTF-8 length (`~`
    /// for null), one per line, so no two different rows have the same text.
    static func canonicalText(_ values: [String?]) -> String {
        values.map { value in value.map { "\($0.utf8.count):\($0)" } ?? "~" }.joined(separator: "\n")
    }

    /// The link: SHA-256 of `previous`, a line feed, and the canonical text, as lower-case hex.
    static func hash(previous: String, values: [String?]) -> String {
        hex(SHA256.hash(data: Data((previous + "\n" + canonicalText(values)).utf8)))
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    /// The digest of rows in order — each row's canonical text and a line feed, through
    /// SHA-256 — that an import's audit row records and `audit verify` recomputes.
    struct RowsDigest {
        private var hasher = SHA256()

        mutating func add(_ values: [String?]) {
            add(canonicalText: AuditChain.canonicalText(values))
        }

        /// A row whose canonical text was made elsewhere (by the PostgreSQL server).
        mutating func add(canonicalText text: String) {
            hasher.update(data: Data((text + "\n").utf8))
        }

        /// The digest so far, as lower-case hex.
        var hex: String { AuditChain.hex(hasher.finalize()) }
    }

    /// The hash of the newest row, or the genesis value when the trail is empty.
    static func headHash(_ db: Database) throws -> String {
        try String.fetchOne(db, sql: "SELECT hash FROM audit ORDER BY id DESC LIMIT 1") ?? genesis
    }

    /// The values `hashedColumns` names, from a row of `audit`.
    static func values(of row: Row) -> [String?] {
        hashedColumns.map { row[$0] as String? }
    }

    /// Links the rows a database had before v14, oldest first (the migration's one pass).
    static func chainExistingRows(_ db: Database) throws {
        var previous = genesis
        let rows = try Row.fetchAll(db, sql: "SELECT id, \(hashedColumns.joined(separator: ", ")) FROM audit ORDER BY id")
        for row in rows {
            let hash = hash(previous: previous, values: values(of: row))
            try db.execute(sql: "UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?", arguments: [previous, hash, row["id"] as Int64])
            previous = hash
        }
    }

    /// The canonical text of the rows of `table` that an import wrote (rowids `first...last`,
    /// none when last < first; the whole table for one without rowids), in `columns`, hashed:
    /// what `audit verify` recomputes for records untouched since.
    static func digest(_ db: Database, table: String, columns: [String], rowids: (first: Int64, last: Int64)?) throws -> String {
        var digest = RowsDigest()
        let list = columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        let rows = if let rowids {
            try Row.fetchCursor(db, sql: "SELECT \(list) FROM \(table) WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
                                arguments: [rowids.first, rowids.last])
        } else {
            try Row.fetchCursor(db, sql: "SELECT \(list) FROM \(table) ORDER BY \(list)")
        }
        while let row = try rows.next() { digest.add(row.databaseValues.map(text)) }
        return digest.hex
    }

    /// A stored value as the canonical text writes it (integers and reals as SQLite prints them).
    static func text(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .null: nil
        case let .int64(int): String(int)
        case let .double(double): String(double)
        case let .string(string): string
        case let .blob(data): data.base64EncodedString()
        }
    }
}
