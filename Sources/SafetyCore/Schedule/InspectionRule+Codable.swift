/// Rules as the rules file writes them: the schedule is an object with a `type` and its
/// parameters, e.g. `{"type": "sampled_coverage", "share": 0.2, "window_months": 6}`.
extension InspectionRule: Codable {
    enum CodingKeys: String, CodingKey { case id, name, bodies, kind, population, schedule }

    private struct ScheduleFields: Codable {
        var type: String
        var share: Double?
        var windowMonths: Int?
        var periodMonths: Int?
        var batches: Int?
        var months: [String: Int]?
        var everyMonths: Int?
        var task: CadenceTask?

        enum CodingKeys: String, CodingKey {
            case type, share, batches, months, task
            case windowMonths = "window_months"
            case periodMonths = "period_months"
            case everyMonths = "every_months"
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        bodies = try c.decode([String].self, forKey: .bodies)
        kind = try c.decode(InspectionKind.self, forKey: .kind)
        population = try c.decodeIfPresent(Population.self, forKey: .population) ?? Population()
        let f = try c.decode(ScheduleFields.self, forKey: .schedule)
        func need<T>(_ value: T?, _ field: String) throws -> T {
            guard let value else {
                throw DecodingError.dataCorruptedError(forKey: .schedule, in: c, debugDescription: "a \(f.type) schedule needs \(field)")
            }
            return value
        }
        func check(_ ok: Bool, _ what: String) throws {
            if !ok { throw DecodingError.dataCorruptedError(forKey: .schedule, in: c, debugDescription: what) }
        }
        switch f.type {
        case "risk_frequency":
            var months: [RiskLevel: Int] = [:]
            for (name, value) in try need(f.months, "months (e.g. {\"red\": 1, \"orange\": 3, \"yellow\": 6, \"blue\": 12})") {
                guard let level = RiskLevel(rawValue: name) else { try check(false, "months: '\(name)' is not red, orange, yellow or blue"); continue }
                try check(value >= 1, "months: \(name) must be at least 1")
                months[level] = value
            }
            schedule = .riskFrequency(months: months)
        case "sampled_coverage":
            let share = try need(f.share, "share (0…1)"), window = try need(f.windowMonths, "window_months")
            try check(share > 0 && share <= 1 && window >= 1, "share must be in (0, 1] and window_months at least 1")
            schedule = .sampledCoverage(share: share, windowMonths: window)
        case "full_coverage":
            let period = try need(f.periodMonths, "period_months"), batches = try need(f.batches, "batches")
            try check(period >= 1 && batches >= 1 && period % batches == 0, "period_months must be a multiple of batches, both at least 1")
            schedule = .fullCoverage(periodMonths: period, batches: batches)
        case "spot_check":
            let share = try need(f.share, "share (0…1)")
            try check(share > 0 && share <= 1, "share must be in (0, 1]")
            schedule = .spotCheck(share: share)
        case "cadence":
            let every = try need(f.everyMonths, "every_months")
            try check(every >= 1, "every_months must be at least 1")
            schedule = .cadence(everyMonths: every, task: try need(f.task, "task (reminder, bulletin or supervision)"))
        default:
            try check(false, "type '\(f.type)' is not risk_frequency, sampled_coverage, full_coverage, spot_check or cadence")
            schedule = .spotCheck(share: 1)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(bodies, forKey: .bodies)
        try c.encode(kind, forKey: .kind)
        try c.encode(population, forKey: .population)
        let fields: ScheduleFields = switch schedule {
        case let .riskFrequency(months):
            ScheduleFields(type: "risk_frequency", months: Dictionary(uniqueKeysWithValues: months.map { ($0.key.rawValue, $0.value) }))
        case let .sampledCoverage(share, window): ScheduleFields(type: "sampled_coverage", share: share, windowMonths: window)
        case let .fullCoverage(period, batches): ScheduleFields(type: "full_coverage", periodMonths: period, batches: batches)
        case let .spotCheck(share): ScheduleFields(type: "spot_check", share: share)
        case let .cadence(every, task): ScheduleFields(type: "cadence", everyMonths: every, task: task)
        }
        try c.encode(fields, forKey: .schedule)
    }
}
