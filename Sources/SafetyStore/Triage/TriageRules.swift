import Foundation
import SafetyCore

/// The decisions of a triage write, without the database: what an action makes of the record
/// as it is now, when a caller's read is too stale to act on, what an undo puts back and what
/// the audit row says. Both backends' writes (`HazardTriage`, `PostgreSQLStore+Triage`) read
/// the current record under their own lock and then ask these.
enum TriageRules {
    /// What `action` makes of `current`, the record as it is now: refused with
    /// ``TriageError/changed`` when `basis` is stale for it, ``TriageError/refused`` when the
    /// lifecycle does not allow it.
    static func next(_ action: HazardAction, basis: TriageBasis, current: TrackedHazard, today: Day) throws -> Hazard {
        try checkNotStale(basis, current: current, action: action, today: today)
        do throws(LifecycleRefusal) {
            return try HazardLifecycle.apply(action, to: current.hazard, today: today)
        } catch {
            throw TriageError.refused(error)
        }
    }

    /// What undoing `change` makes of `current`: the fields it changed put back, unless
    /// someone changed the hazard since (its revision moved).
    static func undone(_ change: HazardChange, current: TrackedHazard) throws -> Hazard {
        guard current.revision == change.revision else { throw changed(current) }
        var restored = current.hazard
        for field in change.before.changedFields(to: change.after) {
            field.copy(from: change.before, into: &restored)
        }
        return restored
    }

    /// Refuses when the record changed since the caller read it in a field this action
    /// changes (or, for a script that names a revision, at all).
    static func checkNotStale(_ basis: TriageBasis, current: TrackedHazard, action: HazardAction, today: Day) throws {
        let stale: Bool
        switch basis {
        case let .seen(seen):
            guard seen.revision != current.revision else { return }
            // What the action would have changed on the record as seen; when it was refused
            // there, any change counts, since the officer judged a record that is gone.
            let touched = (try? HazardLifecycle.apply(action, to: seen.hazard, today: today))
                .map { seen.hazard.changedFields(to: $0) } ?? HazardField.allCases
            stale = !Set(touched).isDisjoint(with: seen.hazard.changedFields(to: current.hazard))
        case let .id(_, expected):
            stale = expected.map { $0 != current.revision } ?? false
        }
        if stale { throw changed(current) }
    }

    /// The refusal for a hazard someone else changed, with the fresh record.
    static func changed(_ current: TrackedHazard) -> TriageError {
        .changed(hazard: current.hazard.id, by: current.updatedBy ?? "an import", at: current.updatedAt ?? "?", fresh: current)
    }

    /// The action's own text (a note or reason) and the caller's, joined.
    static func note(of action: HazardAction, extra: String?) -> String? {
        let own: String? = switch action {
        case let .markRectified(_, note): note
        case let .reopen(reason), let .regrade(_, reason): reason
        case let .comment(text): text
        case let .markDuplicate(original): "duplicate of \(original)"
        default: nil
        }
        let parts = [own, extra].compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " — ")
    }

    /// `{"status": "open", …}` of `fields`, for the audit trail.
    static func fields(_ fields: [HazardField], of hazard: Hazard) -> [String: String?] {
        Dictionary(uniqueKeysWithValues: fields.map { ($0.rawValue, $0.value(of: hazard)) })
    }

    /// The audit row's before and after of a write from `current` to `next`: nil when no field changed.
    static func auditFields(from current: Hazard, to next: Hazard) -> (before: [String: String?]?, after: [String: String?]?) {
        let changed = current.changedFields(to: next)
        return changed.isEmpty ? (nil, nil) : (fields(changed, of: current), fields(changed, of: next))
    }

    /// Refuses a new hazard that breaks the rules of a record, as an import row would be.
    static func checkNew(_ hazard: Hazard, today: Day) throws {
        let violations = hazard.violations(today: today)
        guard violations.isEmpty else { throw TriageError.invalid(hazard: hazard.id, violations: violations) }
    }
}
