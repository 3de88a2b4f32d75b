/// One row of a grading table: the scores it covers, the colour they get, and the published
/// wording (e.g. 极其危险) so the screen can show the grade as the standard names it.
public struct RiskBand: Hashable, Sendable {
    /// The scores the band covers.
    public var interval: RiskInterval
    /// nil: scores in this band deliberately get no colour.
    public var level: RiskLevel?
    /// The published name of the band, e.g. `显著危险`; may be empty.
    public var label: String

    /// A band over `interval`; `level` nil leaves its scores without a colour on purpose.
    public init(_ interval: RiskInterval, level: RiskLevel?, label: String = "") {
        self.interval = interval
        self.level = level
        self.label = label
    }

    /// A band from explicit bounds; nil means unbounded on that side.
    public init(lower: RiskBound?, upper: RiskBound?, level: RiskLevel?, label: String = "") {
        self.init(RiskInterval(lower: lower, upper: upper), level: level, label: label)
    }
}
