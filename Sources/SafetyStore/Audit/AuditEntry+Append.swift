import Foundation
import GRDB

extension AuditEntry {
    /// Appends one row to the audit trail; `before` and `after` are stored as JSON objects of
    /// the changed fields (keys sorted, empty values as null).
    static func append(_ db: Database, entity: String, id: String, action: String, before: [String: String?]?,
                       after: [String: String?]?, note: String?, stamp: AuditStamp) throws {
        try append(db, entity: entity, id: id, action: action, beforeText: try json(before), afterText: try json(after),
                   note: note, stamp: stamp)
    }

    /// Appends one row to the audit trail with `before` and `after` as given (an import's
    /// "what was loaded"): the one statement that writes to it, and so the one place the
    /// hash chain is extended (`AuditChain`).
    static func append(_ db: Database, entity: String, id: String, action: String, beforeText: String?,
                       afterText: String?, note: String?, stamp: AuditStamp) throws {
        let previous = try AuditChain.headHash(db)
        let hash = AuditChain.hash(previous: previous,
                                   values: [stamp.at, stamp.operatorName, entity, id, action, beforeText, afterText, note])
        try db.execute(sql: """
            INSERT INTO audit (at, operator, entity, entity_id, action, before, after, note, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [stamp.at, stamp.operatorName, entity, id, action, beforeText, afterText, note, previous, hash])
    }

    static func json(_ fields: [String: String?]?) throws -> String? {
        guard let fields else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(fields), as: UTF8.self)
    }
}
