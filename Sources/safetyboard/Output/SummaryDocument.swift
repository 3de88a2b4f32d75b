import SafetyCore

/// The JSON shape of a county summary (docs/data-contract.md, "report --format json"): snake_case keys,
/// rates as fractions 0…1 or null. Keys may be added, never renamed.
struct SummaryDocument: Encodable {
    let summary: CountySummary

    struct Rate: Encodable {
        let rate: RectificationRate
        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            if let fraction = rate.fraction { try container.encode(fraction) } else { try container.encodeNil() }
        }
    }

    struct Enterprises: Encodable {
        let total, key_supervised, above_scale: Int
        let by_risk: [String: Int]
        let reward_mechanism, reward_mechanism_industries, platform_registered: Int
    }
    struct Hazards: Encodable {
        let found, rectified, open, overdue: Int
        let rectification_rate: Rate
    }
    struct MajorHazards: Encodable {
        let found, rectified, open, listed, delisted: Int
        let rectification_rate: Rate
    }
    struct InternalReports: Encodable {
        let found, rectified: Int
        let rectification_rate: Rate
        let reward_yuan: Int
    }
    struct AttendanceDocument: Encodable {
        let sessions, person_times: Int
    }
    struct Training: Encodable {
        let sessions, person_times, drills, lectures, materials: Int
        let by_kind: [String: AttendanceDocument]
        let by_audience: [String: AttendanceDocument]
    }
    struct Tally: Encodable {
        let planned, done, overdue, units, hazards_found, inspectors, checks, teams: Int
        init(_ t: InspectionTally) {
            planned = t.planned; done = t.done; overdue = t.overdue; units = t.units
            hazards_found = t.hazardsFound; inspectors = t.inspectors; checks = t.checks; teams = t.teams
        }
    }
    struct Inspections: Encodable {
        let planned, done, overdue: Int
        let by_kind: [String: Tally]
    }

    enum Keys: String, CodingKey {
        case county, enterprises, hazards, major_hazards, internal_reports, training, inspections, towns, zones, facts
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        let s = summary
        if let county = s.county { try c.encode(county, forKey: .county) }
        try c.encode(Enterprises(
            total: s.enterprises.total, key_supervised: s.enterprises.keySupervised, above_scale: s.enterprises.aboveScale,
            by_risk: Dictionary(uniqueKeysWithValues: RiskLevel.allCases.map { ($0.rawValue, s.enterprises.byRisk[$0] ?? 0) }),
            reward_mechanism: s.enterprises.rewardMechanism,
            reward_mechanism_industries: s.enterprises.rewardMechanismIndustries,
            platform_registered: s.enterprises.platformRegistered), forKey: .enterprises)
        try c.encode(Hazards(found: s.hazards.found, rectified: s.hazards.rectified, open: s.hazards.open,
                             overdue: s.hazards.overdue, rectification_rate: Rate(rate: s.hazards.rectificationRate)),
                     forKey: .hazards)
        try c.encode(MajorHazards(found: s.majorHazards.found, rectified: s.majorHazards.rectified, open: s.majorHazards.open,
                                  listed: s.majorHazards.listed, delisted: s.majorHazards.delisted,
                                  rectification_rate: Rate(rate: s.majorHazards.rectificationRate)), forKey: .major_hazards)
        try c.encode(InternalReports(found: s.internalReports.found, rectified: s.internalReports.rectified,
                                     rectification_rate: Rate(rate: s.internalReports.rectificationRate),
                                     reward_yuan: s.internalReports.rewardYuan), forKey: .internal_reports)
        try c.encode(Training(
            sessions: s.training.sessions, person_times: s.training.personTimes, drills: s.training.drills,
            lectures: s.training.lectures, materials: s.training.materials,
            by_kind: Dictionary(uniqueKeysWithValues: TrainingKind.allCases.map {
                ($0.rawValue, AttendanceDocument(s.training.byKind[$0])) }),
            by_audience: Dictionary(uniqueKeysWithValues: TrainingAudience.allCases.map {
                ($0.rawValue, AttendanceDocument(s.training.byAudience[$0])) })), forKey: .training)
        try c.encode(Inspections(
            planned: s.inspections.planned, done: s.inspections.done, overdue: s.inspections.overdue,
            by_kind: Dictionary(uniqueKeysWithValues: InspectionKind.allCases.map {
                ($0.rawValue, Tally(s.inspections.byKind[$0] ?? InspectionTally())) })), forKey: .inspections)
        try c.encode(s.towns, forKey: .towns)
        try c.encode(s.zones, forKey: .zones)
        try c.encode(s.facts, forKey: .facts)
    }
}

extension SummaryDocument.AttendanceDocument {
    init(_ attendance: Attendance?) {
        self.init(sessions: attendance?.sessions ?? 0, person_times: attendance?.personTimes ?? 0)
    }
}

/// The whole `report --format json` object.
struct ReportDocument: Encodable {
    let as_of: String
    let counties: [SummaryDocument]
    let total: SummaryDocument
}
