import Foundation
import GRDB
public import SafetyCore

extension Attachment: FetchedRow {
    /// A row of `hazard_attachment` (v15).
    init(row: Row) throws {
        let id: String = try row.required("hazard_id", table: "hazard_attachment", id: "?")
        func req<T: DatabaseValueConvertible>(_ c: String) throws -> T { try row.required(c, table: "hazard_attachment", id: id) }
        func opt<T: DatabaseValueConvertible>(_ c: String) throws -> T? { try row.optional(c, table: "hazard_attachment", id: id) }
        self.init(hazardId: id, path: try req("path"), sha256: try req("sha256"), size: try req("size"), note: try opt("note"),
                  attachedBy: try req("attached_by"), attachedAt: try req("attached_at"))
    }
}

extension SafetyDatabase: HazardAttachments {
    @discardableResult
    public func attach(_ id: String, file path: String, note: String?, stamp: AuditStamp) throws -> Attachment {
        // The file is read before the write transaction, so a large file holds no lock.
        let stamp = access.stamp(stamp)
        let attachment = try Attachment.recording(id, file: path, note: note, stamp: stamp)
        try pool.write { db in
            guard try Hazard.exists(db, key: id) else { throw TriageError.notFound(hazard: id) }
            try access.authorize(db, .triage, hazard: id)
            try db.execute(sql: """
                INSERT INTO hazard_attachment (hazard_id, path, sha256, size, note, attached_by, attached_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, attachment.path, attachment.sha256, attachment.size, attachment.note, stamp.operatorName, stamp.at])
            try AuditEntry.append(db, entity: "hazard", id: id, action: "attach", before: nil, after: attachment.auditFields,
                                  note: attachment.note, stamp: stamp)
        }
        return attachment
    }

    public func attachments(of id: String) throws -> [CheckedAttachment] {
        let recorded = try pool.read { db in
            try access.authorize(db, .see, hazard: id)
            return try Attachment.fetchAll(db, sql: "SELECT * FROM hazard_attachment WHERE hazard_id = ? ORDER BY id", arguments: [id])
        }
        // Files are read outside the read transaction: the store's snapshot does not wait on the disk.
        return recorded.map(\.checked)
    }
}
