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
/// first). A range that is whole cells of a summary table (``KeptCells``) is summed from it,
/// so that placing a hazard does not walk the hundreds of thousands of index entries before it
/// at a province's scale. What the summaries do not keep is counted along the list's index: a
/// due day's own hazards, those without a deadline, the found, status and enterprise orders, the
/// deadline order of the queue with the hazards awaiting verification, an overdue list's steps
/// by due day, and filters beyond county, grade and overdue.
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
    static func statement(_ filter: TriageFilter, today: Day, terms: [(expression: String, descending: Bool)], keys: [TriageKey?],
                          source: (from: String, clause: String, values: [String]), dialect: TriageSQL.Dialect)
        -> (sql: String, values: [TriageKey])? {
        let list = KeptCells(filter, today: today)
        var parts: [String] = []
        var values: [TriageKey] = []
        for range in ranges(terms, keys: keys) {
            if let kept = list?.narrowed(to: range)?.sum {
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
}
