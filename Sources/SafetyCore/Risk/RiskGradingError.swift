/// Why an assessment's inputs were refused: each method admits only the values of its
/// published scale, since an in-between value has no agreed meaning.
public enum RiskGradingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// LEC L (事故发生的可能性) not one of 10, 6, 3, 1, 0.5, 0.2, 0.1.
    case lecLikelihoodNotOnScale(Double)
    /// LEC E (暴露于危险环境的频繁程度) not one of 10, 6, 3, 2, 1, 0.5.
    case lecExposureNotOnScale(Double)
    /// LEC C (发生事故产生的后果) not one of 100, 40, 15, 7, 3, 1.
    case lecConsequenceNotOnScale(Double)
    /// Risk-matrix L (可能性) outside 1…5.
    case matrixLikelihoodOutOfRange(Int)
    /// Risk-matrix S (严重性) outside 1…5.
    case matrixSeverityOutOfRange(Int)

    /// What was wrong and which values to choose from.
    public var message: String {
        switch self {
        case let .lecLikelihoodNotOnScale(value):
            "LEC likelihood L = \(RiskInterval.text(value)) is not on the scale — choose one of 10, 6, 3, 1, 0.5, 0.2, 0.1"
        case let .lecExposureNotOnScale(value):
            "LEC exposure E = \(RiskInterval.text(value)) is not on the scale — choose one of 10, 6, 3, 2, 1, 0.5"
        case let .lecConsequenceNotOnScale(value):
            "LEC consequence C = \(RiskInterval.text(value)) is not on the scale — choose one of 100, 40, 15, 7, 3, 1"
        case let .matrixLikelihoodOutOfRange(value):
            "risk-matrix likelihood L = \(value) is outside 1…5 — choose a whole number from 1 to 5"
        case let .matrixSeverityOutOfRange(value):
            "risk-matrix severity S = \(value) is outside 1…5 — choose a whole number from 1 to 5"
        }
    }

    /// Same as `message`.
    public var description: String { message }
}
