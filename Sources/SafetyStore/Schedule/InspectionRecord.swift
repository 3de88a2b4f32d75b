import Foundation
import GRDB
public import SafetyCore

/// Why recording an inspection as done changed nothing.
public enum InspectionRecordError: Error, Equatable, CustomStringConvertible {
    case notFound(id: String)
    case alreadyDone(id: String, on: Day)
    case inFuture(id: String, day: Day, today: Day)
    case unknownHazard(id: String, hazard: String)
    case otherEnterprise(id: String, hazard: String, enterprise: String)
    case alreadyLinked(id: String, hazard: String, inspection: String)

    public var description: String {
        switch self {
        case let .notFound(id): "no inspection with id \(id)"
        case let .alreadyDone(id, on): "inspection \(id) was already recorded done on \(on)"
        case let .inFuture(id, day, today): "inspection \(id): \(day) is after today (\(today)) — give the day it was done"
        case let .unknownHazard(id, hazard): "inspection \(id): no hazard \(hazard) — add it first (`safetyboard hazard add`) or check the id"
        case let .otherEnterprise(id, hazard, enterprise): "inspection \(id) was at \(enterprise); hazard \(hazard) is at another enterprise"
        case let .alreadyLinked(id, hazard, inspection): "inspection \(id): hazard \(hazard) was found by inspection \(inspection) already"
        }
    }
}

extension SafetyDatabase {
    /// Records inspection `id` as done on `day`, linking the hazards it found, with audit rows,
    /// all or nothing. Errors are ``InspectionRecordError``.
    public func recordInspection(_ id: String, doneOn day: Day, hazards: [String], stamp: AuditStamp, today: Day) throws {
        let stamp = access.stamp(stamp)
        try pool.write { db in
            guard let inspection = try Inspection.fetchOne(db, key: id) else {
                try access.authorize(db, .recordInspections)
                throw InspectionRecordError.notFound(id: id)
            }
            try access.authorize(db, .recordInspections, county: inspection.county)
            if let done = inspection.doneOn { throw InspectionRecordError.alreadyDone(id: id, on: done) }
            guard day <= today else { throw InspectionRecordError.inFuture(id: id, day: day, today: today) }
            for hazard in hazards {
                guard let row = try Row.fetchOne(db, sql: "SELECT enterprise_id, inspection_id FROM hazard WHERE id = ?", arguments: [hazard]) else {
                    throw InspectionRecordError.unknownHazard(id: id, hazard: hazard)
                }
                if let enterprise = inspection.enterpriseId, (row["enterprise_id"] as String) != enterprise {
                    throw InspectionRecordError.otherEnterprise(id: id, hazard: hazard, enterprise: enterprise)
                }
                if let other: String = row["inspection_id"] { throw InspectionRecordError.alreadyLinked(id: id, hazard: hazard, inspection: other) }
                try db.execute(sql: "UPDATE hazard SET inspection_id = ? WHERE id = ?", arguments: [id, hazard])
            }
            let members = max(inspection.inspectors, inspection.team.split(separator: "+").count)
            try db.execute(sql: "UPDATE inspection SET done_on = ?, hazards_found = ?, inspectors = ? WHERE id = ?",
                           arguments: [day, hazards.count, members, id])
            try AuditEntry.append(db, entity: "inspection", id: id, action: "done", before: ["done_on": nil],
                                  after: ["done_on": day.iso, "hazards": hazards.joined(separator: ",")], note: nil, stamp: stamp)
        }
    }
}
