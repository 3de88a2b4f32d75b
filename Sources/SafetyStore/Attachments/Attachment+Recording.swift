import Foundation
import SafetyCore

/// What both backends do with an attachment's file, outside their transactions: read it when
/// it is attached, compare it again when it is read back.
extension Attachment {
    /// The attachment of the file at `path` (made absolute) to hazard `id`, its digest read
    /// now; ``AttachmentError`` when there is no readable file there.
    static func recording(_ id: String, file path: String, note: String?, stamp: AuditStamp) throws -> Attachment {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        guard let digest = FileDigest.of(absolute) else {
            throw AttachmentError(path: absolute, reason: "there is no readable file there")
        }
        let note = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        return Attachment(hazardId: id, path: absolute, sha256: digest.sha256, size: digest.size,
                          note: note?.isEmpty == false ? note : nil, attachedBy: stamp.operatorName, attachedAt: stamp.at)
    }

    /// What the `attach` audit row records.
    var auditFields: [String: String?] {
        ["path": path, "sha256": sha256, "size": String(size)]
    }

    /// This attachment with the state its file is in now.
    var checked: CheckedAttachment {
        let state: AttachmentState = switch FileDigest.of(path) {
        case nil: .missing
        case let digest? where digest.sha256 == sha256 && digest.size == size: .intact
        case _?: .changed
        }
        return CheckedAttachment(self, state: state)
    }
}
