public import SafetyCore

/// Evidence files of a hazard, recorded by path, SHA-256 and size — the file is not copied
/// into the store — and compared with the file again whenever they are read.
public protocol HazardAttachments: Sendable {
    /// Reads the file at `path` (made absolute), records it for hazard `id`; audited as
    /// `attach`. ``AttachmentError`` when the file cannot be read, ``TriageError/notFound(hazard:)``
    /// for an unknown hazard.
    @discardableResult
    func attach(_ id: String, file path: String, note: String?, stamp: AuditStamp) throws -> Attachment
    /// The attachments of hazard `id`, oldest first, each with the state its file is in now.
    func attachments(of id: String) throws -> [CheckedAttachment]
}

/// Why a file could not be attached.
public struct AttachmentError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot attach \(path): \(reason) — give the path of a readable file" }
}
