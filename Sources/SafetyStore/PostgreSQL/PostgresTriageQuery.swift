import Foundation
import PostgresNIO
import SafetyCore

/// `TriageQuery` on PostgreSQL: the same reads of the triage list, from the shared SQL of
/// ``TriageSQL`` (its PostgreSQL dialect, `?` numbered by ``PostgresBinds``) and the same counts (``KeptCells``).
enum PostgresTriageQuery {
    private static let sql = TriageSQL(dialect: .postgreSQL)

    /// How many hazards pass `filter` on `today`: from the summary tables where they keep the
    /// list (``KeptCells``), else by counting its rows.
    static func count(_ db: PostgresSession, filter: TriageFilter, today: Day) throws -> Int {
        if let kept = KeptCells(filter, today: today)?.sum {
            return try value(db, "SELECT " + kept.sql, binds(kept.values))
        }
        let (from, clause, values) = sql.source(filter, .urgency, today: today)
        return try value(db, "SELECT COUNT(*) FROM \(from) \(clause)", binds(values))
    }

    /// `limit` rows from position `offset` of the list in `sort` order; a page in the
    /// list's second half is read from its end (``NearerEnd``).
    static func page(_ db: PostgresSession, filter: TriageFilter, sort: TriageSort, descending: Bool, offset: Int, limit: Int,
                     total: Int?, today: Day, duplicates: DuplicateRule = DuplicateRule()) throws -> [TriageRow] {
        let read = NearerEnd(offset: offset, limit: limit, total: total)
        let (from, clause, values) = sql.source(filter, sort, today: today)
        let pageIds = "SELECT h.id FROM \(from) \(clause) ORDER BY \(sql.orderBy(sort, filter, descending: descending != read.reversed)) LIMIT ? OFFSET ?"
        let rows = try db.rows(numbering: """
            SELECT h.*, e.name AS enterprise_name, e.town AS enterprise_town, e.industry AS enterprise_industry,
              e.risk_level AS enterprise_risk
            FROM (\(pageIds)) AS p JOIN hazard h ON h.id = p.id JOIN enterprise e ON e.id = h.enterprise_id
            ORDER BY \(sql.orderBy(sort, filter, descending: descending))
            """, binds(values) + [read.limit, read.offset])
        let tracked = try rows.map(TrackedHazard.init(postgres:))
        let hazards = tracked.map(\.hazard)
        let originals = try likelyOriginals(db, of: hazards, rule: duplicates)
        let pending = try PostgresExtensionQuery.pending(db, hazards: hazards.map(\.id))
        return try zip(rows, tracked).map { row, tracked in
            let risk = try row.optionalText("enterprise_risk")
            return TriageRow(tracked: tracked, enterpriseName: try row.text("enterprise_name"), town: try row.text("enterprise_town"),
                             industry: try row.text("enterprise_industry"), riskLevel: risk.flatMap(RiskLevel.init(rawValue:)),
                             likelyDuplicateOf: originals[tracked.hazard.id], pendingExtension: pending[tracked.hazard.id])
        }
    }

    /// `limit` hazards of the list from match `offset`, in its order, whose id, enterprise name
    /// or description contains `text`.
    static func search(_ db: PostgresSession, _ text: String, filter: TriageFilter, sort: TriageSort, descending: Bool,
                       today: Day, offset: Int, limit: Int) throws -> [String] {
        let needle = text.trimmingCharacters(in: .whitespaces)
        guard !needle.isEmpty else { return [] }
        let (from, clause, values) = sql.source(filter, sort, today: today, enterprise: true)
        let pattern = LikePattern.containing(needle)
        return try db.rows(numbering: """
            SELECT h.id FROM \(from) \(clause) AND \(TriageSQL.searchCondition)
            ORDER BY \(sql.orderBy(sort, filter, descending: descending)) LIMIT \(max(1, limit)) OFFSET \(max(0, offset))
            """, binds(values + [pattern, pattern, pattern])).map { try $0.decode(String.self) }
    }

    /// The list position of hazard `id`, or nil when it does not pass the filter: the rows
    /// before it in the list's order (``TriagePosition``), counted.
    static func position(_ db: PostgresSession, of id: String, filter: TriageFilter, sort: TriageSort, descending: Bool,
                         today: Day) throws -> Int? {
        let source = sql.source(filter, sort, today: today)
        let terms = TriageSQL.orderTerms(sort, filter, descending: descending)
        guard let row = try db.rows(numbering: """
            SELECT \(terms.map(\.expression).joined(separator: ", ")) FROM \(source.from) \(source.clause) AND h.id = ?
            """, binds(source.values + [id])).first else { return nil }
        let keys = try row.makeRandomAccess().map { cell -> TriageKey? in
            // The order columns are text; the awaiting-last term is a boolean.
            guard cell.bytes != nil else { return nil }
            return cell.dataType == .bool ? .flag(try cell.decode(Bool.self)) : .text(try cell.decode(String.self))
        }
        guard let count = TriagePosition.statement(filter, today: today, terms: terms, keys: keys, source: source, dialect: .postgreSQL) else { return 0 }
        return try value(db, count.sql, count.values.map { key -> SQLBind in
            switch key {
            case .text(let text): text
            case .flag(let flag): flag
            }
        })
    }

    /// The likely original of each of `hazards` (`TriageQuery.likelyOriginals`): one
    /// statement for a window, its hazards bound as arrays and unnested.
    static func likelyOriginals(_ db: PostgresSession, of hazards: [Hazard], rule: DuplicateRule) throws -> [String: String] {
        let unmerged = hazards.filter { $0.duplicateOf == nil }
        guard !unmerged.isEmpty else { return [:] }
        let window = "unnest($1::text[], $2::text[], $3::text[]) AS w(enterprise_id, lo, found_on)"
        let candidates = try db.rows(sql.duplicateCandidates(of: window), [unmerged.map(\.enterpriseId),
                                                                          unmerged.map { rule.earliestOriginal(of: $0).iso },
                                                                          unmerged.map(\.foundOn.iso)]).map { row in
            let candidate = try PostgresRecordRow(row, table: "hazard")
            return DuplicateCandidate(id: try candidate.text("id"), enterpriseId: try candidate.text("enterprise_id"),
                                      foundOn: try candidate.day("found_on"), description: try candidate.text("description"))
        }
        return rule.likelyOriginals(of: hazards, candidates: candidates)
    }

    /// Responsible units already used in `county` that start with `prefix`, most used first.
    static func responsibleUnits(_ db: PostgresSession, county: String, prefix: String, limit: Int = 8) throws -> [String] {
        try db.rows("""
            SELECT responsible FROM hazard
            WHERE county = $1 AND duplicate_of IS NULL AND responsible LIKE $2 \(LikePattern.escapeClause) AND responsible IS NOT NULL
            GROUP BY responsible ORDER BY COUNT(*) DESC, responsible LIMIT $3
            """, [county, LikePattern.starting(with: prefix), limit]).map { try $0.decode(String.self) }
    }

    private static func binds(_ values: [String]) -> [SQLBind] {
        values.map { $0 }
    }

    private static func value(_ db: PostgresSession, _ sql: String, _ values: [SQLBind]) throws -> Int {
        var binds = PostgresBinds()
        let numbered = binds.numbering(sql, values)
        return try db.value(Int.self, numbered, binds.values) ?? 0
    }
}

extension PostgresSession {
    /// Every row of `sql` written with `?` placeholders, numbered in turn (``PostgresBinds``).
    func rows(numbering sql: String, _ values: [SQLBind]) throws -> [PostgresRow] {
        var binds = PostgresBinds()
        let numbered = binds.numbering(sql, values)
        return try rows(numbered, binds.values)
    }
}
