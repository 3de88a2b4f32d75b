/// A hazard's risk by the 5×5 risk matrix (风险矩阵法): R = L × S, both on 1…5.
public struct RiskMatrixAssessment: Hashable, Sendable {
    /// L, likelihood (可能性), 1…5.
    public let likelihood: Int
    /// S, severity (严重性), 1…5.
    public let severity: Int

    /// Refuses a factor outside 1…5.
    public init(likelihood: Int, severity: Int) throws(RiskGradingError) {
        guard (1...5).contains(likelihood) else { throw .matrixLikelihoodOutOfRange(likelihood) }
        guard (1...5).contains(severity) else { throw .matrixSeverityOutOfRange(severity) }
        self.likelihood = likelihood
        self.severity = severity
    }

    /// R = L × S, 1…25.
    public var score: Int { likelihood * severity }

    /// The band of `table` that R falls in; nil in a gap.
    public func band(in table: RiskBandTable = .defaultRiskMatrix) -> RiskBand? { table.band(for: Double(score)) }

    /// The colour R gets in `table`; nil in a gap or a band without colour.
    public func level(in table: RiskBandTable = .defaultRiskMatrix) -> RiskLevel? { table.level(for: Double(score)) }

    /// Every R the matrix can produce, ascending and distinct: 1, 2, 3, 4, 5, 6, 8, 9, 10, 12,
    /// 15, 16, 20, 25.
    public static var possibleScores: [Int] {
        Set((1...5).flatMap { l in (1...5).map { l * $0 } }).sorted()
    }
}
