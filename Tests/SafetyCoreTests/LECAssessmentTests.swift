import Testing
@testable import SafetyCore

@Suite struct LECAssessmentTests {
    @Test(arguments: [
        (10.0, 10.0, 100.0, 10_000.0, RiskLevel.red),
        (6, 6, 15, 540, .red),
        (1, 10, 40, 400, .red),
        (0.2, 10, 100, 200, .orange),
        (3, 6, 15, 270, .orange),
        (6, 1, 40, 240, .orange),
        (1, 6, 15, 90, .yellow),
        (3, 3, 7, 63, .blue),
        (1, 1, 7, 7, .blue),
        (0.1, 0.5, 1, 0.05, .blue),
    ] as [(Double, Double, Double, Double, RiskLevel)])
    func scoresAndGrades(l: Double, e: Double, c: Double, d: Double, level: RiskLevel) throws {
        let assessment = try LECAssessment(likelihood: l, exposure: e, consequence: c)
        #expect(assessment.score == d)
        #expect(assessment.level() == level)
    }

    /// Products on and next to each published edge. D = 20 and D = 70 are products of the
    /// scales and fall in the less severe band; 160 and 320 are not, so their neighbours are.
    @Test(arguments: [
        (10.0, 2.0, 1.0, 20.0, RiskLevel.blue, "稍有危险"),
        (1, 0.5, 40, 20, .blue, "稍有危险"),
        (0.5, 1, 40, 20, .blue, "稍有危险"),
        (0.2, 1, 100, 20, .blue, "稍有危险"),
        (0.1, 2, 100, 20, .blue, "稍有危险"),
        (6, 1, 3, 18, .blue, "稍有危险"),
        (1, 1, 15, 15, .blue, "稍有危险"),
        (1, 3, 7, 21, .blue, "一般危险"),
        (10, 1, 7, 70, .blue, "一般危险"),
        (1, 10, 7, 70, .blue, "一般危险"),
        (3, 3, 7, 63, .blue, "一般危险"),
        (0.5, 10, 15, 75, .yellow, "显著危险"),
        (1, 10, 15, 150, .yellow, "显著危险"),
        (6, 2, 15, 180, .orange, "高度危险"),
        (0.5, 6, 100, 300, .orange, "高度危险"),
        (3, 3, 40, 360, .red, "极其危险"),
    ] as [(Double, Double, Double, Double, RiskLevel, String)])
    func edgeProducts(l: Double, e: Double, c: Double, d: Double, level: RiskLevel, label: String) throws {
        let assessment = try LECAssessment(likelihood: l, exposure: e, consequence: c)
        #expect(assessment.score == d)
        #expect(assessment.level() == level)
        #expect(assessment.band()?.label == label)
    }

    @Test func everyProductIsExactAndGradedLikeItsExactValue() throws {
        var combinations = 0
        for l in LECAssessment.likelihoodScale {
            for e in LECAssessment.exposureScale {
                for c in LECAssessment.consequenceScale {
                    let a = try LECAssessment(likelihood: l, exposure: e, consequence: c)
                    let hundredths = a.scoreHundredths
                    #expect(a.score == Double(hundredths) / 100)
                    // Grade by integer comparison with the edges in hundredths, independently.
                    let expected: RiskLevel = hundredths > 32_000 ? .red : hundredths > 16_000 ? .orange
                        : hundredths > 7_000 ? .yellow : .blue
                    #expect(a.level() == expected, "L=\(l) E=\(e) C=\(c)")
                    combinations += 1
                }
            }
        }
        #expect(combinations == 7 * 6 * 6)
    }

    @Test(arguments: [
        (7.0, 6.0, 15.0, RiskGradingError.lecLikelihoodNotOnScale(7)),
        (0, 6, 15, .lecLikelihoodNotOnScale(0)),
        (0.3, 6, 15, .lecLikelihoodNotOnScale(0.3)),
        (6, 4, 15, .lecExposureNotOnScale(4)),
        (6, 0.2, 15, .lecExposureNotOnScale(0.2)),
        (6, 6, 20, .lecConsequenceNotOnScale(20)),
        (6, 6, 0.5, .lecConsequenceNotOnScale(0.5)),
        (-1, 6, 15, .lecLikelihoodNotOnScale(-1)),
    ] as [(Double, Double, Double, RiskGradingError)])
    func refusesValuesOffTheScale(l: Double, e: Double, c: Double, error: RiskGradingError) {
        #expect(throws: error) { try LECAssessment(likelihood: l, exposure: e, consequence: c) }
    }

    @Test func refusalSaysWhichValuesAreAllowed() {
        #expect(RiskGradingError.lecExposureNotOnScale(4).message
            == "LEC exposure E = 4 is not on the scale — choose one of 10, 6, 3, 2, 1, 0.5")
        #expect(RiskGradingError.lecLikelihoodNotOnScale(0.3).message.hasPrefix("LEC likelihood L = 0.3 "))
    }

    @Test func possibleScoresAreSortedDistinctAndCoverTheExtremes() {
        let scores = LECAssessment.possibleScores
        #expect(scores.first == 0.05)
        #expect(scores.last == 10_000)
        #expect(scores == Array(Set(scores)).sorted())
        #expect(scores.count == 103)
        #expect(scores.contains(20))
        #expect(!scores.contains(320))
    }

    @Test func gradesWithACustomTable() throws {
        let strict = try RiskBandTable(bands: [
            RiskBand(lower: .inclusive(160), upper: nil, level: .red),
            RiskBand(lower: nil, upper: .exclusive(160), level: .blue),
        ])
        let a = try LECAssessment(likelihood: 1, exposure: 2, consequence: 100)  // D = 200
        #expect(a.level() == .orange)
        #expect(a.level(in: strict) == .red)
    }
}
