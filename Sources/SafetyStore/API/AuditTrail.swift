/// The tamper-evident audit trail: its head, its check, and its rows.
public protocol AuditTrail: Sendable {
    /// How many rows the trail has and the hash of the newest (what a bulletin publishes).
    func auditHead() throws -> AuditHead
    /// Walks the hash chain and replays it against the records (see ``AuditBreak``); with
    /// `published`, also checks that the chain still holds that head at its count.
    func verifyAudit(published: AuditHead.Published?) throws -> AuditVerification
    /// Rows of the trail that `filter` lets through, oldest first; narrowed to the hazards in
    /// the operator's scope unless it is the whole province.
    func auditLog(_ filter: AuditLogFilter) throws -> [AuditEntry]
}

/// The newest link of the chain.
public struct AuditHead: Sendable, Equatable, CustomStringConvertible {
    public var count: Int
    public var hash: String

    public init(count: Int, hash: String) {
        self.count = count
        self.hash = hash
    }

    /// `COUNT HASH`, as `audit head` prints it.
    public var description: String { "\(count) \(hash)" }

    /// A head published earlier (in a bulletin): its hash, and the count it was at when known.
    public struct Published: Sendable, Equatable {
        public var count: Int?
        public var hash: String

        /// `HASH` or `COUNT:HASH` (also `COUNT HASH`, as `audit head` prints it).
        public init?(_ text: String) {
            let parts = text.split(whereSeparator: { $0 == ":" || $0 == " " }).map(String.init)
            let hash = parts.last?.lowercased() ?? ""
            guard hash.count == 64, hash.allSatisfy(\.isHexDigit), parts.count <= 2 else { return nil }
            if parts.count == 2 {
                guard let count = Int(parts[0]) else { return nil }
                self.count = count
            } else {
                count = nil
            }
            self.hash = hash
        }
    }
}

/// What `audit verify` found.
public struct AuditVerification: Sendable, Equatable {
    public var head: AuditHead
    /// Hazards whose fields were replayed against the trail.
    public var hazardsReplayed: Int
    /// Hazards loaded by imports from before the chain existed (no digest to check them against).
    public var hazardsBeforeChain: Int
    /// The first break, or nil when the chain is whole and every record is what it left.
    public var failure: AuditBreak?

    public init(head: AuditHead, hazardsReplayed: Int, hazardsBeforeChain: Int, failure: AuditBreak?) {
        self.head = head
        self.hazardsReplayed = hazardsReplayed
        self.hazardsBeforeChain = hazardsBeforeChain
        self.failure = failure
    }
}

/// The first thing `audit verify` found wrong: each names the row or record.
public enum AuditBreak: Sendable, Equatable, CustomStringConvertible {
    /// The row's fields are not those its hash was made of.
    case edited(row: Int64)
    /// The row does not follow the one before it: rows were deleted before it (the ids jump).
    case deleted(row: Int64, after: Int64?)
    /// The row does not follow the one before it, and a later row does: rows were swapped.
    case reordered(row: Int64)
    /// The row does not follow the one before it: inserted, or a rewritten link.
    case inserted(row: Int64)
    /// The published head is not in the chain (rows removed from the tail, or the chain rewritten).
    case publishedHeadMissing(AuditHead.Published, now: AuditHead)
    /// A hazard's field differs from what its last audited change left.
    case hazardChanged(hazard: String, field: String, found: String?, expected: String?, row: Int64)
    /// Hazards an import wrote, not changed through the application since, differ from its digest.
    case importChanged(row: Int64, file: String, hazards: Int)
    /// A hazard no import and no `add` wrote.
    case hazardUnaudited(hazard: String)

    public var description: String {
        switch self {
        case let .edited(row): "audit row \(row) was edited: its fields no longer match its hash"
        case let .deleted(row, after):
            "audit rows were deleted: row \(row) does not follow \(after.map { "row \($0)" } ?? "the start of the chain")"
        case let .reordered(row): "audit row \(row) is out of order: rows were swapped or moved"
        case let .inserted(row): "audit row \(row) does not follow the row before it: it was inserted or its link rewritten"
        case let .publishedHeadMissing(published, now):
            "the published head \(published.count.map { "\($0):" } ?? "")\(published.hash) is not in the chain (now \(now.count) rows, head \(now.hash)): rows were removed from the end or the chain was rewritten"
        case let .hazardChanged(hazard, field, found, expected, row):
            "hazard \(hazard) was changed without an audit row: \(field) is \(found.map { "'\($0)'" } ?? "empty") but audit row \(row) left \(expected.map { "'\($0)'" } ?? "it empty")"
        case let .importChanged(row, file, hazards):
            "hazards written by the import of \(file) (audit row \(row), \(hazards) hazards) were changed without an audit row: they no longer match its digest"
        case let .hazardUnaudited(hazard): "hazard \(hazard) has no audit row that wrote it (no import, no add): it was inserted around the application"
        }
    }
}

/// Which audit rows `audit log` shows.
public struct AuditLogFilter: Sendable, Equatable {
    public var hazard: String?
    public var operatorLogin: String?
    /// Rows at or after this ISO date (or date-time).
    public var since: String?

    public init(hazard: String? = nil, operatorLogin: String? = nil, since: String? = nil) {
        self.hazard = hazard
        self.operatorLogin = operatorLogin
        self.since = since
    }
}
