import Foundation
import SafetyCore
import SafetyStore

/// A hazard as JSON: the CSV column names as keys, empty optional fields as null.
struct HazardDocument: Encodable {
    let hazard: Hazard
    var history: [AuditEntry]?
    /// The revision a script passes back with `hazard update --if-revision`; nil leaves it out.
    var revision: Int?
    /// Its deadline extension requests (`hazard show`), oldest first; nil leaves the key out.
    var extensions: [DeadlineExtension]?
    /// Its evidence files with the state each is in now (`hazard show`); nil leaves the key out.
    var attachments: [CheckedAttachment]?

    enum Keys: String, CodingKey {
        case id, enterprise_id, county, found_on, source, grade, description, status, responsible, deadline,
             rectified_on, closed_on, listed_on, delisted_on, reward_yuan, duplicate_of, overdue, revision, history, extensions, attachments
    }

    /// Whether it is overdue on the as-of day; nil leaves the key out.
    var overdueAsOf: Day?

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        let h = hazard
        try c.encode(h.id, forKey: .id)
        try c.encode(h.enterpriseId, forKey: .enterprise_id)
        try c.encode(h.county, forKey: .county)
        try c.encode(h.foundOn, forKey: .found_on)
        try c.encode(h.source.rawValue, forKey: .source)
        try c.encode(h.grade.rawValue, forKey: .grade)
        try c.encode(h.description, forKey: .description)
        try c.encode(h.status.rawValue, forKey: .status)
        try c.encode(h.responsible, forKey: .responsible)
        try c.encode(h.deadline, forKey: .deadline)
        try c.encode(h.rectifiedOn, forKey: .rectified_on)
        try c.encode(h.closedOn, forKey: .closed_on)
        try c.encode(h.listedOn, forKey: .listed_on)
        try c.encode(h.delistedOn, forKey: .delisted_on)
        try c.encode(h.rewardYuan, forKey: .reward_yuan)
        try c.encode(h.duplicateOf, forKey: .duplicate_of)
        if let overdueAsOf { try c.encode(h.isOverdue(asOf: overdueAsOf), forKey: .overdue) }
        if let revision { try c.encode(revision, forKey: .revision) }
        if let history { try c.encode(history.map(AuditDocument.init), forKey: .history) }
        if let extensions { try c.encode(extensions.map(ExtensionDocument.init), forKey: .extensions) }
        if let attachments { try c.encode(attachments.map(AttachmentDocument.init), forKey: .attachments) }
    }
}

/// One extension request: `{"until", "reason", "requested_by", "requested_at", "decision", "decided_by", "decided_at", "note"}`,
/// `decision` null while it is pending.
struct ExtensionDocument: Encodable {
    let until: String
    let reason: String
    let requested_by: String
    let requested_at: String
    let decision: String?
    let decided_by: String?
    let decided_at: String?
    let note: String?

    init(_ e: DeadlineExtension) {
        until = e.until.iso
        reason = e.reason
        requested_by = e.requestedBy
        requested_at = e.requestedAt
        decision = e.decision?.rawValue
        decided_by = e.decidedBy
        decided_at = e.decidedAt
        note = e.note
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(until, forKey: .until)
        try c.encode(reason, forKey: .reason)
        try c.encode(requested_by, forKey: .requested_by)
        try c.encode(requested_at, forKey: .requested_at)
        try c.encode(decision, forKey: .decision)
        try c.encode(decided_by, forKey: .decided_by)
        try c.encode(decided_at, forKey: .decided_at)
        try c.encode(note, forKey: .note)
    }

    enum Keys: String, CodingKey { case until, reason, requested_by, requested_at, decision, decided_by, decided_at, note }
}

/// One attachment: `{"path", "sha256", "size", "note", "attached_by", "attached_at", "state"}`;
/// `state` is `intact`, `changed` (the file's bytes differ from what was attached) or `missing`.
struct AttachmentDocument: Encodable {
    let path: String
    let sha256: String
    let size: Int64
    let note: String?
    let attached_by: String
    let attached_at: String
    let state: String

    init(_ checked: CheckedAttachment) {
        let a = checked.attachment
        path = a.path
        sha256 = a.sha256
        size = a.size
        note = a.note
        attached_by = a.attachedBy
        attached_at = a.attachedAt
        state = checked.state.rawValue
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(path, forKey: .path)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(size, forKey: .size)
        try c.encode(note, forKey: .note)
        try c.encode(attached_by, forKey: .attached_by)
        try c.encode(attached_at, forKey: .attached_at)
        try c.encode(state, forKey: .state)
    }

    enum Keys: String, CodingKey { case path, sha256, size, note, attached_by, attached_at, state }
}

/// An attachment on one line of text: "attachment PATH sha256 HASH 1,234 B" and, when the file
/// is not as attached, "CHANGED" or "MISSING".
enum AttachmentLine {
    static func text(_ checked: CheckedAttachment) -> String {
        let a = checked.attachment
        let flag = switch checked.state {
        case .intact: ""
        case .changed: " CHANGED: the file's SHA-256 differs from the one attached"
        case .missing: " MISSING: no file at this path"
        }
        return "attachment \(a.path) sha256 \(a.sha256) \(a.size) B" + (a.note.map { " — \($0)" } ?? "") + flag
    }
}

/// One history entry: `{"at", "operator", "action", "before", "after", "note"}`; `before`
/// and `after` are objects of the changed fields (column names as keys), or null.
struct AuditDocument: Encodable {
    let at: String
    let `operator`: String
    let action: String
    let before: [String: String?]?
    let after: [String: String?]?
    let note: String?

    init(_ entry: AuditEntry) {
        at = entry.at
        self.operator = entry.operatorName
        action = entry.action
        before = Self.fields(entry.before)
        after = Self.fields(entry.after)
        note = entry.note
    }

    /// The stored JSON object; an entry written by hand that is not one is kept as its text.
    private static func fields(_ json: String?) -> [String: String?]? {
        guard let json else { return nil }
        return (try? JSONDecoder().decode([String: String?].self, from: Data(json.utf8))) ?? ["text": json]
    }

    enum CodingKeys: String, CodingKey { case at, `operator`, action, before, after, note }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(at, forKey: .at)
        try c.encode(self.operator, forKey: .operator)
        try c.encode(action, forKey: .action)
        try c.encode(before, forKey: .before)
        try c.encode(after, forKey: .after)
        try c.encode(note, forKey: .note)
    }
}

/// An enterprise as JSON, with the CSV column names as keys; its file (`enterprise show`)
/// adds `hazards` and `inspections`, each with their CSV column names.
struct EnterpriseDocument: Encodable {
    let enterprise: Enterprise
    var hazards: [Hazard]?
    var inspections: [Inspection]?

    init(_ enterprise: Enterprise) {
        self.enterprise = enterprise
    }

    init(file: EnterpriseFile) {
        enterprise = file.enterprise
        hazards = file.hazards
        inspections = file.inspections
    }

    enum Keys: String, CodingKey {
        case id, name, county, town, industry, scale, key_supervised, risk_level, risk_assessed_on,
             reward_mechanism, platform_registered, hazards, inspections
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        let e = enterprise
        try c.encode(e.id, forKey: .id)
        try c.encode(e.name, forKey: .name)
        try c.encode(e.county, forKey: .county)
        try c.encode(e.town, forKey: .town)
        try c.encode(e.industry, forKey: .industry)
        try c.encode(e.scale.rawValue, forKey: .scale)
        try c.encode(e.keySupervised, forKey: .key_supervised)
        try c.encode(e.riskLevel?.rawValue, forKey: .risk_level)
        try c.encode(e.riskAssessedOn, forKey: .risk_assessed_on)
        try c.encode(e.rewardMechanism, forKey: .reward_mechanism)
        try c.encode(e.platformRegistered, forKey: .platform_registered)
        if let hazards { try c.encode(hazards.map { HazardDocument(hazard: $0) }, forKey: .hazards) }
        if let inspections { try c.encode(inspections.map(InspectionDocument.init), forKey: .inspections) }
    }
}

/// An inspection as JSON, with the CSV column names as keys.
struct InspectionDocument: Encodable {
    let inspection: Inspection

    enum Keys: String, CodingKey {
        case id, county, enterprise_id, kind, planned_on, done_on, team, hazards_found, inspectors
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        let i = inspection
        try c.encode(i.id, forKey: .id)
        try c.encode(i.county, forKey: .county)
        try c.encode(i.enterpriseId, forKey: .enterprise_id)
        try c.encode(i.kind.rawValue, forKey: .kind)
        try c.encode(i.plannedOn, forKey: .planned_on)
        try c.encode(i.doneOn, forKey: .done_on)
        try c.encode(i.team, forKey: .team)
        try c.encode(i.hazardsFound, forKey: .hazards_found)
        try c.encode(i.inspectors, forKey: .inspectors)
    }
}
