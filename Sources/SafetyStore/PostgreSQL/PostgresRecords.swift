import PostgresNIO
import SafetyCore

/// SafetyCore's records read from PostgreSQL rows (the SQLite backend's `init(row:)`), and
/// written as COPY fields in the data contract's column order (`ImportKind.columns`). A value
/// the program cannot read is ``StoreError/corruptValue(table:id:column:value:)``, as in SQLite.
struct PostgresRecordRow {
    let row: PostgresRow
    let table: String
    let id: String

    init(_ row: PostgresRow, table: String, key: String = "id") throws {
        self.row = row
        self.table = table
        id = (try? row.text(key)) ?? "?"
    }

    func text(_ column: String) throws -> String {
        guard let value = try row.optionalText(column) else { throw corrupt(column, "NULL") }
        return value
    }

    func optionalText(_ column: String) throws -> String? { try row.optionalText(column) }

    func int(_ column: String) throws -> Int {
        guard let value = try row.optionalInt(column) else { throw corrupt(column, "NULL") }
        return value
    }

    func bool(_ column: String) throws -> Bool { try int(column) != 0 }

    func day(_ column: String) throws -> Day {
        let text = try text(column)
        guard let day = Day(iso: text) else { throw corrupt(column, text) }
        return day
    }

    func optionalDay(_ column: String) throws -> Day? {
        guard let text = try optionalText(column) else { return nil }
        guard let day = Day(iso: text) else { throw corrupt(column, text) }
        return day
    }

    func choice<Value: RawRepresentable>(_ column: String, as type: Value.Type) throws -> Value where Value.RawValue == String {
        let text = try text(column)
        guard let value = Value(rawValue: text) else { throw corrupt(column, text) }
        return value
    }

    func optionalChoice<Value: RawRepresentable>(_ column: String, as type: Value.Type) throws -> Value? where Value.RawValue == String {
        guard let text = try optionalText(column) else { return nil }
        guard let value = Value(rawValue: text) else { throw corrupt(column, text) }
        return value
    }

    private func corrupt(_ column: String, _ value: String) -> StoreError {
        .corruptValue(table: table, id: id, column: column, value: value)
    }
}

extension Hazard {
    init(postgres row: PostgresRow) throws {
        let r = try PostgresRecordRow(row, table: "hazard")
        self.init(
            id: r.id, enterpriseId: try r.text("enterprise_id"), county: try r.text("county"),
            foundOn: try r.day("found_on"), source: try r.choice("source", as: HazardSource.self),
            grade: try r.choice("grade", as: HazardGrade.self), description: try r.text("description"),
            status: try r.choice("status", as: HazardStatus.self), responsible: try r.optionalText("responsible"),
            deadline: try r.optionalDay("deadline"), rectifiedOn: try r.optionalDay("rectified_on"),
            closedOn: try r.optionalDay("closed_on"), listedOn: try r.optionalDay("listed_on"),
            delistedOn: try r.optionalDay("delisted_on"), rewardYuan: try r.int("reward_yuan"),
            duplicateOf: try r.optionalText("duplicate_of"))
    }
}

extension TrackedHazard {
    init(postgres row: PostgresRow) throws {
        self.init(hazard: try Hazard(postgres: row), revision: try row.int("revision"),
                  updatedBy: try row.optionalText("updated_by"), updatedAt: try row.optionalText("updated_at"))
    }

    static func find(_ db: PostgresSession, id: String) throws -> TrackedHazard {
        guard let row = try db.row("SELECT * FROM hazard WHERE id = $1", [id]) else {
            throw StoreError.notFound(kind: "hazard", id: id)
        }
        return try TrackedHazard(postgres: row)
    }
}

extension Enterprise {
    init(postgres row: PostgresRow) throws {
        let r = try PostgresRecordRow(row, table: "enterprise")
        self.init(
            id: r.id, name: try r.text("name"), county: try r.text("county"), town: try r.text("town"),
            industry: try r.text("industry"), scale: try r.choice("scale", as: EnterpriseScale.self),
            keySupervised: try r.bool("key_supervised"), riskLevel: try r.optionalChoice("risk_level", as: RiskLevel.self),
            riskAssessedOn: try r.optionalDay("risk_assessed_on"), rewardMechanism: try r.bool("reward_mechanism"),
            platformRegistered: try r.bool("platform_registered"))
    }
}

extension Inspection {
    init(postgres row: PostgresRow) throws {
        let r = try PostgresRecordRow(row, table: "inspection")
        self.init(
            id: r.id, county: try r.text("county"), enterpriseId: try r.optionalText("enterprise_id"),
            kind: try r.choice("kind", as: InspectionKind.self), plannedOn: try r.optionalDay("planned_on"),
            doneOn: try r.optionalDay("done_on"), team: try r.text("team"), hazardsFound: try r.int("hazards_found"),
            inspectors: try r.int("inspectors"))
    }
}

extension TrainingEvent {
    init(postgres row: PostgresRow) throws {
        let r = try PostgresRecordRow(row, table: "training")
        self.init(
            id: r.id, county: try r.text("county"), heldOn: try r.day("held_on"), kind: try r.choice("kind", as: TrainingKind.self),
            audience: try r.choice("audience", as: TrainingAudience.self), mode: try r.choice("mode", as: TrainingMode.self),
            sessions: try r.int("sessions"), personTimes: try r.int("person_times"), topic: try r.text("topic"),
            materials: try r.int("materials"))
    }
}

extension Jurisdiction {
    init(postgres row: PostgresRow) throws {
        let r = try PostgresRecordRow(row, table: "jurisdiction", key: "code")
        self.init(code: r.id, name: try r.text("name"), level: try r.choice("level", as: JurisdictionLevel.self),
                  parentCode: try r.optionalText("parent_code"))
    }
}

extension ImportRecord {
    /// The record's values in its kind's contract columns (`ImportKind.columns`), as COPY's
    /// text fields: the values SQLite's `RecordInsert` binds (flags 0/1, days ISO, words raw).
    var copyFields: [String?] {
        func flag(_ value: Bool) -> String { value ? "1" : "0" }
        switch self {
        case .jurisdiction(let j):
            return [j.code, j.name, j.level.rawValue, j.parentCode]
        case .enterprise(let e):
            return [e.id, e.name, e.county, e.town, e.industry, e.scale.rawValue, flag(e.keySupervised), e.riskLevel?.rawValue,
                    e.riskAssessedOn?.iso, flag(e.rewardMechanism), flag(e.platformRegistered)]
        case .hazard(let h):
            return [h.id, h.enterpriseId, h.county, h.foundOn.iso, h.source.rawValue, h.grade.rawValue, h.description,
                    h.status.rawValue, h.responsible, h.deadline?.iso, h.rectifiedOn?.iso, h.closedOn?.iso, h.listedOn?.iso,
                    h.delistedOn?.iso, String(h.rewardYuan)]
        case .training(let t):
            return [t.id, t.county, t.heldOn.iso, t.kind.rawValue, t.audience.rawValue, t.mode.rawValue, String(t.sessions),
                    String(t.personTimes), t.topic, String(t.materials)]
        case .inspection(let i):
            return [i.id, i.county, i.enterpriseId, i.kind.rawValue, i.plannedOn?.iso, i.doneOn?.iso, i.team,
                    String(i.hazardsFound), String(i.inspectors)]
        case .fact(let f):
            return [f.county, f.key, String(f.value), f.note]
        case .inspector(let p):
            return [p.id, p.name, p.body, p.town]
        }
    }
}
