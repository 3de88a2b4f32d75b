import Foundation
import GRDB
import SafetyCore

/// Reads for the triage list: counts, pages, search positions and what the detail pane
/// shows. Every read is one indexed query over the filter; nothing loads the whole list.
enum TriageQuery {
    /// How many hazards pass `filter` on `today`: from the summary tables where they keep the
    /// list (``KeptCells``), else by counting its rows.
    static func count(_ db: Database, filter: TriageFilter, today: Day) throws -> Int {
        if let kept = KeptCells(filter, today: today)?.sum {
            return try Int.fetchOne(db, sql: "SELECT " + kept.sql, arguments: StatementArguments(kept.values)) ?? 0
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
        // The page's rowids first, walking the list's index (an OFFSET deep in the queue then
        // skips index entries, not joined rows); each row is then one seek in the table, where
        // by id it was one in the id index and one in the table (two page reads a row, cold).
        let pageRowids = "SELECT h.rowid AS page_rowid FROM \(from) \(clause) ORDER BY \(orderBy(sort, filter, descending: descending != read.reversed)) LIMIT ? OFFSET ?"
        let rows = try Row.fetchAll(db, sql: """
            SELECT h.*, e.name AS enterprise_name, e.town AS enterprise_town, e.industry AS enterprise_industry,
              e.risk_level AS enterprise_risk
            FROM (\(pageRowids)) AS p JOIN hazard h ON h.rowid = p.page_rowid JOIN enterprise e ON e.id = h.enterprise_id
            ORDER BY \(orderBy(sort, filter, descending: descending))
            """, arguments: arguments + [read.limit, read.offset])
        let tracked = try rows.map(TrackedHazard.init(row:))
        let hazards = tracked.map(\.hazard)
        let originals = try likelyOriginals(db, of: hazards, rule: duplicates)
        let pending = try ExtensionQuery.pending(db, hazards: hazards.map(\.id))
        return zip(rows, tracked).map { row, tracked in
            TriageRow(tracked: tracked, enterpriseName: row["enterprise_name"], town: row["enterprise_town"],
                      industry: row["enterprise_industry"], riskLevel: row["enterprise_risk"],
                      likelyDuplicateOf: originals[tracked.hazard.id], pendingExtension: pending[tracked.hazard.id])
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
        return try String.fetchAll(db, sql: """
            SELECT h.id FROM \(from) \(clause) AND \(TriageSQL.searchCondition)
            ORDER BY \(orderBy(sort, filter, descending: descending)) LIMIT \(max(1, limit)) OFFSET \(max(0, offset))
            """, arguments: arguments + [pattern, pattern, pattern])
    }

    /// The list position of hazard `id`, or nil when it does not pass the filter: the number
    /// of rows that come before it in the list's order (``TriagePosition``).
    static func position(_ db: Database, of id: String, filter: TriageFilter, sort: TriageSort, descending: Bool = false,
                                today: Day) throws -> Int? {
        let source = sql.source(filter, sort, today: today)
        let terms = TriageSQL.orderTerms(sort, filter, descending: descending)
        guard let row = try Row.fetchOne(db, sql: """
            SELECT \(terms.map(\.expression).joined(separator: ", ")) FROM \(source.from) \(source.clause) AND h.id = ?
            """, arguments: StatementArguments(source.values + [id])) else { return nil }
        let keys = terms.indices.map { index -> TriageKey? in
            let value: DatabaseValue = row[index]
            // The awaiting-last term is SQLite's 0 or 1; every other order column is text.
            if terms[index].expression == TriageSQL.awaitingLast, let flag = Bool.fromDatabaseValue(value) { return .flag(flag) }
            return String.fromDatabaseValue(value).map(TriageKey.text)
        }
        guard let count = TriagePosition.statement(filter, today: today, terms: terms, keys: keys, source: source, dialect: .sqlite) else { return 0 }
        let arguments = StatementArguments(count.values.map { key -> DatabaseValue in
            switch key {
            case .text(let text): text.databaseValue
            case .flag(let flag): flag.databaseValue
            }
        })
        return try Int.fetchOne(db, sql: count.sql, arguments: arguments)
    }

    /// The likely original of each of `hazards` (``DuplicateRule/likelyOriginals(of:candidates:)``),
    /// by hazard id: one query for a whole window, the candidates of its enterprises read along
    /// `hazard_enterprise_found`.
    static func likelyOriginals(_ db: Database, of hazards: [Hazard], rule: DuplicateRule) throws -> [String: String] {
        let unmerged = hazards.filter { $0.duplicateOf == nil }
        guard !unmerged.isEmpty else { return [:] }
        var arguments = StatementArguments()
        for hazard in unmerged {
            _ = arguments.append(contentsOf: [hazard.enterpriseId, rule.earliestOriginal(of: hazard).iso, hazard.foundOn.iso])
        }
        let window = "(VALUES \(Array(repeating: "(?, ?, ?)", count: unmerged.count).joined(separator: ", ")))"
        let candidates = try Row.fetchAll(db, sql: "WITH w(enterprise_id, lo, found_on) AS \(window) " + sql.duplicateCandidates(of: "w"),
                                          arguments: arguments).map { row in
            DuplicateCandidate(id: row[0], enterpriseId: row[1], foundOn: row[2], description: row[3])
        }
        return rule.likelyOriginals(of: hazards, candidates: candidates)
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

    private static let sql = TriageSQL(dialect: .sqlite)

    /// ``TriageSQL/source(_:_:today:enterprise:)`` for SQLite, its values as arguments.
    static func source(_ filter: TriageFilter, _ sort: TriageSort, today: Day, enterprise: Bool = false)
        -> (from: String, clause: String, arguments: StatementArguments) {
        let (from, clause, values) = sql.source(filter, sort, today: today, enterprise: enterprise)
        return (from, clause, StatementArguments(values))
    }

    static func orderBy(_ sort: TriageSort, _ filter: TriageFilter, descending: Bool) -> String {
        sql.orderBy(sort, filter, descending: descending)
    }
}
