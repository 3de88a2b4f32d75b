import Foundation
import PostgresNIO
public import SafetyCore

extension PostgreSQLStore: HazardAttachments {
    @discardableResult
    public func attach(_ id: String, file path: String, note: String?, stamp: AuditStamp) throws -> Attachment {
        // The file is read before the write transaction, so a large file holds no lock.
        let attachment = try Attachment.recording(id, file: path, note: note, stamp: access.stamp(stamp))
        try write { db in
            guard try db.row("SELECT 1 FROM hazard WHERE id = $1", [id]) != nil else { throw TriageError.notFound(hazard: id) }
            try access.authorize(db, .triage, hazard: id)
            try db.execute("""
                INSERT INTO hazard_attachment (hazard_id, path, sha256, size, note, attached_by, attached_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                """, [id, attachment.path, attachment.sha256, Int(attachment.size), attachment.note, attachment.attachedBy,
                      attachment.attachedAt])
            try AuditEntry.append(db, entity: "hazard", id: id, action: "attach", before: nil, after: attachment.auditFields,
                                  note: attachment.note, stamp: access.stamp(stamp))
        }
        return attachment
    }

    public func attachments(of id: String) throws -> [CheckedAttachment] {
        let recorded = try read { db in
            try access.authorize(db, .see, hazard: id)
            return try db.rows("SELECT * FROM hazard_attachment WHERE hazard_id = $1 ORDER BY id", [id]).map(Attachment.init(postgres:))
        }
        // Files are read outside the read transaction: the snapshot does not wait on the disk.
        return recorded.map(\.checked)
    }
}

extension Attachment {
    /// A row of `hazard_attachment`.
    init(postgres row: PostgresRow) throws {
        let r = try PostgresRecordRow(row, table: "hazard_attachment", key: "hazard_id")
        self.init(hazardId: r.id, path: try r.text("path"), sha256: try r.text("sha256"), size: Int64(try r.int("size")),
                  note: try r.optionalText("note"), attachedBy: try r.text("attached_by"), attachedAt: try r.text("attached_at"))
    }
}
