import SafetyCore

/// An order value of the hazard being placed in the list, as both backends read and bind it:
/// the order columns are text, the awaiting-last term a truth value.
enum TriageKey: Equatable, Sendable {
    case text(String)
    case flag(Bool)
}

/// How one order term of a range compares with the hazard being placed.
enum TermRelation: Equatable, Sendable {
    case isNull, isNotNull
    case equal(TriageKey), below(TriageKey), above(TriageKey)

    /// The condition on `expression`, with the value its placeholder takes.
    func condition(on expression: String) -> (sql: String, value: TriageKey?) {
        switch self {
        case .isNull: ("\(expression) IS NULL", nil)
        case .isNotNull: ("\(expression) IS NOT NULL", nil)
        case .equal(let key): ("\(expression) = ?", key)
        case .below(let key): ("\(expression) < ?", key)
        case .above(let key): ("\(expression) > ?", key)
        }
    }

    /// Whether a row whose term is `key` satisfies the relation, compared as the stores do
    /// (text by code point, as the C collation and SQLite's BINARY do; false before true).
    func holds(for key: TriageKey) -> Bool {
        switch self {
        case .isNull: false
        case .isNotNull: true
        case .equal(let other): key == other
        case .below(let other): Self.less(key, other)
        case .above(let other): Self.less(other, key)
        }
    }

    private static func less(_ a: TriageKey, _ b: TriageKey) -> Bool {
        switch (a, b) {
        case let (.text(a), .text(b)): a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
        case let (.flag(a), .flag(b)): !a && b
        default: false
        }
    }
}

/// Where a hazard stands in the triage list: the rows before it, counted range by range, each
/// range equal to it on the first order terms and strictly before it on the next (SQLite walks
/// such a conjunction as one range of an index, an OR of them as a scan of everything after the
/// first). A range that is whole cells of a summary table is summed from it — the queue still
/// to be rectified per county and grade, per due day when the range bounds the deadline, and
/// the hazards awaiting verification per county and grade — so that placing a hazard does not
/// walk the hundreds of thousands of index entries before it at a province's scale. What the
/// summaries do not keep is counted along the list's index: a due day's own hazards, those
/// without a deadline, the found, status and enterprise orders, the deadline order of the
/// queue with the hazards awaiting verification, and filters beyond county and grade.
enum TriagePosition {
    /// The ranges before the row whose order values are `keys` (nil for NULL), in the order
    /// `terms`: NULL first going up, last going down, as the list sorts.
    static func ranges(_ terms: [(expression: String, descending: Bool)], keys: [TriageKey?]) -> [[(expression: String, relation: TermRelation)]] {
        var ranges: [[(expression: String, relation: TermRelation)]] = []
        var equal: [(expression: String, relation: TermRelation)] = []
        for (term, key) in zip(terms, keys) {
            let before: [TermRelation] = switch (key, term.descending) {
            case (nil, true): [.isNotNull]
            case (nil, false): []
            case let (key?, true): [.above(key)]
            case let (key?, false): [.isNull, .below(key)]
            }
            ranges += before.map { equal + [(term.expression, $0)] }
            equal.append((term.expression, key.map(TermRelation.equal) ?? .isNull))
        }
        return ranges
    }

    /// The statement counting the rows before the hazard whose order values are `keys`, in the
    /// list read from `source` (``TriageSQL/source(_:_:today:enterprise:)``) in the order
    /// `terms`: one scalar per range, summed; its `?` placeholders take the values in order.
    /// Nil when nothing can come before it.
    static func statement(_ filter: TriageFilter, terms: [(expression: String, descending: Bool)], keys: [TriageKey?],
                          source: (from: String, clause: String, values: [String]), dialect: TriageSQL.Dialect)
        -> (sql: String, values: [TriageKey])? {
        var parts: [String] = []
        var values: [TriageKey] = []
        for range in ranges(terms, keys: keys) {
            if let kept = Cells(range, filter).flatMap(\.sum) {
                parts.append(kept.sql)
                values += kept.values.map(TriageKey.text)
                continue
            }
            let conditions = range.map { term in
                // PostgreSQL folds a bound truth value into `status <> …`, which no index matches;
                // the statuses themselves pick the open queue's partial index.
                guard dialect == .postgreSQL, term.expression == TriageSQL.awaitingLast else {
                    return term.relation.condition(on: term.expression)
                }
                let statuses = HazardStatus.unclosed.filter { term.relation.holds(for: .flag($0 == .rectified)) }
                return (statuses.isEmpty ? "false" : "h.status IN \(StatusList.sql(statuses))", nil)
            }
            parts.append("(SELECT COUNT(*) FROM \(source.from) \(source.clause) AND \(conditions.map(\.sql).joined(separator: " AND ")))")
            values += source.values.map(TriageKey.text) + conditions.compactMap(\.value)
        }
        return parts.isEmpty ? nil : ("SELECT " + parts.joined(separator: " + "), values)
    }

    /// The rows of a range as the summary tables keep them: which part of the queue (still to
    /// be rectified, awaiting verification), which counties, which grades, and the due days.
    private struct Cells {
        var open = true
        var awaiting: Bool
        var counties: [(relation: String, county: String)] = []
        var grades: Set<HazardGrade>
        /// Below or above a due day, or any due day (`isNotNull`); nil: the deadline is not bounded.
        var deadline: (relation: TermRelation, day: Day?)?

        /// Nil when the range is not whole cells: the filter is not one the summaries count
        /// (``TriageSQL/count(_:)``), or a term is one they do not keep.
        init?(_ range: [(expression: String, relation: TermRelation)], _ filter: TriageFilter) {
            guard case .kept(_, overdue: false, _) = TriageSQL.count(filter) else { return nil }
            awaiting = filter.statuses == HazardStatus.unclosed
            grades = filter.grade.map { [$0] } ?? Set(HazardGrade.allCases)
            if let county = filter.county { counties.append(("=", county)) }
            for (expression, relation) in range {
                switch expression {
                case TriageSQL.awaitingLast:
                    open = open && relation.holds(for: .flag(false))
                    awaiting = awaiting && relation.holds(for: .flag(true))
                case "h.grade":
                    grades = grades.filter { relation.holds(for: .text($0.rawValue)) }
                case "h.county":
                    switch relation {
                    case .equal(.text(let county)): counties.append(("=", county))
                    case .below(.text(let county)): counties.append(("<", county))
                    case .above(.text(let county)): counties.append((">", county))
                    case .isNotNull: break
                    case .isNull: grades = []
                    default: return nil
                    }
                case "h.deadline":
                    switch relation {
                    case .isNotNull: deadline = (relation, nil)
                    case .below(.text(let iso)), .above(.text(let iso)):
                        guard let day = Day(iso: iso) else { return nil }
                        deadline = (relation, day)
                    default: return nil
                    }
                default: return nil
                }
            }
        }

        /// The scalar that sums the cells, with its placeholders' values; nil when the tables
        /// kept by due day would be needed for the hazards awaiting verification, which they
        /// do not hold.
        var sum: (sql: String, values: [String])? {
            guard (open || awaiting) && !grades.isEmpty else { return ("0", []) }
            let condition = counties.map { " AND county \($0.relation) ?" }.joined()
            let countyValues = counties.map(\.county)
            if let deadline {
                guard !awaiting else { return nil }
                let sum = TriageSQL.openByDay(grades)
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
                parts.append("(SELECT CAST(COALESCE(SUM(\(TriageSQL.unrectified(grades))), 0) AS bigint) FROM county_hazard_stats WHERE true\(condition))")
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
    }
}
