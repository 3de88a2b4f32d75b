import Foundation
import GRDB
import SafetyCore

/// Reads for the triage list: counts, pages, search positions and what the detail pane
/// shows. Every read is one indexed query over the filter; nothing loads the whole list.
enum TriageQuery {
    /// How many hazards pass `filter` on `today`.
    static func count(_ db: Database, filter: TriageFilter, today: Day) throws -> Int {
        // The open queue, whole or of a county, of a grade, overdue or not, is counted in the
        // summary tables: a few rows (or the due days before today), not hundreds of thousands.
        // The triage queue adds the rectified hazards awaiting verification (never overdue).
        var plain = TriageFilter(county: filter.county)
        plain.grade = filter.grade
        plain.overdueOnly = filter.overdueOnly
        plain.statuses = filter.statuses
        if filter == plain, filter.statuses == [.rectified], !filter.overdueOnly {
            // The `awaiting` filter word: its own summary table (v16), not a walk of its rows.
            return try AwaitingVerification.count(db, county: filter.county, grade: filter.grade)
        }
        if filter == plain, filter.statuses == HazardStatus.unrectified || filter.statuses == HazardStatus.unclosed {
            let awaiting = filter.statuses == HazardStatus.unclosed && !filter.overdueOnly
                ? try AwaitingVerification.count(db, county: filter.county, grade: filter.grade) : 0
            let (all, major) = filter.overdueOnly ? ("open", "major") : ("found - rectified", "major_found - major_rectified")
            let counted = switch filter.grade {
            case nil: all
            case .major: major
            case .general: "(\(all)) - (\(major))"
            }
            let county = filter.county.map { _ in "AND county = ?" } ?? ""
            let countyArguments = StatementArguments(filter.county.map { [$0] } ?? [])
            if filter.overdueOnly {
                let overdue = KeptByDay.openHazards.sumsBefore(today, sums: [("n", counted)], condition: county, arguments: countyArguments)
                return try Int.fetchOne(db, sql: overdue.sql, arguments: overdue.arguments) ?? 0
            }
            return try awaiting + (Int.fetchOne(db, sql: "SELECT COALESCE(SUM(\(counted)), 0) FROM county_hazard_stats WHERE 1 \(county)",
                                                arguments: countyArguments) ?? 0)
        }
        let (from, clause, arguments) = source(filter, .urgency, today: today)
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(from) \(clause)", arguments: arguments) ?? 0
    }

    /// `limit` rows from position `offset` of the list in `sort` order, with likely duplicates
    /// flagged by `duplicates`. Given the list's `total`, a page is read from the nearer end
    /// (``NearerEnd``).
    static func page(_ db: Database, filter: TriageFilter, sort: TriageSort, descending: Bool = false,
                            offset: Int, limit: Int, total: Int? = nil, today: Day,
                            duplicates: DuplicateRule = DuplicateRule()) throws -> [TriageRow] {
        let read = NearerEnd(offset: offset, limit: limit, total: total)
        let (from, clause, arguments) = source(filter, sort, today: today)
        // The page's ids first, walking the list's index (an OFFSET deep in the queue then
        // skips index entries, not joined rows).
        let pageIds = "SELECT h.id FROM \(from) \(clause) ORDER BY \(orderBy(sort, filter, descending: descending != read.reversed)) LIMIT ? OFFSET ?"
        let rows = try Row.fetchAll(db, sql: """
            SELECT h.*, e.name AS enterprise_name, e.town AS enterprise_town, e.industry AS enterprise_industry,
              e.risk_level AS enterprise_risk
            FROM (\(pageIds)) AS p JOIN hazard h ON h.id = p.id JOIN enterprise e ON e.id = h.enterprise_id
            ORDER BY \(orderBy(sort, filter, descending: descending))
            """, arguments: arguments + [read.limit, read.offset])
        return try rows.map { row in
            let tracked = try TrackedHazard(row: row)
            return TriageRow(tracked: tracked, enterpriseName: row["enterprise_name"], town: row["enterprise_town"],
                             industry: row["enterprise_industry"], riskLevel: row["enterprise_risk"],
                             likelyDuplicateOf: try likelyOriginal(db, of: tracked.hazard, rule: duplicates),
                             pendingExtension: try ExtensionQuery.pending(db, hazard: tracked.hazard.id))
        }
    }

    /// Matches read at once: the scan walks the list until it has this many, so a common word
    /// costs a few thousand rows, not the whole queue; `n` past the last reads the next batch.

    /// `limit` hazards of the list from match `offset`, in its order, whose id, enterprise name
    /// or description contains `text`. In the default order the scan walks the queue index and
    /// stops at the limit; `position(_:of:…)` then places the one the officer jumps to.
    static func search(_ db: Database, _ text: String, filter: TriageFilter, sort: TriageSort, descending: Bool = false,
                              today: Day, offset: Int = 0, limit: Int = TriageSearch.batch) throws -> [String] {
        let needle = text.trimmingCharacters(in: .whitespaces)
        guard !needle.isEmpty else { return [] }
        let (from, clause, arguments) = source(filter, sort, today: today, enterprise: true)
        let pattern = LikePattern.containing(needle)
        let like = "LIKE ? \(LikePattern.escapeClause)"
        return try String.fetchAll(db, sql: """
            SELECT h.id FROM \(from) \(clause)
              AND (h.id \(like) OR e.name \(like) OR h.description \(like))
            ORDER BY \(orderBy(sort, filter, descending: descending)) LIMIT \(max(1, limit)) OFFSET \(max(0, offset))
            """, arguments: arguments + [pattern, pattern, pattern])
    }

    /// The list position of hazard `id`, or nil when it does not pass the filter: the number
    /// of rows that come before it in the list's order, counted along the list's index.
    static func position(_ db: Database, of id: String, filter: TriageFilter, sort: TriageSort, descending: Bool = false,
                                today: Day) throws -> Int? {
        let (from, clause, arguments) = source(filter, sort, today: today)
        let terms = orderTerms(sort, filter, descending: descending)
        guard let row = try Row.fetchOne(db, sql: """
            SELECT \(terms.map(\.expression).joined(separator: ", ")) FROM \(from) \(clause) AND h.id = ?
            """, arguments: arguments + [id]) else { return nil }
        // One count per range of the index, summed: SQLite walks a conjunction as one range
        // of the index but an OR of them as a scan of everything after the first.
        let ranges = precedingRanges(terms, values: Array(row.databaseValues))
        guard !ranges.isEmpty else { return 0 }
        var values = StatementArguments()
        let counts = ranges.map { range in
            _ = values.append(contentsOf: arguments + StatementArguments(range.values))
            return "(SELECT COUNT(*) FROM \(from) \(clause) AND \(range.condition))"
        }
        return try Int.fetchOne(db, sql: "SELECT " + counts.joined(separator: " + "), arguments: values)
    }

    /// The rows before the row whose order values are `values`, in the order `terms`, as
    /// disjoint conjunctions: equal on the first terms, then strictly before on the next
    /// (SQLite puts NULL first going up, last going down).
    static func precedingRanges(_ terms: [(expression: String, descending: Bool)], values: [DatabaseValue])
        -> [(condition: String, values: [DatabaseValue])] {
        var ranges: [(condition: String, values: [DatabaseValue])] = []
        var equal: [String] = [], equalValues: [DatabaseValue] = []
        for (term, value) in zip(terms, values) {
            let column = term.expression
            let before: [(String, [DatabaseValue])] = switch (value.isNull, term.descending) {
            case (true, true): [("\(column) IS NOT NULL", [])]
            case (true, false): []
            case (false, true): [("\(column) > ?", [value])]
            case (false, false): [("\(column) IS NULL", []), ("\(column) < ?", [value])]
            }
            for (condition, conditionValues) in before {
                ranges.append(((equal + [condition]).joined(separator: " AND "), equalValues + conditionValues))
            }
            equal.append(value.isNull ? "\(column) IS NULL" : "\(column) = ?")
            if !value.isNull { equalValues.append(value) }
        }
        return ranges
    }

    /// The id of the hazard `hazard` likely repeats: another of the same enterprise, found
    /// within the rule's days, with a similar description, and found earlier (the one to keep).
    static func likelyOriginal(_ db: Database, of hazard: Hazard, rule: DuplicateRule) throws -> String? {
        guard hazard.duplicateOf == nil else { return nil }
        // Read for every row of a triage window: prepared once, and only the hazards that could
        // be its original (found before it, or the same day with a smaller id), earliest first.
        let statement = try db.cachedStatement(sql: """
            SELECT id, description FROM hazard INDEXED BY hazard_enterprise_found
            WHERE enterprise_id = ? AND found_on BETWEEN ? AND ? AND duplicate_of IS NULL AND (found_on < ? OR id < ?)
            ORDER BY found_on, id
            """)
        let bigrams = DescriptionBigrams(hazard.description)
        let candidates = try Row.fetchCursor(statement, arguments: [
            hazard.enterpriseId, hazard.foundOn.adding(days: -rule.withinDays), hazard.foundOn, hazard.foundOn, hazard.id])
        while let candidate = try candidates.next() {
            if rule.isSimilar(bigrams, DescriptionBigrams(candidate[1])) { return candidate[0] }
        }
        return nil
    }

    /// Responsible units already used in `county` that start with `prefix`, most used first:
    /// completion for the assign prompt.
    static func responsibleUnits(_ db: Database, county: String, prefix: String, limit: Int = 8) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT responsible FROM hazard INDEXED BY hazard_county_found_kept
            WHERE county = ? AND duplicate_of IS NULL AND responsible LIKE ? \(LikePattern.escapeClause) AND responsible IS NOT NULL
            GROUP BY responsible ORDER BY COUNT(*) DESC, responsible LIMIT ?
            """, arguments: [county, LikePattern.starting(with: prefix), limit])
    }

    // MARK: - SQL

    /// What the list's rows are read from, with the WHERE clause: in the open queue, the
    /// index whose order is `sort`, named for SQLite (which without statistics prefers an index
    /// for the `status IN (…)` test and then sorts the whole queue); by enterprise, the
    /// enterprises in name order, each with its open hazards. The enterprise is joined when the
    /// filter or order needs it, or when `enterprise` asks for it.
    static func source(_ filter: TriageFilter, _ sort: TriageSort, today: Day, enterprise: Bool = false)
        -> (from: String, clause: String, arguments: StatementArguments) {
        var (clause, arguments) = whereClause(filter, today: today)
        let needsEnterprise = enterprise || sort == .enterprise || filter.town != nil || filter.industry != nil
        // The open queue (v1, v5, v7) and the triage queue (v15) each have an index per order.
        let queue = switch filter.statuses {
        case HazardStatus.unrectified: "open"
        case HazardStatus.unclosed: "active"
        default: ""
        }
        guard !queue.isEmpty else {
            return ("hazard h" + (needsEnterprise ? " JOIN enterprise e ON e.id = h.enterprise_id" : ""), clause, arguments)
        }
        if sort == .enterprise {
            // An enterprise's hazards are in its county (imports check it), so the county
            // filter can pick the enterprises.
            if let county = filter.county {
                clause += " AND e.county = ?"
                _ = arguments.append(contentsOf: [county])
            }
            let names = filter.county == nil ? "enterprise_name" : "enterprise_county_name"
            return ("enterprise e INDEXED BY \(names) CROSS JOIN hazard h INDEXED BY hazard_\(queue)_enterprise ON h.enterprise_id = e.id",
                    clause, arguments)
        }
        let order = switch sort {
        case .urgency: filter.county == nil ? "queue" : "county_queue"
        case .county: "county_queue"
        case .deadline: "deadline"
        case .found: "found"
        case .status: "status"
        case .enterprise: preconditionFailure("read along the enterprises above")
        }
        let index = "hazard_\(queue)_\(order)"
        // CROSS JOIN: along the hazards' index, the enterprise looked up per row.
        return ("hazard h INDEXED BY \(index)" + (needsEnterprise ? " CROSS JOIN enterprise e ON e.id = h.enterprise_id" : ""),
                clause, arguments)
    }

    /// In the triage queue, the hazards awaiting verification come after those still to be
    /// rectified in the urgency orders (their old deadlines would put them first), as v15's
    /// queue indexes are ordered.
    /// In parentheses: it is compared as a whole in the position's ranges (`<` binds before `=`).
    static let awaitingLast = "(h.status = '\(HazardStatus.rectified.rawValue)')"

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

    static func orderBy(_ sort: TriageSort, _ filter: TriageFilter, descending: Bool) -> String {
        orderTerms(sort, filter, descending: descending).map { $0.descending ? $0.expression + " DESC" : $0.expression }
            .joined(separator: ", ")
    }

    static func whereClause(_ filter: TriageFilter, today: Day) -> (String, StatementArguments) {
        var conditions = ["h.duplicate_of IS NULL"]
        var arguments = StatementArguments()
        func add(_ condition: String, _ value: some DatabaseValueConvertible) {
            conditions.append(condition)
            _ = arguments.append(contentsOf: [value])
        }
        if let county = filter.county { add("h.county = ?", county) }
        if let town = filter.town { add("e.town = ?", town) }
        if let industry = filter.industry { add("e.industry = ?", industry) }
        if let grade = filter.grade { add("h.grade = ?", grade) }
        if let source = filter.source { add("h.source = ?", source) }
        if !filter.statuses.isEmpty, filter.statuses.count < HazardStatus.allCases.count {
            // In declaration order, as the partial indexes spell it, so SQLite can use them.
            let list = HazardStatus.allCases.filter(filter.statuses.contains).map { "'\($0.rawValue)'" }.joined(separator: ",")
            conditions.append("h.status IN (\(list))")
        }
        if filter.overdueOnly {
            add("h.status IN \(StatusList.unrectified) AND h.deadline < ?", today)
        }
        if filter.listedOnly { conditions.append("h.listed_on IS NOT NULL AND h.delisted_on IS NULL") }
        return ("WHERE " + conditions.joined(separator: " AND "), arguments)
    }
}
