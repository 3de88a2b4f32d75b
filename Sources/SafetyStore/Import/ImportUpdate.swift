import GRDB
import SafetyCore

/// `import --update`: a row whose id is already stored is a change of that record from
/// upstream (a county system's export of the same records). A hazard's triage fields change
/// only by steps of the lifecycle (``HazardLifecycle/steps(from:to:today:reason:)``); an
/// enterprise or inspection row is taken as it is, after the same checks as a new row. Each
/// change is audited as `import` with the changed columns before and after; a row equal to
/// the stored record is left alone.
enum ImportUpdate {
    /// What the row did to the stored record.
    enum Outcome {
        case updated, unchanged
    }

    /// The kinds whose existing ids `--update` takes as changes; the others keep refusing them.
    static let kinds: Set<ImportKind> = [.enterprises, .hazards, .inspections]

    /// Applies `record`, whose id is stored, as a change; an issue on the row when it cannot be.
    static func apply(_ db: Database, _ record: ImportRecord, reader: FieldReader, today: Day, stamp: AuditStamp) throws -> Outcome {
        switch record {
        case .hazard(let target):
            let current = try TrackedHazard.find(db, id: target.id)
            guard let (next, note) = try hazard(target, over: current.hazard, reader: reader, today: today) else { return .unchanged }
            try write(db, table: "hazard", id: target.id, from: current.hazard, to: next, stamp: stamp, note: note)
            try db.execute(sql: "UPDATE hazard SET revision = revision + 1, updated_by = ?, updated_at = ? WHERE id = ?",
                           arguments: [stamp.operatorName, stamp.at, target.id])
            return .updated
        case .enterprise(let target):
            guard let current = try Enterprise.fetchOne(db, key: target.id),
                  let next = try enterprise(target, over: current, reader: reader) else { return .unchanged }
            try write(db, table: "enterprise", id: target.id, from: current, to: next, stamp: stamp, note: nil)
            return .updated
        case .inspection(let target):
            guard let current = try Inspection.fetchOne(db, key: target.id), target != current else { return .unchanged }
            try write(db, table: "inspection", id: target.id, from: current, to: target, stamp: stamp, note: nil)
            return .updated
        default:
            preconditionFailure("only \(kinds) are updated")
        }
    }

    /// The hazard to write over `current` for the row `target`, and the lifecycle steps it took
    /// as the audit note; nil when the row equals the stored hazard. Both backends decide here.
    static func hazard(_ target: Hazard, over current: Hazard, reader: FieldReader, today: Day) throws -> (Hazard, note: String?)? {
        var target = target
        target.duplicateOf = current.duplicateOf
        for (column, stored, given) in [("enterprise_id", current.enterpriseId, target.enterpriseId),
                                        ("county", current.county, target.county),
                                        ("found_on", current.foundOn.iso, target.foundOn.iso)] where stored != given {
            throw reader.issue(column, "is '\(given)' but hazard \(target.id) has '\(stored)', which an update cannot change — correct the row, or report a new hazard")
        }
        let steps: [HazardAction]
        do throws(LifecycleRefusal) {
            steps = try HazardLifecycle.steps(from: current, to: target, today: today, reason: "import")
        } catch {
            throw reader.issue(Self.column(of: error), error.message)
        }
        guard target != current else { return nil }
        return (target, steps.isEmpty ? nil : steps.map(\.kind.rawValue).joined(separator: ", "))
    }

    /// The enterprise to write over `current`; nil when the row equals it.
    static func enterprise(_ target: Enterprise, over current: Enterprise, reader: FieldReader) throws -> Enterprise? {
        guard current.county == target.county else {
            throw reader.issue("county", "is '\(target.county)' but enterprise \(target.id) is in '\(current.county)', which an update cannot change — its hazards and inspections are that county's")
        }
        return target == current ? nil : target
    }

    /// Writes `next` over `current` and its audit row: the columns that differ, before and after.
    private static func write<Record: StoredRecord>(_ db: Database, table: String, id: String, from current: Record, to next: Record,
                                                    stamp: AuditStamp, note: String?) throws {
        let before = try current.databaseDictionary, after = try next.databaseDictionary
        let changed = after.keys.filter { before[$0] != after[$0] }
        func text(_ values: [String: DatabaseValue]) -> [String: String?] {
            Dictionary(uniqueKeysWithValues: changed.map { column in
                (column, values[column].flatMap { $0.isNull ? nil : String.fromDatabaseValue($0) ?? $0.description })
            })
        }
        try next.update(db)
        try AuditEntry.append(db, entity: table, id: id, action: "import", before: text(before), after: text(after),
                              note: note, stamp: stamp)
    }

    /// The CSV column a lifecycle refusal is about, for the issue's `file:line: column`.
    static func column(of refusal: LifecycleRefusal) -> String {
        switch refusal {
        case let .noStep(_, field, _, _): field
        case .dateBefore(_, let action, _, _, _), .dateAfterToday(_, let action, _, _):
            switch action {
            case .markRectified: "rectified_on"
            case .close: "closed_on"
            case .list: "listed_on"
            case .delist: "delisted_on"
            default: "deadline"
            }
        case .blankResponsible, .noDeadline: "responsible"
        case .generalWhileListed, .notMajor, .sameGrade: "grade"
        default: "status"
        }
    }
}
