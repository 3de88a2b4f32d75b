/// The reference computation of `CountySummary` from plain arrays of records.
///
/// Written to be obviously right rather than fast: one pass per figure, each following the
/// definitions on `CountySummary` word for word. The SQL store computes the same figures
/// with queries and is tested against this.
public enum SummaryTally {
    /// The figures of `county`, or of everything when `county` is nil.
    ///
    /// Scope: a record belongs to the county whose name is in its `county` field; nil takes
    /// every record. Records are counted as they stand (the store keeps the current state, not
    /// its history): `asOf` decides only what is overdue.
    ///
    /// Distinct counts (units, checks, teams, reward-mechanism industries) are distinct within
    /// each county, and the whole-scope figure is their sum over counties: a team name used in
    /// two counties is two teams. That keeps `tally(county: nil, …)` equal to
    /// `CountySummary.total` of the per-county tallies.
    ///
    /// Towns and zones: for a county, the town- and zone-level descendants of every unit of
    /// that name above town level in `jurisdictions` (a prefecture such as 海西州 acting as a
    /// county counts the towns of its counties); for nil, every town and zone in the tree;
    /// 0 without a tree.
    ///
    /// Facts: the county's `facts` by key (if a key repeats, the later row wins); for nil, per
    /// key, the sum over counties of those values.
    ///
    /// Every `RiskLevel`, `TrainingKind`, `TrainingAudience` and `InspectionKind` appears in
    /// its dictionary, with zeros when nothing matched, so that equal figures compare equal.
    public static func tally(
        county: String?, jurisdictions: JurisdictionTree?, enterprises: [Enterprise], hazards: [Hazard],
        trainings: [TrainingEvent], inspections: [Inspection], facts: [CountyFact], asOf: Day
    ) -> CountySummary {
        func inScope(_ name: String) -> Bool { county.map { $0 == name } ?? true }
        var summary = CountySummary(county: county)
        summary.enterprises = enterpriseFigures(enterprises.filter { inScope($0.county) })
        let counted = hazards.filter { inScope($0.county) && $0.duplicateOf == nil }
        summary.hazards = hazardFigures(counted, asOf: asOf)
        summary.majorHazards = majorHazardFigures(counted.filter { $0.grade == .major })
        summary.internalReports = internalReportFigures(counted.filter { $0.source == .employeeReport })
        summary.training = trainingFigures(trainings.filter { inScope($0.county) })
        summary.inspections = inspectionFigures(inspections.filter { inScope($0.county) }, asOf: asOf)
        (summary.towns, summary.zones) = townsAndZones(county: county, in: jurisdictions)
        summary.facts = factFigures(facts.filter { inScope($0.county) })
        return summary
    }

    private static func enterpriseFigures(_ enterprises: [Enterprise]) -> EnterpriseFigures {
        var figures = EnterpriseFigures()
        figures.total = enterprises.count
        figures.keySupervised = enterprises.count { $0.keySupervised }
        figures.aboveScale = enterprises.count { $0.scale == .above }
        for level in RiskLevel.allCases {
            figures.byRisk[level] = enterprises.count { $0.riskLevel == level }
        }
        let rewarding = enterprises.filter(\.rewardMechanism)
        figures.rewardMechanism = rewarding.count
        figures.platformRegistered = enterprises.count { $0.platformRegistered }
        figures.rewardMechanismIndustries = distinctPerCounty(rewarding.filter { !$0.industry.isBlank }) {
            CountyKey(county: $0.county, key: $0.industry)
        }
        return figures
    }

    /// `hazards` already exclude duplicates and other counties.
    private static func hazardFigures(_ hazards: [Hazard], asOf: Day) -> HazardFigures {
        var figures = HazardFigures()
        figures.found = hazards.count
        figures.rectified = hazards.count { $0.status.isRectified }
        figures.overdue = hazards.count { $0.isOverdue(asOf: asOf) }
        return figures
    }

    /// `hazards` are the counted major ones.
    private static func majorHazardFigures(_ hazards: [Hazard]) -> MajorHazardFigures {
        var figures = MajorHazardFigures()
        figures.found = hazards.count
        figures.rectified = hazards.count { $0.status.isRectified }
        figures.listed = hazards.count { $0.listedOn != nil }
        figures.delisted = hazards.count { $0.delistedOn != nil }
        return figures
    }

    /// `hazards` are the counted employee reports: rewards of duplicates and of other sources
    /// are not rewards for internal reports.
    private static func internalReportFigures(_ hazards: [Hazard]) -> InternalReportFigures {
        var figures = InternalReportFigures()
        figures.found = hazards.count
        figures.rectified = hazards.count { $0.status.isRectified }
        figures.rewardYuan = hazards.reduce(0) { $0 + $1.rewardYuan }
        return figures
    }

    private static func trainingFigures(_ events: [TrainingEvent]) -> TrainingFigures {
        var figures = TrainingFigures()
        figures.sessions = events.reduce(0) { $0 + $1.sessions }
        figures.personTimes = events.reduce(0) { $0 + $1.personTimes }
        figures.materials = events.reduce(0) { $0 + $1.materials }
        for kind in TrainingKind.allCases {
            figures.byKind[kind] = attendance(events.filter { $0.kind == kind })
        }
        for audience in TrainingAudience.allCases {
            figures.byAudience[audience] = attendance(events.filter { $0.audience == audience })
        }
        return figures
    }

    private static func attendance(_ events: [TrainingEvent]) -> Attendance {
        Attendance(sessions: events.reduce(0) { $0 + $1.sessions }, personTimes: events.reduce(0) { $0 + $1.personTimes })
    }

    private static func inspectionFigures(_ inspections: [Inspection], asOf: Day) -> InspectionFigures {
        var figures = InspectionFigures()
        figures.all = inspectionTally(inspections, asOf: asOf)
        for kind in InspectionKind.allCases {
            figures.byKind[kind] = inspectionTally(inspections.filter { $0.kind == kind }, asOf: asOf)
        }
        return figures
    }

    /// Hazards found and inspectors are summed over done inspections only, like units and
    /// checks: a plan has found nothing and sent nobody yet.
    private static func inspectionTally(_ inspections: [Inspection], asOf: Day) -> InspectionTally {
        var tally = InspectionTally()
        let done = inspections.filter { $0.doneOn != nil }
        tally.planned = inspections.count { $0.plannedOn != nil }
        tally.done = done.count
        tally.overdue = inspections.count { $0.isOverdue(asOf: asOf) }
        tally.units = distinctPerCounty(done.filter { $0.enterpriseId != nil }) {
            CountyKey(county: $0.county, key: $0.enterpriseId ?? "")
        }
        tally.hazardsFound = done.reduce(0) { $0 + $1.hazardsFound }
        tally.inspectors = done.reduce(0) { $0 + $1.inspectors }
        // A check is one team's outing on one day; rows without a team share the key "".
        tally.checks = distinctPerCounty(done) {
            CountyKey(county: $0.county, key: "\($0.team)\u{1F}\($0.doneOn?.iso ?? "")")
        }
        tally.teams = distinctPerCounty(inspections.filter { !$0.team.isBlank }) {
            CountyKey(county: $0.county, key: $0.team)
        }
        return tally
    }

    private static func townsAndZones(county: String?, in tree: JurisdictionTree?) -> (towns: Int, zones: Int) {
        guard let tree else { return (0, 0) }
        var units: [Jurisdiction]
        if let county {
            var seen = Set<String>()
            units = []
            for unit in tree.units(named: county) where unit.level.depth < JurisdictionLevel.town.depth {
                for below in tree.descendants(of: unit.code) where seen.insert(below.code).inserted {
                    units.append(below)
                }
            }
        } else {
            var seen = Set<String>()
            units = tree.units.filter { seen.insert($0.code).inserted }
        }
        return (units.count { $0.level == .town }, units.count { $0.level == .zone })
    }

    private static func factFigures(_ facts: [CountyFact]) -> [String: Double] {
        var byCounty: [String: [String: Double]] = [:]
        for fact in facts { byCounty[fact.county, default: [:]][fact.key] = fact.value }
        var result: [String: Double] = [:]
        for values in byCounty.values {
            for (key, value) in values { result[key, default: 0] += value }
        }
        return result
    }

    /// A value qualified by its county, so distinct counts never merge across counties.
    private struct CountyKey: Hashable {
        var county: String
        var key: String
    }

    private static func distinctPerCounty<Record>(_ records: [Record], _ key: (Record) -> CountyKey) -> Int {
        Set(records.map(key)).count
    }
}
