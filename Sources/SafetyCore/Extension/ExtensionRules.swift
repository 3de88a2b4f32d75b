/// When a deadline extension may be asked for and decided. Pure: the store passes in the
/// hazard as it is now and its pending request.
///
/// - A request needs a hazard still to be rectified (open, assigned, rectifying) that has a
///   deadline, a day after that deadline, a reason, and no other request pending.
/// - A decision needs a pending request; approving it sets the deadline through
///   `HazardLifecycle` (`setDeadline`), refusing leaves the deadline as it is.
/// - A major hazard's extension needs a supervisor (``needsSupervisor(_:)``); who is one is the
///   store's to say, from the operator's role.
public enum ExtensionRules {
    /// Refuses a request that cannot be made.
    public static func checkRequest(_ hazard: Hazard, until: Day, reason: String, pending: DeadlineExtension?) throws(ExtensionRefusal) {
        let deadline = try checkStanding(hazard, pending: pending)
        guard until > deadline else { throw .notLater(hazard: hazard.id, until: until, deadline: deadline) }
        guard !reason.isBlank else { throw .blankReason(hazard: hazard.id) }
    }

    /// Refuses a request for this hazard whatever its day and reason (before a prompt asks for
    /// them); returns the deadline to extend.
    @discardableResult
    public static func checkStanding(_ hazard: Hazard, pending: DeadlineExtension?) throws(ExtensionRefusal) -> Day {
        guard HazardStatus.unrectified.contains(hazard.status) else { throw .notOpen(hazard: hazard.id, status: hazard.status) }
        guard let deadline = hazard.deadline else { throw .noDeadline(hazard: hazard.id) }
        if let pending { throw .alreadyPending(hazard: hazard.id, until: pending.until) }
        return deadline
    }

    /// The pending request a decision is about, or the refusal.
    public static func checkDecision(_ hazard: Hazard, pending: DeadlineExtension?) throws(ExtensionRefusal) -> DeadlineExtension {
        guard let pending else { throw .nonePending(hazard: hazard.id) }
        return pending
    }

    /// A major hazard's extension (重大事故隐患延期) is decided by a supervisor, not any officer.
    public static func needsSupervisor(_ hazard: Hazard) -> Bool {
        hazard.grade == .major
    }
}

/// Why a deadline extension was not recorded or decided; each message names the hazard and
/// what to do next.
public enum ExtensionRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    case notOpen(hazard: String, status: HazardStatus)
    case noDeadline(hazard: String)
    case notLater(hazard: String, until: Day, deadline: Day)
    case blankReason(hazard: String)
    case alreadyPending(hazard: String, until: Day)
    case nonePending(hazard: String)

    public var description: String {
        switch self {
        case let .notOpen(id, status):
            "cannot ask to extend \(id): it is \(status.rawValue) — only a hazard still to be rectified has a deadline to extend"
        case let .noDeadline(id):
            "cannot ask to extend \(id): it has no deadline yet — set one with the assignment"
        case let .notLater(id, until, deadline):
            "cannot ask to extend \(id) to \(until): that is not after its deadline (\(deadline)) — ask for a later day"
        case let .blankReason(id):
            "cannot ask to extend \(id) without a reason — say why the work needs longer"
        case let .alreadyPending(id, until):
            "cannot ask to extend \(id) again: a request to \(until) waits for a decision — approve or refuse it first"
        case let .nonePending(id):
            "no extension request of \(id) waits for a decision — the responsible unit asks first (e, or hazard extend)"
        }
    }
}
