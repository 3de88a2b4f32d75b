/// Evidence of a hazard or its rectification — a photo, a document — recorded by where the
/// file is, its SHA-256 and its size; the file itself stays where it is.
public struct Attachment: Hashable, Sendable, Codable {
    public var hazardId: String
    /// The file's absolute path when it was attached.
    public var path: String
    /// Lowercase hex SHA-256 of the file's bytes.
    public var sha256: String
    /// Bytes.
    public var size: Int64
    public var note: String?
    public var attachedBy: String
    /// ISO date-time.
    public var attachedAt: String

    public init(hazardId: String, path: String, sha256: String, size: Int64, note: String? = nil, attachedBy: String, attachedAt: String) {
        self.hazardId = hazardId
        self.path = path
        self.sha256 = sha256
        self.size = size
        self.note = note
        self.attachedBy = attachedBy
        self.attachedAt = attachedAt
    }
}

/// How an attached file compares with what was recorded, when it was last looked at.
public enum AttachmentState: String, Sendable, Hashable, Codable {
    /// Same SHA-256 as recorded.
    case intact
    /// The file is there but its bytes differ from what was attached.
    case changed
    /// No readable file at the path.
    case missing
}

/// An attachment with the state its file was found in.
public struct CheckedAttachment: Hashable, Sendable {
    public var attachment: Attachment
    public var state: AttachmentState

    public init(_ attachment: Attachment, state: AttachmentState) {
        self.attachment = attachment
        self.state = state
    }
}
