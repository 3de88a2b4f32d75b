import Foundation
import SafetyCore

/// `import --update` on PostgreSQL: `ImportUpdate` decides (the same checks and lifecycle
/// steps as SQLite), this writes the changed columns and the audit row in the import's
/// transaction.
enum PostgresImportUpdate {
    static func apply(_ db: PostgresSession, _ record: ImportRecord, reader: FieldReader, today: Day,
                      stamp: AuditStamp) throws -> ImportUpdate.Outcome {
        switch record {
        case .hazard(let target):
            let current = try TrackedHazard.find(db, id: target.id)
            guard let (next, note) = try ImportUpdate.hazard(target, over: current.hazard, reader: reader, today: today) else {
                return .unchanged
            }
            try write(db, kind: .hazards, from: .hazard(current.hazard), to: .hazard(next), stamp: stamp, note: note,
                      also: "revision = revision + 1, updated_by = {0}, updated_at = {1}", alsoValues: [stamp.operatorName, stamp.at])
            return .updated
        case .enterprise(let target):
            guard let row = try db.row("SELECT * FROM enterprise WHERE id = $1", [target.id]) else { return .unchanged }
            let current = try Enterprise(postgres: row)
            guard let next = try ImportUpdate.enterprise(target, over: current, reader: reader) else { return .unchanged }
            try write(db, kind: .enterprises, from: .enterprise(current), to: .enterprise(next), stamp: stamp, note: nil)
            return .updated
        case .inspection(let target):
            guard let row = try db.row("SELECT * FROM inspection WHERE id = $1", [target.id]) else { return .unchanged }
            let current = try Inspection(postgres: row)
            guard target != current else { return .unchanged }
            try write(db, kind: .inspections, from: .inspection(current), to: .inspection(target), stamp: stamp, note: nil)
            return .updated
        default:
            preconditionFailure("only \(ImportUpdate.kinds) are updated")
        }
    }

    /// The contract columns held as integers (the rest are text).
    static let integerColumns: Set<String> = [
        "key_supervised", "reward_mechanism", "platform_registered", "reward_yuan", "hazards_found", "inspectors",
        "sessions", "person_times", "materials",
    ]

    /// Writes the columns of `next` that differ from `current`, then `also` (placeholders
    /// `{0}, {1}…` for `alsoValues`), and the audit row of the change.
    private static func write(_ db: PostgresSession, kind: ImportKind, from current: ImportRecord, to next: ImportRecord,
                              stamp: AuditStamp, note: String?, also: String? = nil, alsoValues: [String] = []) throws {
        let columns = kind.columns.map(\.name)
        let before = current.copyFields, after = next.copyFields
        let changed = columns.indices.filter { before[$0] != after[$0] }
        var sets: [String] = []
        var binds: [SQLBind] = []
        for index in changed {
            binds.append(after[index])
            sets.append("\(columns[index]) = $\(binds.count)::\(integerColumns.contains(columns[index]) ? "bigint" : "text")")
        }
        if var also {
            for (offset, value) in alsoValues.enumerated() {
                binds.append(value)
                also = also.replacingOccurrences(of: "{\(offset)}", with: "$\(binds.count)")
            }
            sets.append(also)
        }
        binds.append(next.key)
        try db.execute("UPDATE \(kind.table) SET \(sets.joined(separator: ", ")) WHERE id = $\(binds.count)", binds)
        func fields(_ values: [String?]) -> [String: String?] {
            Dictionary(uniqueKeysWithValues: changed.map { (columns[$0], values[$0]) })
        }
        try AuditEntry.append(db, entity: kind.table, id: next.key, action: "import", before: fields(before), after: fields(after),
                              note: note, stamp: stamp)
    }
}
