/// A hazard's danger by the LEC method (作业条件危险性评价法): D = L × E × C.
///
/// Only values on the published scales are admitted. The product is computed in whole
/// hundredths (L and E have at most one decimal, C none), so D is exact and comparing it with
/// a band edge such as 20 or 320 never suffers from floating-point rounding.
public struct LECAssessment: Hashable, Sendable {
    /// L, likelihood of an accident (事故发生的可能性).
    public let likelihood: Double
    /// E, how often people are exposed (暴露于危险环境的频繁程度).
    public let exposure: Double
    /// C, consequence of an accident (发生事故产生的后果).
    public let consequence: Double

    /// The allowed L values, most likely first.
    public static var likelihoodScale: [Double] { [10, 6, 3, 1, 0.5, 0.2, 0.1] }
    /// The allowed E values, most frequent first.
    public static var exposureScale: [Double] { [10, 6, 3, 2, 1, 0.5] }
    /// The allowed C values, gravest first.
    public static var consequenceScale: [Double] { [100, 40, 15, 7, 3, 1] }

    /// Refuses any factor that is not on its scale.
    public init(likelihood: Double, exposure: Double, consequence: Double) throws(RiskGradingError) {
        guard Self.likelihoodScale.contains(likelihood) else { throw .lecLikelihoodNotOnScale(likelihood) }
        guard Self.exposureScale.contains(exposure) else { throw .lecExposureNotOnScale(exposure) }
        guard Self.consequenceScale.contains(consequence) else { throw .lecConsequenceNotOnScale(consequence) }
        self.likelihood = likelihood
        self.exposure = exposure
        self.consequence = consequence
    }

    /// D × 100, exact.
    public var scoreHundredths: Int {
        Self.tenths(likelihood) * Self.tenths(exposure) * Int(consequence)
    }

    /// D = L × E × C, exact for every admitted combination.
    public var score: Double { Double(scoreHundredths) / 100 }

    /// The band of `table` that D falls in; nil in a gap.
    public func band(in table: RiskBandTable = .defaultLEC) -> RiskBand? { table.band(for: score) }

    /// The colour D gets in `table`; nil in a gap or a band without colour.
    public func level(in table: RiskBandTable = .defaultLEC) -> RiskLevel? { table.level(for: score) }

    /// Every D the method can produce, ascending and distinct: check a custom table against it.
    public static var possibleScores: [Double] {
        var hundredths = Set<Int>()
        for l in likelihoodScale {
            for e in exposureScale {
                for c in consequenceScale { hundredths.insert(tenths(l) * tenths(e) * Int(c)) }
            }
        }
        return hundredths.sorted().map { Double($0) / 100 }
    }

    /// A scale value in whole tenths; exact because every scale value has at most one decimal.
    private static func tenths(_ value: Double) -> Int { Int((value * 10).rounded()) }
}
