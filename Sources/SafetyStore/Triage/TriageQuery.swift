import Foundation
import GRDB
import SafetyCore

/// Reads for the triage list: counts, pages, search positions and what the detail pane
/// shows. Every read is one indexed query over the filter; nothing loads the whole list.
public enum TriageQuery {
    /// How many hazards pass `filter` on `today`.
    public static func count(_ db: Database, filter: TriageFilter, today: Day) throws -> Int {
        // The open queue, whole or of a county, and its major part are kept in the summary
        // tables: counting them is one row, not hundreds of thousands.
        var plain = TriageFilter(county: filter.county)
        plain.grade = filter.grade
        if filter == plain, filter.grade != .general {
            let (found, rectified) = filter.grade == .major ? ("major_found", "major_rectified") : ("found", "rectified")
            return try Int.fetchOne(db, sql: """
                SELECT COALESCE(SUM(\(found) - \(rectified)), 0) FROM county_hazard_stats \(filter.county == nil ? "" : "WHERE county = ?")
                """, arguments: filter.county.map { [$0] } ?? []) ?? 0
        }
        let (clause, arguments) = whereClause(filter, today: today)
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM hazard h \(joinIfNeeded(filter)) \(clause)", arguments: arguments) ?? 0
    }

    /// `limit` rows from position `offset` of the list in `sort` order, with likely duplicates
    /// flagged by `duplicates`.
    public static func page(_ db: Database, filter: TriageFilter, sort: TriageSort, descending: Bool = false,
                            offset: Int, limit: Int, today: Day, duplicates: DuplicateRule = DuplicateRule()) throws -> [TriageRow] {
        let (clause, arguments) = whereClause(filter, today: today)
        let order = orderBy(sort, descending: descending)
        // The page's ids first, over the hazard table alone (an OFFSET deep in the queue then
        // skips index entries, not joined rows), unless the order needs the enterprise.
        let pageIds = sort == .enterprise
            ? "SELECT h.id FROM hazard h JOIN enterprise e ON e.id = h.enterprise_id \(clause) ORDER BY \(order) LIMIT ? OFFSET ?"
            : "SELECT h.id FROM hazard h \(indexHint(filter, sort)) \(joinIfNeeded(filter)) \(clause) ORDER BY \(order) LIMIT ? OFFSET ?"
        let rows = try Row.fetchAll(db, sql: """
            SELECT h.*, e.name AS enterprise_name, e.town AS enterprise_town, e.industry AS enterprise_industry,
              e.risk_level AS enterprise_risk
            FROM (\(pageIds)) AS p JOIN hazard h ON h.id = p.id JOIN enterprise e ON e.id = h.enterprise_id
            ORDER BY \(order)
            """, arguments: arguments + [limit, max(0, offset)])
        return try rows.map { row in
            let tracked = try TrackedHazard(row: row)
            return TriageRow(tracked: tracked, enterpriseName: row["enterprise_name"], town: row["enterprise_town"],
                             industry: row["enterprise_industry"], riskLevel: row["enterprise_risk"],
                             likelyDuplicateOf: try likelyOriginal(db, of: tracked.hazard, rule: duplicates)?.id)
        }
    }

    /// The first `limit` hazards of the list, in its order, whose id, enterprise name or
    /// description contains `text`. In the default order the scan walks the queue index and
    /// stops at the limit; `position(_:of:…)` then places the one the officer jumps to.
    public static func search(_ db: Database, _ text: String, filter: TriageFilter, sort: TriageSort, descending: Bool = false,
                              today: Day, limit: Int = 200) throws -> [String] {
        let needle = text.trimmingCharacters(in: .whitespaces)
        guard !needle.isEmpty else { return [] }
        let (clause, arguments) = whereClause(filter, today: today)
        let pattern = "%" + needle.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
        // In list order along the named index, the enterprise looked up per row (CROSS JOIN
        // keeps SQLite from starting at the enterprises and sorting at the end).
        let hint = sort == .enterprise ? "" : indexHint(filter, sort)
        return try String.fetchAll(db, sql: """
            SELECT h.id FROM hazard h \(hint) \(hint.isEmpty ? "JOIN" : "CROSS JOIN") enterprise e ON e.id = h.enterprise_id \(clause)
              AND (h.id LIKE ? ESCAPE '\\' OR e.name LIKE ? ESCAPE '\\' OR h.description LIKE ? ESCAPE '\\')
            ORDER BY \(orderBy(sort, descending: descending)) LIMIT \(max(1, limit))
            """, arguments: arguments + [pattern, pattern, pattern])
    }

    /// The list position of hazard `id`, or nil when it does not pass the filter.
    public static func position(_ db: Database, of id: String, filter: TriageFilter, sort: TriageSort, descending: Bool = false,
                                today: Day) throws -> Int? {
        let (clause, arguments) = whereClause(filter, today: today)
        if sort == .urgency, !descending {
            // In the queue index's order: count the rows before it along the index.
            guard let hazard = try Hazard.fetchOne(db, key: id),
                  try Bool.fetchOne(db, sql: "SELECT 1 FROM hazard h \(joinIfNeeded(filter)) \(clause) AND h.id = ?",
                                    arguments: arguments + [id]) == true else { return nil }
            let deadline = hazard.deadline?.iso
            let before = deadline == nil
                ? "(h.grade > ? OR (h.grade = ? AND h.deadline IS NULL AND h.id < ?))"
                : "(h.grade > ? OR (h.grade = ? AND (h.deadline IS NULL OR h.deadline < ? OR (h.deadline = ? AND h.id < ?))))"
            var values: [any DatabaseValueConvertible] = [hazard.grade.rawValue, hazard.grade.rawValue]
            values += deadline.map { [$0, $0, id] } ?? [id]
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM hazard h \(joinIfNeeded(filter)) \(clause) AND \(before)",
                                    arguments: arguments + StatementArguments(values))
        }
        return try Int.fetchOne(db, sql: """
            SELECT position FROM (
              SELECT h.id, ROW_NUMBER() OVER (ORDER BY \(orderBy(sort, descending: descending))) - 1 AS position
              FROM hazard h JOIN enterprise e ON e.id = h.enterprise_id \(clause))
            WHERE id = ?
            """, arguments: arguments + [id])
    }

    /// The hazard `hazard` likely repeats: another of the same enterprise, found within the
    /// rule's days, with a similar description, and found earlier (the one to keep).
    public static func likelyOriginal(_ db: Database, of hazard: Hazard, rule: DuplicateRule) throws -> Hazard? {
        guard hazard.duplicateOf == nil else { return nil }
        let candidates = try Hazard.fetchAll(db, sql: """
            SELECT * FROM hazard WHERE enterprise_id = ? AND id != ? AND duplicate_of IS NULL
              AND found_on BETWEEN ? AND ?
            """, arguments: [hazard.enterpriseId, hazard.id, hazard.foundOn.adding(days: -rule.withinDays),
                             hazard.foundOn.adding(days: rule.withinDays)])
        return candidates
            .filter { rule.isLikelyDuplicate(hazard, $0) && DuplicateRule.original(of: hazard, $0).id == $0.id }
            .min { ($0.foundOn, $0.id) < ($1.foundOn, $1.id) }
    }

    /// Responsible units already used in `county` that start with `prefix`, most used first:
    /// completion for the assign prompt.
    public static func responsibleUnits(_ db: Database, county: String, prefix: String, limit: Int = 8) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT responsible FROM hazard INDEXED BY hazard_county_found
            WHERE county = ? AND responsible LIKE ? ESCAPE '\\' AND responsible IS NOT NULL
            GROUP BY responsible ORDER BY COUNT(*) DESC, responsible LIMIT ?
            """, arguments: [county, prefix.replacingOccurrences(of: "%", with: "\\%") + "%", limit])
    }

    // MARK: - SQL

    /// The open-queue index whose order is `sort`, named for SQLite, which without statistics
    /// prefers an index for the `status IN (…)` test and then sorts the whole queue. Only for
    /// the open queue, which those partial indexes hold.
    static func indexHint(_ filter: TriageFilter, _ sort: TriageSort) -> String {
        guard filter.statuses == HazardFilter.unrectified else { return "" }
        return switch sort {
        case .urgency: filter.county == nil ? "INDEXED BY hazard_open_queue" : "INDEXED BY hazard_open_county_queue"
        case .county: "INDEXED BY hazard_open_county_queue"
        case .deadline: "INDEXED BY hazard_open_deadline"
        case .found: "INDEXED BY hazard_open_found"
        case .enterprise, .status: ""
        }
    }

    /// The enterprise join, only when the filter is about the enterprise.
    static func joinIfNeeded(_ filter: TriageFilter) -> String {
        filter.town != nil || filter.industry != nil ? "JOIN enterprise e ON e.id = h.enterprise_id" : ""
    }

    static func orderBy(_ sort: TriageSort, descending: Bool) -> String {
        (sort.terms + ["h.id"]).map { term in
            guard descending else { return term }
            return term.hasSuffix(" DESC") ? String(term.dropLast(5)) : term + " DESC"
        }.joined(separator: ", ")
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
            add("h.status IN \(Schema.unrectifiedStatuses) AND h.deadline < ?", today)
        }
        if filter.listedOnly { conditions.append("h.listed_on IS NOT NULL AND h.delisted_on IS NULL") }
        return ("WHERE " + conditions.joined(separator: " AND "), arguments)
    }
}
