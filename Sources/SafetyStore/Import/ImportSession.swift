import SafetyCore

/// One import's pass over its files inside the write transaction: decodes each record into
/// its domain type, checks it, and hands it to `storage` (SQLite's prepared INSERT, or
/// PostgreSQL's COPY): both backends check rows by this one code, so their errors are the same
/// file:line: column: message.
struct ImportSession<Storage: ImportStorage> {
    var storage: Storage
    let today: Day
    var places: JurisdictionIndex?
    var issues: [ImportIssue] = []
    /// Enterprise id → county, loaded once the enterprises of this import are in.
    private var enterpriseCounty: [String: String]?
    /// Told the number of rows read so far, every few thousand rows.
    var progress: (@Sendable (Int) -> Void)?
    private var rowsRead = 0
    /// `import --update`: who a change of a stored record is audited for; nil refuses stored ids.
    var updateStamp: AuditStamp?
    /// Rows of the last file loaded that changed a stored record, and that equalled one.
    private(set) var updated = 0
    private(set) var unchanged = 0

    init(storage: Storage, today: Day) {
        self.storage = storage
        self.today = today
    }

    /// Loads the records of `input` after its header; returns how many rows were read.
    /// Problems go to `issues`.
    mutating func load(_ input: CSVInput, header: [String], kind: ImportKind) throws -> Int {
        var columns: [String: Int] = [:]
        for (index, name) in header.enumerated() { columns[name] = index }
        try storage.begin(kind)
        let records = try recordsAfterHeader(input)
        let reader = FieldReader(record: records, columns: columns)
        var rows = 0
        (updated, unchanged) = (0, 0)
        while issues.count < ImportFailure.limit {
            do throws(ImportIssue) {
                guard try records.next() else { break }
            } catch {
                issues.append(error)
                break
            }
            rows += 1
            rowsRead += 1
            if rowsRead % 5_000 == 0 { progress?(rowsRead) }
            if records.fieldCount < header.count {
                issues.append(reader.issue("", "has \(records.fieldCount) fields but the header has \(header.count) — a missing comma, or a quote that is never closed?"))
                continue
            }
            let checked: ImportRecord
            do throws(ImportIssue) {
                checked = try record(kind, reader)
            } catch {
                issues.append(error)
                continue
            }
            switch try storage.insert(checked) {
            case .inserted:
                break
            case .duplicate:
                if let updateStamp, ImportUpdate.kinds.contains(kind) {
                    do {
                        switch try storage.update(checked, reader: reader, today: today, stamp: updateStamp) {
                        case .updated: updated += 1
                        case .unchanged: unchanged += 1
                        }
                    } catch let issue as ImportIssue {
                        issues.append(issue)
                    }
                    continue
                }
                let key = kind == .jurisdictions ? "code" : (kind == .facts ? "key" : "id")
                issues.append(reader.issue(key, "'\(reader.raw(key))' is already in the database or earlier in this import"))
            case let .refused(reason):
                // Not a duplicate: say what the database refused rather than blame the id.
                issues.append(reader.issue("", "cannot be stored: \(reason)"))
            }
        }
        try storage.end(kind)
        if kind == .jurisdictions { try checkParents(input, columns: columns) }
        if kind == .enterprises { enterpriseCounty = nil }
        return rows
    }

    /// A reader of `input` past its header (the importer has read the header already).
    private func recordsAfterHeader(_ input: CSVInput) throws(ImportIssue) -> CSVRecordReader {
        let records = try input.records()
        _ = try records.next()
        return records
    }

    /// Every parent code must exist once the whole file is in (a parent may come later in it).
    /// The file is read again for the lines of the orphans: rare, and no line is kept meanwhile.
    private mutating func checkParents(_ input: CSVInput, columns: [String: Int]) throws {
        let orphans = try storage.orphanJurisdictions()
        guard !orphans.isEmpty else { return }
        var lineOf: [String: Int] = [:]
        for orphan in orphans { lineOf[orphan.code] = 0 }
        do throws(ImportIssue) {
            let records = try recordsAfterHeader(input)
            let reader = FieldReader(record: records, columns: columns)
            while try records.next() {
                let code = reader.raw("code")
                if lineOf[code] == 0 { lineOf[code] = records.line }
            }
        } catch {
            issues.append(error)
        }
        for (code, parent) in orphans {
            issues.append(ImportIssue(file: input.path, line: lineOf[code] ?? 0, column: "parent_code",
                                      message: "'\(parent)' is not the code of any jurisdiction; add it or correct the code"))
        }
    }

    /// The current record decoded into its domain type, after every check.
    private mutating func record(_ kind: ImportKind, _ r: FieldReader) throws(ImportIssue) -> ImportRecord {
        switch kind {
        case .jurisdictions:
            let j = Jurisdiction(code: try r.text("code"), name: try r.text("name"),
                                 level: try r.choice("level", as: JurisdictionLevel.self),
                                 parentCode: r.optionalText("parent_code"))
            if j.level != .province && j.parentCode == nil {
                throw r.issue("parent_code", "is empty; only a province has no parent")
            }
            return .jurisdiction(j)

        case .enterprises:
            let e = Enterprise(
                id: try r.text("id"), name: try r.text("name"), county: try county(r), town: try r.text("town"),
                industry: try r.text("industry"), scale: try r.choice("scale", as: EnterpriseScale.self),
                keySupervised: try r.bool("key_supervised"),
                riskLevel: try r.optionalChoice("risk_level", as: RiskLevel.self),
                riskAssessedOn: try r.optionalDay("risk_assessed_on"),
                rewardMechanism: try r.bool("reward_mechanism", absent: false),
                platformRegistered: try r.bool("platform_registered", absent: false))
            if places?.isPlace(e.town, under: e.county) == false {
                throw r.issue("town", "'\(e.town)' is not a town or zone of \(e.county) in jurisdictions.csv")
            }
            try check(e.violations(today: today), r)
            return .enterprise(e)

        case .hazards:
            let h = Hazard(
                id: try r.text("id"), enterpriseId: try r.text("enterprise_id"), county: try county(r),
                foundOn: try r.day("found_on"), source: try r.choice("source", as: HazardSource.self),
                grade: try r.choice("grade", as: HazardGrade.self), description: try r.text("description"),
                status: try r.choice("status", as: HazardStatus.self), responsible: r.optionalText("responsible"),
                deadline: try r.optionalDay("deadline"), rectifiedOn: try r.optionalDay("rectified_on"),
                closedOn: try r.optionalDay("closed_on"), listedOn: try r.optionalDay("listed_on"),
                delistedOn: try r.optionalDay("delisted_on"), rewardYuan: try r.count("reward_yuan", absent: 0))
            try enterprise(h.enterpriseId, in: h.county, r)
            try check(h.violations(today: today), r)
            return .hazard(h)

        case .trainings:
            let t = TrainingEvent(
                id: try r.text("id"), county: try county(r), heldOn: try r.day("held_on"),
                kind: try r.choice("kind", as: TrainingKind.self), audience: try r.choice("audience", as: TrainingAudience.self),
                mode: try r.choice("mode", as: TrainingMode.self), sessions: try r.count("sessions"),
                personTimes: try r.count("person_times"), topic: r.raw("topic"), materials: try r.count("materials", absent: 0))
            try check(t.violations(today: today), r)
            return .training(t)

        case .inspections:
            let i = Inspection(
                id: try r.text("id"), county: try county(r), enterpriseId: r.optionalText("enterprise_id"),
                kind: try r.choice("kind", as: InspectionKind.self), plannedOn: try r.optionalDay("planned_on"),
                doneOn: try r.optionalDay("done_on"), team: r.raw("team"), hazardsFound: try r.count("hazards_found", absent: 0),
                inspectors: try r.count("inspectors", absent: 0))
            if let id = i.enterpriseId { try enterprise(id, in: i.county, r) }
            try check(i.violations(today: today), r)
            return .inspection(i)

        case .facts:
            let f = CountyFact(county: try county(r), key: try r.text("key"), value: try r.number("value"), note: r.raw("note"))
            return .fact(f)

        case .inspectors:
            let p = Inspector(id: try r.text("id"), name: try r.text("name"), body: try r.text("body"), town: r.raw("town"))
            if !p.town.isEmpty && places?.isPlace(p.town) == false {
                throw r.issue("town", "'\(p.town)' is not a jurisdiction in jurisdictions.csv")
            }
            return .inspector(p)
        }
    }

    private func county(_ r: FieldReader) throws(ImportIssue) -> String {
        let name = try r.text("county")
        if places?.isCounty(name) == false {
            throw r.issue("county", "'\(name)' is not a county or prefecture in jurisdictions.csv; import that first, or correct the name")
        }
        return name
    }

    private mutating func enterprise(_ id: String, in county: String, _ r: FieldReader) throws(ImportIssue) {
        if enterpriseCounty == nil {
            do {
                enterpriseCounty = try storage.enterpriseCounties()
            } catch {
                throw r.issue("enterprise_id", "cannot look up enterprises: \(error)")
            }
        }
        guard let home = enterpriseCounty?[id] else {
            throw r.issue("enterprise_id", "'\(id)' is not an enterprise in the database or in this import's enterprises.csv")
        }
        if home != county {
            throw r.issue("county", "'\(county)' does not match enterprise \(id), which is in \(home)")
        }
    }

    private func check(_ violations: [RuleViolation], _ r: FieldReader) throws(ImportIssue) {
        if let first = violations.first { throw r.issue(first.field, first.message) }
    }
}
