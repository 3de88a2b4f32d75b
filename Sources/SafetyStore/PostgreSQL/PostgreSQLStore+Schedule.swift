public import SafetyCore

extension PostgreSQLStore: Scheduling {
    public func planInputs(county: String) throws -> (enterprises: [Enterprise], roster: [Inspector]) {
        try read { db in
            try access.authorize(db, .inspectionPlans, county: county)
            let enterprises = try db.rows("SELECT * FROM enterprise WHERE county = $1 ORDER BY id", [county]).map(Enterprise.init(postgres:))
            let roster = try db.rows("SELECT * FROM inspector ORDER BY id").map { row in
                Inspector(id: try row.text("id"), name: try row.text("name"), body: try row.text("body"),
                          town: try row.optionalText("town") ?? "")
            }
            return (enterprises, roster)
        }
    }

    /// Stores the plan's inspections (not its reminder and bulletin tasks) as planned, not yet
    /// done, all or nothing; returns how many.
    @discardableResult
    public func save(_ plan: InspectionPlan) throws -> Int {
        try write { db in
            var saved = 0
            try access.authorize(db, .inspectionPlans)
            for item in plan.inspections {
                try access.authorize(db, .inspectionPlans, county: item.county)
                guard let kind = InspectionKind(rawValue: item.kind) else { continue }
                if try db.value(Int.self, "SELECT 1 FROM inspection WHERE id = $1", [item.id]) != nil {
                    throw PlanSaveError.alreadySaved(id: item.id)
                }
                try db.execute("""
                    INSERT INTO inspection (id, county, enterprise_id, kind, planned_on, done_on, team, hazards_found, inspectors, rule)
                    VALUES ($1, $2, $3, $4, $5, NULL, $6, 0, 0, $7)
                    """, [item.id, item.county, item.enterpriseId, kind.rawValue, item.plannedOn.iso, item.team, item.rule])
                saved += 1
            }
            return saved
        }
    }

    /// Records inspection `id` as done on `day`, linking the hazards it found, with audit rows,
    /// all or nothing. Errors are ``InspectionRecordError``. The inspection and the hazards are
    /// locked as they are read: two offices recording the same visit at once record it once.
    public func recordInspection(_ id: String, doneOn day: Day, hazards: [String], stamp: AuditStamp, today: Day) throws {
        let stamp = access.stamp(stamp)
        try write { db in
            guard let inspection = try db.row("SELECT * FROM inspection WHERE id = $1 FOR UPDATE", [id]).map(Inspection.init(postgres:)) else {
                try access.authorize(db, .recordInspections)
                throw InspectionRecordError.notFound(id: id)
            }
            try access.authorize(db, .recordInspections, county: inspection.county)
            if let done = inspection.doneOn { throw InspectionRecordError.alreadyDone(id: id, on: done) }
            guard day <= today else { throw InspectionRecordError.inFuture(id: id, day: day, today: today) }
            for hazard in hazards {
                guard let row = try db.row("SELECT enterprise_id, inspection_id FROM hazard WHERE id = $1 FOR UPDATE", [hazard]) else {
                    throw InspectionRecordError.unknownHazard(id: id, hazard: hazard)
                }
                if let enterprise = inspection.enterpriseId, try row.text("enterprise_id") != enterprise {
                    throw InspectionRecordError.otherEnterprise(id: id, hazard: hazard, enterprise: enterprise)
                }
                if let other = try row.optionalText("inspection_id") {
                    throw InspectionRecordError.alreadyLinked(id: id, hazard: hazard, inspection: other)
                }
                try db.execute("UPDATE hazard SET inspection_id = $1 WHERE id = $2", [id, hazard])
            }
            let members = max(inspection.inspectors, inspection.team.split(separator: "+").count)
            try db.execute("UPDATE inspection SET done_on = $1, hazards_found = $2, inspectors = $3 WHERE id = $4",
                           [day.iso, hazards.count, members, id])
            try AuditEntry.append(db, entity: "inspection", id: id, action: "done", before: ["done_on": nil],
                                  after: ["done_on": day.iso, "hazards": hazards.joined(separator: ",")], note: nil, stamp: stamp)
        }
    }
}
