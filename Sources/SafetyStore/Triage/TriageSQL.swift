import SafetyCore

/// The SQL of the triage list, written once for both backends: which rows pass a filter, in
/// which order, where a row stands in it and how the list is counted. Placeholders are `?`
/// (`PostgresBinds` numbers them for PostgreSQL); the values bound are text, in order.
/// The dialect differs only where the engines do: SQLite is told its index (`INDEXED BY`,
/// `CROSS JOIN` to keep the join order); PostgreSQL is told where NULL sorts, since it puts
/// NULL last going up and SQLite — whose order the list keeps — first.
struct TriageSQL {
    enum Dialect: Sendable {
        case sqlite, postgreSQL
    }

    let dialect: Dialect

    /// What the list's rows are read from, with the WHERE clause: in the open queue, the
    /// index whose order is `sort`, named for SQLite (which without statistics prefers an index
    /// for the `status IN (…)` test and then sorts the whole queue); by enterprise, the
    /// enterprises in name order, each with its open hazards. The enterprise is joined when the
    /// filter or order needs it, or when `enterprise` asks for it.
    func source(_ filter: TriageFilter, _ sort: TriageSort, today: Day, enterprise: Bool = false)
        -> (from: String, clause: String, values: [String]) {
        var (clause, values) = Self.whereClause(filter, today: today)
        let needsEnterprise = enterprise || sort == .enterprise || filter.town != nil || filter.industry != nil
        // The open queue (v1, v5, v7) and the triage queue (v15) each have an index per order.
        let queue = switch filter.statuses {
        case HazardStatus.unrectified: "open"
        case HazardStatus.unclosed: "active"
        default: ""
        }
        guard !queue.isEmpty else {
            return ("hazard h" + (needsEnterprise ? " JOIN enterprise e ON e.id = h.enterprise_id" : ""), clause, values)
        }
        if sort == .enterprise {
            // An enterprise's hazards are in its county (imports check it), so the county
            // filter can pick the enterprises.
            if let county = filter.county {
                clause += " AND e.county = ?"
                values.append(county)
            }
            let names = filter.county == nil ? "enterprise_name" : "enterprise_county_name"
            return (indexed("enterprise e", names) + " " + crossJoin(indexed("hazard h", "hazard_\(queue)_enterprise"))
                        + " ON h.enterprise_id = e.id", clause, values)
        }
        let order = switch sort {
        case .urgency: filter.county == nil ? "queue" : "county_queue"
        case .county: "county_queue"
        case .deadline: "deadline"
        case .found: "found"
        case .status: "status"
        case .enterprise: preconditionFailure("read along the enterprises above")
        }
        // CROSS JOIN: along the hazards' index, the enterprise looked up per row.
        return (indexed("hazard h", "hazard_\(queue)_\(order)")
                    + (needsEnterprise ? " " + crossJoin("enterprise e") + " ON e.id = h.enterprise_id" : ""),
                clause, values)
    }

    /// The hazards that could be the original of a row of `window` (a row source with the
    /// columns enterprise_id, lo, found_on): each unmerged hazard of a row's enterprise found
    /// from the earliest `lo` to the latest day of its rows, once, in found day then id order,
    /// as ``DuplicateRule/likelyOriginals(of:candidates:)`` takes them.
    func duplicateCandidates(of window: String) -> String {
        """
        SELECT c.id, c.enterprise_id, c.found_on, c.description
        FROM (SELECT enterprise_id, MIN(lo) AS lo, MAX(found_on) AS hi FROM \(window) GROUP BY enterprise_id) AS r
        JOIN \(indexed("hazard c", "hazard_enterprise_found")) ON c.enterprise_id = r.enterprise_id AND c.found_on BETWEEN r.lo AND r.hi
        WHERE c.duplicate_of IS NULL
        ORDER BY c.found_on, c.id
        """
    }

    private func indexed(_ table: String, _ index: String) -> String {
        dialect == .sqlite ? "\(table) INDEXED BY \(index)" : table
    }

    private func crossJoin(_ table: String) -> String {
        dialect == .sqlite ? "CROSS JOIN \(table)" : "JOIN \(table)"
    }

    /// In the triage queue, the hazards awaiting verification come after those still to be
    /// rectified in the urgency orders (their old deadlines would put them first), as v15's
    /// queue indexes are ordered.
    /// In parentheses: it is compared as a whole in the position's ranges (`<` binds before `=`).
    static let awaitingLast = "(h.status = '\(HazardStatus.rectified.rawValue)')"

    /// The columns that may be NULL, for where PostgreSQL is to sort NULL.
    private static let nullable: Set<String> = ["h.deadline"]

    static func orderTerms(_ sort: TriageSort, _ filter: TriageFilter, descending: Bool) -> [(expression: String, descending: Bool)] {
        var terms = sort.terms
        if filter.statuses == HazardStatus.unclosed, let at = [TriageSort.urgency: 0, .county: 1][sort] {
            terms.insert(awaitingLast, at: at)
        }
        return (terms + ["h.id"]).map { term in
            let down = term.hasSuffix(" DESC")
            return (down ? String(term.dropLast(5)) : term, down != descending)
        }
    }

    func orderBy(_ sort: TriageSort, _ filter: TriageFilter, descending: Bool) -> String {
        Self.orderTerms(sort, filter, descending: descending).map { term in
            var sql = term.descending ? term.expression + " DESC" : term.expression
            // SQLite's order: NULL first going up, last going down (as the queue indexes are declared).
            if dialect == .postgreSQL, Self.nullable.contains(term.expression) {
                sql += term.descending ? " NULLS LAST" : " NULLS FIRST"
            }
            return sql
        }.joined(separator: ", ")
    }

    static func whereClause(_ filter: TriageFilter, today: Day) -> (String, [String]) {
        var conditions = ["h.duplicate_of IS NULL"]
        var values: [String] = []
        func add(_ condition: String, _ value: String) {
            conditions.append(condition)
            values.append(value)
        }
        if let county = filter.county { add("h.county = ?", county) }
        if let town = filter.town { add("e.town = ?", town) }
        if let industry = filter.industry { add("e.industry = ?", industry) }
        if let grade = filter.grade { add("h.grade = ?", grade.rawValue) }
        if let source = filter.source { add("h.source = ?", source.rawValue) }
        if !filter.statuses.isEmpty, filter.statuses.count < HazardStatus.allCases.count {
            // In declaration order, as the partial indexes spell it, so SQLite can use them.
            let list = HazardStatus.allCases.filter(filter.statuses.contains).map { "'\($0.rawValue)'" }.joined(separator: ",")
            conditions.append("h.status IN (\(list))")
        }
        if filter.overdueOnly {
            add("h.status IN \(StatusList.unrectified) AND h.deadline < ?", today.iso)
        }
        if filter.listedOnly { conditions.append("h.listed_on IS NOT NULL AND h.delisted_on IS NULL") }
        return ("WHERE " + conditions.joined(separator: " AND "), values)
    }

    /// The search's extra condition: the id, the enterprise's name or the description contains
    /// the pattern (bound three times).
    static let searchCondition: String = {
        let like = "LIKE ? \(LikePattern.escapeClause)"
        return "(h.id \(like) OR e.name \(like) OR h.description \(like))"
    }()
}
