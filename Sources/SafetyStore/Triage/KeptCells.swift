import SafetyCore

/// Rows of the triage list as the summary tables keep them: which part of the queue (still to
/// be rectified, awaiting verification), which counties, which grades, and which due days.
/// The list's count and a position's steps (``TriagePosition``) are summed from these tables
/// — a few rows per county, or per county and due day — instead of counting hundreds of
/// thousands of rows.
struct KeptCells {
    private var open: Bool
    private var awaiting: Bool
    private var counties: [(relation: String, county: String)] = []
    private var grades: Set<HazardGrade>
    /// Below or above a due day, or any due day (`isNotNull`); nil: the deadline is not bounded.
    private var deadline: (relation: TermRelation, day: Day?)?

    /// The whole list of `filter` on `today`; nil when the summaries do not count it: a
    /// condition beyond county, grade, statuses and overdue, or statuses other than the open
    /// queue, the triage queue (not closed) or those awaiting verification.
    init?(_ filter: TriageFilter, today: Day) {
        var plain = TriageFilter(county: filter.county)
        plain.grade = filter.grade
        plain.overdueOnly = filter.overdueOnly
        plain.statuses = filter.statuses
        guard filter == plain else { return nil }
        switch filter.statuses {
        case HazardStatus.unrectified: (open, awaiting) = (true, false)
        case HazardStatus.unclosed: (open, awaiting) = (true, true)
        case [.rectified]: (open, awaiting) = (false, true)
        default: return nil
        }
        grades = filter.grade.map { [$0] } ?? Set(HazardGrade.allCases)
        if let county = filter.county { counties.append(("=", county)) }
        if filter.overdueOnly {
            // Overdue: still to be rectified, due before today.
            awaiting = false
            deadline = (.below(.text(today.iso)), today)
        }
    }

    /// These cells narrowed to the rows of `range` (conditions on order terms, all to hold);
    /// nil when a term is one the summaries do not keep.
    func narrowed(to range: [(expression: String, relation: TermRelation)]) -> KeptCells? {
        var cells = self
        for (expression, relation) in range {
            switch expression {
            case TriageSQL.awaitingLast:
                cells.open = cells.open && relation.holds(for: .flag(false))
                cells.awaiting = cells.awaiting && relation.holds(for: .flag(true))
            case "h.grade":
                cells.grades = cells.grades.filter { relation.holds(for: .text($0.rawValue)) }
            case "h.county":
                switch relation {
                case .equal(.text(let county)): cells.counties.append(("=", county))
                case .below(.text(let county)): cells.counties.append(("<", county))
                case .above(.text(let county)): cells.counties.append((">", county))
                case .isNotNull: break
                case .isNull: cells.grades = []
                default: return nil
                }
            case "h.deadline":
                // One bound on the due days: a second (an overdue list's) is not kept as cells.
                guard cells.deadline == nil else { return nil }
                switch relation {
                case .isNotNull: cells.deadline = (relation, nil)
                case .below(.text(let iso)), .above(.text(let iso)):
                    guard let day = Day(iso: iso) else { return nil }
                    cells.deadline = (relation, day)
                default: return nil
                }
            default: return nil
            }
        }
        return cells
    }

    /// The scalar that sums the cells (an SQL expression with `?` placeholders, for either
    /// backend), with its placeholders' values; nil when the due days are bounded for the
    /// hazards awaiting verification, which the tables kept by due day do not hold.
    var sum: (sql: String, values: [String])? {
        guard (open || awaiting) && !grades.isEmpty else { return ("0", []) }
        let condition = counties.map { " AND county \($0.relation) ?" }.joined()
        let countyValues = counties.map(\.county)
        if let deadline {
            guard !awaiting else { return nil }
            let sum = Self.counted(grades, all: "open", major: "major")
            let kept = KeptByDay.openHazards
            switch (deadline.relation, deadline.day) {
            case let (.below, day?):
                let month = Month(day)
                return ("(\(kept.sql(sums: [("n", sum)], groupedBy: [], condition: condition)))",
                        [month.iso] + countyValues + [month.firstDay.iso, day.iso] + countyValues)
            case let (.above, day?):
                let month = Month(day)
                return ("(\(kept.sqlAfter(sum: sum, condition: condition)))",
                        [month.iso] + countyValues + [day.iso, month.lastDay.iso] + countyValues)
            default:
                return ("(SELECT CAST(COALESCE(SUM(\(sum)), 0) AS bigint) FROM \(kept.monthTable) WHERE true\(condition))", countyValues)
            }
        }
        var parts: [String] = []
        var values: [String] = []
        if open {
            let sum = Self.counted(grades, all: "found - rectified", major: "major_found - major_rectified")
            parts.append("(SELECT CAST(COALESCE(SUM(\(sum)), 0) AS bigint) FROM county_hazard_stats WHERE true\(condition))")
            values += countyValues
        }
        if awaiting {
            let grade = grades.count == HazardGrade.allCases.count ? ""
                : " AND grade IN (\(grades.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")))"
            parts.append("(SELECT CAST(COALESCE(SUM(awaiting), 0) AS bigint) FROM county_awaiting_verification WHERE true\(condition)\(grade))")
            values += countyValues
        }
        return ("(" + parts.joined(separator: " + ") + ")", values)
    }

    /// The counter expression for `grades`: `all` counts both, `major` the major ones.
    private static func counted(_ grades: Set<HazardGrade>, all: String, major: String) -> String {
        switch (grades.contains(.general), grades.contains(.major)) {
        case (true, true): all
        case (false, true): major
        case (true, false): "(\(all)) - (\(major))"
        case (false, false): "0"
        }
    }
}
