/// One end of a score interval: a value and whether the value itself belongs to the interval.
///
/// Published grading tables disagree on which side of an edge (D = 320, 160, 70, 20) a score
/// falls, so every edge says so explicitly instead of relying on a convention.
public struct RiskBound: Hashable, Sendable {
    /// The edge, e.g. 320.
    public var value: Double
    /// Whether a score equal to `value` is inside.
    public var isInclusive: Bool

    /// A bound at `value`, inclusive or not.
    public init(_ value: Double, inclusive: Bool) {
        self.value = value
        self.isInclusive = inclusive
    }

    /// The value belongs to the interval.
    public static func inclusive(_ value: Double) -> RiskBound { RiskBound(value, inclusive: true) }
    /// The value does not belong to the interval.
    public static func exclusive(_ value: Double) -> RiskBound { RiskBound(value, inclusive: false) }
}

/// A set of scores between two bounds; a missing bound means unbounded on that side.
public struct RiskInterval: Hashable, Sendable, CustomStringConvertible {
    /// nil: no lower limit (−∞).
    public var lower: RiskBound?
    /// nil: no upper limit (+∞).
    public var upper: RiskBound?

    /// The scores between `lower` and `upper`; nil for unbounded.
    public init(lower: RiskBound?, upper: RiskBound?) {
        self.lower = lower
        self.upper = upper
    }

    /// Whether `score` lies inside, honouring each bound's inclusiveness exactly.
    public func contains(_ score: Double) -> Bool {
        if let lower {
            guard lower.isInclusive ? score >= lower.value : score > lower.value else { return false }
        }
        if let upper {
            guard upper.isInclusive ? score <= upper.value : score < upper.value else { return false }
        }
        return true
    }

    /// No score lies inside: such a band could never grade anything, which is a typo in a table.
    public var isEmpty: Bool {
        if lower?.value.isNaN == true || upper?.value.isNaN == true { return true }
        guard let lower, let upper else { return false }
        if lower.value < upper.value { return false }
        return !(lower.value == upper.value && lower.isInclusive && upper.isInclusive)
    }

    /// Whether some score lies in both intervals (two bands of one table must never share one).
    public func overlaps(_ other: RiskInterval) -> Bool {
        RiskInterval(lower: Self.tighterLower(lower, other.lower), upper: Self.tighterUpper(upper, other.upper)).isEmpty == false
    }

    /// Mathematical notation, e.g. `(160, 320]` or `(320, ∞)`.
    public var description: String {
        let open = lower.map { ($0.isInclusive ? "[" : "(") + Self.text($0.value) } ?? "(−∞"
        let close = upper.map { Self.text($0.value) + ($0.isInclusive ? "]" : ")") } ?? "∞)"
        return "\(open), \(close)"
    }

    /// The larger lower bound; at equal values the exclusive one, since it admits fewer scores.
    static func tighterLower(_ a: RiskBound?, _ b: RiskBound?) -> RiskBound? {
        guard let a else { return b }
        guard let b else { return a }
        if a.value != b.value { return a.value > b.value ? a : b }
        return RiskBound(a.value, inclusive: a.isInclusive && b.isInclusive)
    }

    /// The smaller upper bound; at equal values the exclusive one.
    static func tighterUpper(_ a: RiskBound?, _ b: RiskBound?) -> RiskBound? {
        guard let a else { return b }
        guard let b else { return a }
        if a.value != b.value { return a.value < b.value ? a : b }
        return RiskBound(a.value, inclusive: a.isInclusive && b.isInclusive)
    }

    /// Whole numbers without a trailing `.0`, so tables read as published.
    static func text(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
