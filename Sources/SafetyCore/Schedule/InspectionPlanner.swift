/// Derives a plan from rules, a population, a roster, a period and a seed — nothing else, so
/// the same inputs always give the same plan (see ``PlanRandom`` for the draws).
///
/// Windows are calendar-aligned: months; half-years from January and July; quarters; years.
/// A window that starts before the period is planned as if nothing had been drawn in it yet.
/// Teams are two inspectors of the rule's bodies: never the pair the rule used last, and
/// nobody from the enterprise's own town when another pair exists.
public enum InspectionPlanner {
    public static func plan(county: String, rules: [InspectionRule], enterprises: [Enterprise], roster: [Inspector],
                            from: Day, to: Day, seed: UInt64) -> InspectionPlan {
        let random = PlanRandom(seed: seed)
        let sorted = enterprises.sorted { $0.id < $1.id }
        let towns = Dictionary(sorted.map { ($0.id, $0.town) }, uniquingKeysWith: { first, _ in first })
        var drafts: [(day: Day, ruleIndex: Int, enterprise: String?, kind: String)] = []
        for (ruleIndex, rule) in rules.enumerated() {
            let population = sorted.filter(rule.population.contains).map(\.id)
            for (enterprise, day, kind) in draws(rule, population: population, levels: sorted, from: from, to: to, random: random) {
                drafts.append((day, ruleIndex, enterprise, kind))
            }
        }
        drafts.sort { ($0.day, $0.ruleIndex, $0.enterprise ?? "") < ($1.day, $1.ruleIndex, $1.enterprise ?? "") }
        var lastPair: [Int: String] = [:]
        let stamp = from.iso.replacingOccurrencesOfDash()
        let inspections = drafts.enumerated().map { index, draft in
            let id = "PLAN-\(seed)-\(stamp)-" + String(index + 1).leftPadded(to: 5)
            let rule = rules[draft.ruleIndex]
            let team = Self.team(for: rule, town: draft.enterprise.flatMap { towns[$0] }, roster: roster,
                                 previous: lastPair[draft.ruleIndex], label: "team|\(id)", random: random)
            lastPair[draft.ruleIndex] = team
            return PlannedInspection(id: id, county: county, enterpriseId: draft.enterprise, kind: draft.kind,
                                     plannedOn: draft.day, team: team, rule: rule.id)
        }
        return InspectionPlan(county: county, from: from, to: to, seed: seed,
                              inputsHash: inputsHash(county: county, rules: rules, enterprises: sorted, roster: roster, from: from, to: to),
                              rules: rules, inspections: inspections)
    }

    /// SHA-256 of the inputs' canonical text: one line per rule (its JSON-like fields), per
    /// enterprise (id|town|scale|industry|risk|key) and per inspector (id|name|body|town),
    /// each group sorted.
    public static func inputsHash(county: String, rules: [InspectionRule], enterprises: [Enterprise], roster: [Inspector],
                                  from: Day, to: Day) -> String {
        var lines = ["county|\(county)", "period|\(from.iso)|\(to.iso)"]
        lines += rules.map {
            "rule|\($0.id)|\($0.name)|\($0.bodies.joined(separator: ","))|\($0.kind.rawValue)|\($0.population.canonical)|\($0.schedule.canonical)"
        }
        lines += enterprises.sorted { $0.id < $1.id }.map {
            "enterprise|\($0.id)|\($0.town)|\($0.scale.rawValue)|\($0.industry)|\($0.riskLevel?.rawValue ?? "")|\($0.keySupervised)"
        }
        lines += roster.sorted { $0.id < $1.id }.map { "inspector|\($0.id)|\($0.name)|\($0.body)|\($0.town)" }
        return SHA256.hex(lines.joined(separator: "\n"))
    }

    // MARK: - Draws

    private static func draws(_ rule: InspectionRule, population: [String], levels: [Enterprise], from: Day, to: Day,
                              random: PlanRandom) -> [(String?, Day, String)] {
        let months = monthsOf(from: from, to: to)
        let kind = rule.kind.rawValue
        var out: [(String?, Day, String)] = []
        switch rule.schedule {
        case let .riskFrequency(intervals):
            let inPopulation = Set(population)
            for enterprise in levels where inPopulation.contains(enterprise.id) {
                guard let level = enterprise.riskLevel, let length = intervals[level] else { continue }
                for window in windows(length: length, from: from, to: to) {
                    if let day = day(in: window, from: from, to: to, random.below(10_000, "\(rule.id)|\(enterprise.id)|\(window.lowerBound.iso)")) {
                        out.append((enterprise.id, day, kind))
                    }
                }
            }
        case let .sampledCoverage(share, windowMonths):
            var drawn: [String: Set<String>] = [:]
            for month in months {
                let window = windowStart(month, length: windowMonths)
                let key = window.iso
                let remaining = population.filter { !(drawn[key]?.contains($0) ?? false) }
                let monthsLeft = windowMonths - monthsBetween(window, month)
                let wanted = min(population.count,
                                 max(Int((share * Double(population.count)).rounded(.up)), (remaining.count + monthsLeft - 1) / max(1, monthsLeft)))
                // Those not yet seen in the window first; when fewer are left than the monthly
                // share, the share is made up from those already seen (a new round begins).
                var chosen = Array(random.shuffled(remaining, "\(rule.id)|\(month.iso)").prefix(wanted))
                if chosen.count < wanted {
                    let unseen = Set(remaining)
                    let seen = population.filter { !unseen.contains($0) }
                    chosen += random.shuffled(seen, "\(rule.id)|\(month.iso)|again").prefix(wanted - chosen.count)
                }
                for id in chosen {
                    drawn[key, default: []].insert(id)
                    if let day = day(in: month.firstDay...month.lastDay, from: from, to: to, random.below(10_000, "\(rule.id)|\(id)|\(month.iso)")) {
                        out.append((id, day, kind))
                    }
                }
            }
        case let .fullCoverage(periodMonths, batches):
            let batchMonths = periodMonths / batches
            for window in windows(length: periodMonths, from: from, to: to) {
                let start = Month(window.lowerBound)
                let order = random.shuffled(population, "\(rule.id)|\(start.iso)")
                for (index, id) in order.enumerated() {
                    let batch = index * batches / max(1, order.count)
                    let first = start.adding(months: batch * batchMonths)
                    let span = first.firstDay...first.adding(months: batchMonths - 1).lastDay
                    if let day = day(in: span, from: from, to: to, random.below(10_000, "\(rule.id)|\(id)|\(start.iso)")) {
                        out.append((id, day, kind))
                    }
                }
            }
        case let .spotCheck(share):
            let size = Int((share * Double(population.count)).rounded(.up))
            for month in months {
                for id in random.shuffled(population, "\(rule.id)|\(month.iso)").prefix(size) {
                    if let day = day(in: month.firstDay...month.lastDay, from: from, to: to, random.below(10_000, "\(rule.id)|\(id)|\(month.iso)")) {
                        out.append((id, day, kind))
                    }
                }
            }
        case let .cadence(everyMonths, task):
            for (index, month) in months.enumerated() where index % everyMonths == 0 {
                // Early in the month, the first working week, on a drawn day.
                let day = min(max(month.firstDay.adding(days: random.below(5, "\(rule.id)|\(month.iso)")), from), to)
                out.append((nil, day, task == .supervision ? InspectionKind.supervision.rawValue : task.rawValue))
            }
        }
        return out
    }

    /// The two inspectors for one inspection.
    private static func team(for rule: InspectionRule, town: String?, roster: [Inspector], previous: String?, label: String,
                             random: PlanRandom) -> String {
        let pool = roster.filter { rule.bodies.contains($0.body) }.sorted { $0.id < $1.id }
        guard pool.count >= 2 else { return pool.map(\.id).joined(separator: "+") }
        var pairs: [(Inspector, Inspector)] = []
        for i in 0..<pool.count { for j in (i + 1)..<pool.count { pairs.append((pool[i], pool[j])) } }
        let name = { (pair: (Inspector, Inspector)) in "\(pair.0.id)+\(pair.1.id)" }
        var candidates = pairs.filter { name($0) != previous }
        if candidates.isEmpty { candidates = pairs }
        if let town, !town.isEmpty {
            let away = candidates.filter { $0.0.town != town && $0.1.town != town }
            if !away.isEmpty { candidates = away }
        }
        return name(candidates[random.below(candidates.count, label)])
    }

    // MARK: - Calendar

    static func monthsOf(from: Day, to: Day) -> [Month] {
        var months: [Month] = []
        var month = Month(from)
        while month.firstDay <= to {
            months.append(month)
            month = month.adding(months: 1)
        }
        return months
    }

    /// The first month of the calendar-aligned window of `length` months holding `month`.
    static func windowStart(_ month: Month, length: Int) -> Month {
        let index = (month.year * 12 + month.month - 1) / length * length
        return Month(year: index / 12, month: index % 12 + 1)!
    }

    private static func monthsBetween(_ a: Month, _ b: Month) -> Int {
        (b.year * 12 + b.month) - (a.year * 12 + a.month)
    }

    /// The windows of `length` months that meet the period, as day ranges.
    private static func windows(length: Int, from: Day, to: Day) -> [ClosedRange<Day>] {
        var result: [ClosedRange<Day>] = []
        var start = windowStart(Month(from), length: length)
        while start.firstDay <= to {
            result.append(start.firstDay...start.adding(months: length - 1).lastDay)
            start = start.adding(months: length)
        }
        return result
    }

    /// A day of `span` inside the period, chosen by `draw`; nil when they do not meet.
    private static func day(in span: ClosedRange<Day>, from: Day, to: Day, _ draw: Int) -> Day? {
        let lower = max(span.lowerBound, from), upper = min(span.upperBound, to)
        guard lower <= upper else { return nil }
        return lower.adding(days: draw % (upper.days(since: lower) + 1))
    }
}

extension String {
    fileprivate func replacingOccurrencesOfDash() -> String { String(filter { $0 != "-" }) }
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
