import Testing
@testable import SafetyCore

@Suite struct RiskMatrixAssessmentTests {
    /// Every possible product and its colour under the default table.
    @Test(arguments: [
        (1, RiskLevel.blue), (2, .blue), (3, .blue), (4, .blue), (5, .blue), (6, .blue),
        (8, .yellow), (9, .yellow), (10, .yellow), (12, .yellow),
        (15, .orange), (16, .orange),
        (20, .red), (25, .red),
    ])
    func gradesEveryPossibleProduct(score: Int, level: RiskLevel) {
        #expect(RiskBandTable.defaultRiskMatrix.level(for: Double(score)) == level)
    }

    /// The table's own edges, including the reals between products, which a custom table
    /// or a future fractional method might produce.
    @Test(arguments: [
        (0.99, RiskLevel?.none), (1, .blue), (7.99, .blue), (8, .yellow), (14.99, .yellow),
        (15, .orange), (19.99, .orange), (20, .red), (25, .red), (25.01, nil),
    ] as [(Double, RiskLevel?)])
    func gradesTableEdges(score: Double, level: RiskLevel?) {
        #expect(RiskBandTable.defaultRiskMatrix.level(for: score) == level)
    }

    @Test func everyCellOfTheMatrix() throws {
        var counts: [RiskLevel: Int] = [:]
        for l in 1...5 {
            for s in 1...5 {
                let a = try RiskMatrixAssessment(likelihood: l, severity: s)
                #expect(a.score == l * s)
                let level = try #require(a.level())
                counts[level, default: 0] += 1
                #expect(a.band()?.level == level)
            }
        }
        // 20, 20, 25 red; 15, 15, 16 orange; 8, 8, 9, 10, 10, 12, 12 yellow; the rest blue.
        #expect(counts == [.red: 3, .orange: 3, .yellow: 7, .blue: 12])
    }

    @Test func possibleScores() {
        #expect(RiskMatrixAssessment.possibleScores == [1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25])
        let asDoubles = RiskMatrixAssessment.possibleScores.map(Double.init)
        #expect(RiskBandTable.defaultRiskMatrix.scoresWithoutLevel(among: asDoubles).isEmpty)
    }

    @Test(arguments: [
        (0, 3, RiskGradingError.matrixLikelihoodOutOfRange(0)),
        (6, 3, .matrixLikelihoodOutOfRange(6)),
        (3, 0, .matrixSeverityOutOfRange(0)),
        (3, 6, .matrixSeverityOutOfRange(6)),
        (-1, -1, .matrixLikelihoodOutOfRange(-1)),
    ])
    func refusesFactorsOutsideOneToFive(l: Int, s: Int, error: RiskGradingError) {
        #expect(throws: error) { try RiskMatrixAssessment(likelihood: l, severity: s) }
        #expect(error.message.contains("choose a whole number from 1 to 5"))
    }

    @Test func customTableWithAGap() throws {
        // Some tables grade 8–9 yellow and leave 10 and 12 to a 较大 band starting at 12.
        let table = try RiskBandTable(bands: [
            RiskBand(lower: .inclusive(12), upper: nil, level: .red),
            RiskBand(lower: .inclusive(8), upper: .inclusive(9), level: .yellow),
            RiskBand(lower: nil, upper: .exclusive(8), level: .blue),
        ])
        let ten = try RiskMatrixAssessment(likelihood: 2, severity: 5)
        #expect(ten.level(in: table) == nil)
        #expect(table.scoresWithoutLevel(among: RiskMatrixAssessment.possibleScores.map(Double.init)) == [10])
        #expect(table.gaps == [RiskInterval(lower: .exclusive(9), upper: .exclusive(12))])
    }
}
