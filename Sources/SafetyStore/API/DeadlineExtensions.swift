public import SafetyCore

/// Deadline extensions (延期申请): the responsible unit's request for a later deadline and an
/// officer's decision. Each write is audited on the hazard's trail in the same transaction;
/// refusals are ``ExtensionRefusal`` (or ``TriageError/notFound(hazard:)``).
public protocol DeadlineExtensions: Sendable {
    /// Records a request to move hazard `id`'s deadline to `until`, for `reason`; audited as
    /// `extension_request`.
    @discardableResult
    func requestExtension(_ id: String, until: Day, reason: String, stamp: AuditStamp, today: Day) throws -> DeadlineExtension
    /// Approves or refuses the pending request of hazard `id`; approval sets the deadline
    /// (audited as `set_deadline`), the decision is audited as `extension_approve` or
    /// `extension_refuse`. Returns the decided request and, on approval, the deadline's change.
    @discardableResult
    func decideExtension(_ id: String, approve: Bool, note: String?, stamp: AuditStamp, today: Day) throws
        -> (request: DeadlineExtension, change: HazardChange?)
    /// Every request of hazard `id`, oldest first.
    func extensions(of id: String) throws -> [DeadlineExtension]
}
