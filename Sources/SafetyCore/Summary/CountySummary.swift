/// The figures of one county (or of a whole scope, when `county` is nil) that the report, the
/// console and the county pages show. Field names follow the JSON keys of docs/data-contract.md.
///
/// Definitions (one place for all of them):
/// - a hazard is *rectified* when its status is rectified or closed;
/// - the rectification rate is rectified ÷ found, nil when nothing was found;
/// - a hazard is *overdue* when not rectified and its deadline is before the as-of day;
/// - an inspection is *planned* when it has a planned date, *done* when it has a done date, and
///   *overdue* when planned before the as-of day and not done;
/// - duplicates (merged hazards) count nowhere;
/// - major hazards *listed* have a listed date, *delisted* a delisted date (ever, not "now");
/// - internal reports are hazards whose source is employee_report; their rewards are summed;
/// - an inspection's units (distinct enterprises), checks (distinct team and day), hazards
///   found and inspectors count done inspections only; teams are the distinct non-empty team
///   names among all its rows, planned or done;
/// - training sessions and person-times sum every kind and audience;
/// - distinct counts are distinct within a county and summed over counties;
/// - the dictionaries by risk level, kind and audience hold every case, zero when none.
///
/// `SummaryTally` is the reference implementation; `CountySummary.total` adds counties up.
public struct CountySummary: Hashable, Sendable {
    public var county: String?
    public var enterprises = EnterpriseFigures()
    public var hazards = HazardFigures()
    public var majorHazards = MajorHazardFigures()
    /// Hazards reported by employees through the internal-report reward mechanism.
    public var internalReports = InternalReportFigures()
    public var training = TrainingFigures()
    public var inspections = InspectionFigures()
    /// Towns and zones under the county in the jurisdiction tree.
    public var towns = 0
    public var zones = 0
    /// Published non-record figures (`facts.csv`), by key.
    public var facts: [String: Double] = [:]

    public init(county: String?) { self.county = county }
}

/// Counts of enterprises.
public struct EnterpriseFigures: Hashable, Sendable {
    public var total = 0
    public var keySupervised = 0
    public var aboveScale = 0
    /// Every level, zero when none.
    public var byRisk = Dictionary(uniqueKeysWithValues: RiskLevel.allCases.map { ($0, 0) })
    public var rewardMechanism = 0
    public var platformRegistered = 0
    /// Distinct industries among enterprises running the reward mechanism.
    public var rewardMechanismIndustries = 0
    public init() {}
}

/// Counts of hazards of every grade.
public struct HazardFigures: Hashable, Sendable {
    public var found = 0
    public var rectified = 0
    public var overdue = 0
    public var open: Int { found - rectified }
    public var rectificationRate: RectificationRate { RectificationRate(rectified: rectified, found: found) }
    public init() {}
}

/// Counts of major hazards (重大事故隐患).
public struct MajorHazardFigures: Hashable, Sendable {
    public var found = 0
    public var rectified = 0
    /// Ever listed for supervision (挂牌督办).
    public var listed = 0
    /// Delisted (摘牌销号).
    public var delisted = 0
    public var open: Int { found - rectified }
    public var rectificationRate: RectificationRate { RectificationRate(rectified: rectified, found: found) }
    public init() {}
}

/// Hazards from employees' internal reports and the rewards paid for them.
public struct InternalReportFigures: Hashable, Sendable {
    public var found = 0
    public var rectified = 0
    public var rewardYuan = 0
    public var rectificationRate: RectificationRate { RectificationRate(rectified: rectified, found: found) }
    public init() {}
}

/// Sessions and person-times.
public struct Attendance: Hashable, Sendable {
    public var sessions = 0
    public var personTimes = 0
    public init(sessions: Int = 0, personTimes: Int = 0) {
        self.sessions = sessions
        self.personTimes = personTimes
    }
}

/// Training, drill, lecture and publicity counts.
public struct TrainingFigures: Hashable, Sendable {
    /// Sessions of every kind.
    public var sessions = 0
    /// Person-times of every kind.
    public var personTimes = 0
    public var materials = 0
    /// Every kind, zero when none.
    public var byKind = Dictionary(uniqueKeysWithValues: TrainingKind.allCases.map { ($0, Attendance()) })
    /// Every audience, zero when none.
    public var byAudience = Dictionary(uniqueKeysWithValues: TrainingAudience.allCases.map { ($0, Attendance()) })
    /// Sessions of kind drill.
    public var drills: Int { byKind[.drill]?.sessions ?? 0 }
    /// Sessions of kind lecture.
    public var lectures: Int { byKind[.lecture]?.sessions ?? 0 }
    public init() {}
}

/// Inspection counts of one kind, or of all kinds.
public struct InspectionTally: Hashable, Sendable {
    public var planned = 0
    public var done = 0
    public var overdue = 0
    /// Distinct enterprises inspected (done).
    public var units = 0
    /// Hazards found by done inspections.
    public var hazardsFound = 0
    /// Inspectors sent out (人次).
    public var inspectors = 0
    /// Distinct (team, day) outings among done inspections: one check may visit several units.
    public var checks = 0
    /// Distinct teams.
    public var teams = 0
    public init() {}
}

/// Inspection counts, in all and by kind.
public struct InspectionFigures: Hashable, Sendable {
    public var all = InspectionTally()
    /// Every kind, zero when none.
    public var byKind = Dictionary(uniqueKeysWithValues: InspectionKind.allCases.map { ($0, InspectionTally()) })
    public var planned: Int { all.planned }
    public var done: Int { all.done }
    public var overdue: Int { all.overdue }
    public init() {}
}
