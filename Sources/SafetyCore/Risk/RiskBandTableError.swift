/// Why a grading table was refused.
public enum RiskBandTableError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A table without bands would leave every score without a colour.
    case noBands
    /// The band at this index (0-based) contains no score at all, e.g. `(20, 20]` or `[70, 20]`.
    case emptyBand(index: Int, interval: RiskInterval)
    /// Two bands share at least one score, so that score would have two colours.
    case overlappingBands(first: Int, second: Int, firstInterval: RiskInterval, secondInterval: RiskInterval)

    /// What is wrong and what to change.
    public var message: String {
        switch self {
        case .noBands:
            "the grading table has no bands — add at least one band (lower bound, upper bound, colour)"
        case let .emptyBand(index, interval):
            "band \(index + 1) \(interval) contains no score — make its lower bound smaller than its upper bound, or make both ends inclusive"
        case let .overlappingBands(first, second, a, b):
            "bands \(first + 1) \(a) and \(second + 1) \(b) overlap — make the shared edge inclusive in only one of them"
        }
    }

    /// Same as `message`.
    public var description: String { message }
}
