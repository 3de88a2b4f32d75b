import Testing
@testable import SafetyCore

@Suite struct RiskBandTableTests {
    @Test func defaultTablesAreValid() throws {
        let lec = RiskBandTable.defaultLEC
        let matrix = RiskBandTable.defaultRiskMatrix
        #expect(try RiskBandTable(bands: lec.bands) == lec)
        #expect(try RiskBandTable(bands: matrix.bands) == matrix)
    }

    /// Every edge of the default LEC table, and a value either side of it.
    @Test(arguments: [
        (1000.0, RiskLevel.red, "极其危险"),
        (320.000001, .red, "极其危险"),
        (320, .orange, "高度危险"),
        (319.9, .orange, "高度危险"),
        (160.1, .orange, "高度危险"),
        (160, .yellow, "显著危险"),
        (70.1, .yellow, "显著危险"),
        (70, .blue, "一般危险"),
        (20.1, .blue, "一般危险"),
        (20, .blue, "稍有危险"),
        (19.9, .blue, "稍有危险"),
        (0.05, .blue, "稍有危险"),
        (0, .blue, "稍有危险"),
    ] as [(Double, RiskLevel, String)])
    func gradesLECEdges(score: Double, level: RiskLevel, label: String) {
        let table = RiskBandTable.defaultLEC
        #expect(table.level(for: score) == level)
        #expect(table.band(for: score)?.label == label)
    }

    @Test func defaultLECLeavesOnlyNegativeScoresUncovered() {
        #expect(RiskBandTable.defaultLEC.gaps == [RiskInterval(lower: nil, upper: .exclusive(0))])
        #expect(RiskBandTable.defaultLEC.level(for: -1) == nil)
        #expect(RiskBandTable.defaultLEC.scoresWithoutLevel(among: LECAssessment.possibleScores).isEmpty)
    }

    /// A table that, like some published ones, gives D = 20 exactly no colour.
    static func tableWithGapAtTwenty() throws -> RiskBandTable {
        try RiskBandTable(bands: [
            RiskBand(lower: .inclusive(320), upper: nil, level: .red),
            RiskBand(lower: .inclusive(160), upper: .exclusive(320), level: .orange),
            RiskBand(lower: .inclusive(70), upper: .exclusive(160), level: .yellow),
            RiskBand(lower: .exclusive(20), upper: .exclusive(70), level: .blue),
            RiskBand(lower: .inclusive(0), upper: .exclusive(20), level: nil, label: "稍有危险"),
        ])
    }

    @Test(arguments: [
        (320.0, RiskLevel?.some(.red)), (319.99, .orange), (160, .orange), (159.99, .yellow),
        (70, .yellow), (69.99, .blue), (20.01, .blue), (20, nil), (19.99, nil), (0, nil),
    ] as [(Double, RiskLevel?)])
    func customTableWithGapAtTwenty(score: Double, level: RiskLevel?) throws {
        #expect(try Self.tableWithGapAtTwenty().level(for: score) == level)
    }

    @Test func reportsTheGapAndTheUncolouredScores() throws {
        let table = try Self.tableWithGapAtTwenty()
        #expect(table.gaps == [
            RiskInterval(lower: nil, upper: .exclusive(0)),
            RiskInterval(lower: .inclusive(20), upper: .inclusive(20)),
        ])
        #expect(table.band(for: 20) == nil)
        #expect(table.band(for: 10)?.label == "稍有危险")
        let uncoloured = table.scoresWithoutLevel(among: LECAssessment.possibleScores)
        #expect(uncoloured.contains(20))
        #expect(uncoloured.allSatisfy { $0 <= 20 })
        #expect(!uncoloured.contains(21))
    }

    @Test func gapsBetweenBandsListedInOrder() throws {
        let table = try RiskBandTable(bands: [
            RiskBand(lower: .inclusive(10), upper: .inclusive(20), level: .yellow),
            RiskBand(lower: .exclusive(0), upper: .exclusive(5), level: .blue),
            RiskBand(lower: .exclusive(30), upper: nil, level: .red),
        ])
        #expect(table.gaps == [
            RiskInterval(lower: nil, upper: .inclusive(0)),
            RiskInterval(lower: .inclusive(5), upper: .exclusive(10)),
            RiskInterval(lower: .exclusive(20), upper: .inclusive(30)),
        ])
        #expect(table.gaps.map(\.description) == ["(−∞, 0]", "[5, 10)", "(20, 30]"])
    }

    @Test func unboundedTableHasNoGaps() throws {
        let table = try RiskBandTable(bands: [RiskBand(lower: nil, upper: nil, level: .blue)])
        #expect(table.gaps.isEmpty)
        #expect(table.level(for: -1e300) == .blue)
    }

    @Test(arguments: [
        // Sharing an edge that both include.
        ([RiskBand(lower: .inclusive(0), upper: .inclusive(20), level: .blue),
          RiskBand(lower: .inclusive(20), upper: .inclusive(70), level: .yellow)], RiskBandTableError.overlappingBands(
            first: 0, second: 1,
            firstInterval: RiskInterval(lower: .inclusive(0), upper: .inclusive(20)),
            secondInterval: RiskInterval(lower: .inclusive(20), upper: .inclusive(70)))),
        // One band inside another, listed out of order.
        ([RiskBand(lower: .inclusive(0), upper: nil, level: .blue),
          RiskBand(lower: .exclusive(50), upper: .exclusive(60), level: .red)], .overlappingBands(
            first: 0, second: 1,
            firstInterval: RiskInterval(lower: .inclusive(0), upper: nil),
            secondInterval: RiskInterval(lower: .exclusive(50), upper: .exclusive(60)))),
        ([RiskBand(lower: .exclusive(20), upper: .inclusive(20), level: .blue)],
         .emptyBand(index: 0, interval: RiskInterval(lower: .exclusive(20), upper: .inclusive(20)))),
        ([RiskBand(lower: .inclusive(1), upper: .inclusive(8), level: .blue),
          RiskBand(lower: .inclusive(70), upper: .inclusive(20), level: .blue)],
         .emptyBand(index: 1, interval: RiskInterval(lower: .inclusive(70), upper: .inclusive(20)))),
        ([RiskBand(lower: .inclusive(.nan), upper: nil, level: .blue)],
         .emptyBand(index: 0, interval: RiskInterval(lower: .inclusive(.nan), upper: nil))),
        ([], .noBands),
    ] as [([RiskBand], RiskBandTableError)])
    func refusesInvalidTables(bands: [RiskBand], error: RiskBandTableError) {
        if error == .noBands || !bands.contains(where: { $0.interval.lower?.value.isNaN == true }) {
            #expect(throws: error) { try RiskBandTable(bands: bands) }
        } else {
            // NaN ≠ NaN, so compare the case rather than the payload.
            #expect { try RiskBandTable(bands: bands) } throws: { thrown in
                guard case .emptyBand(index: 0, _) = thrown as? RiskBandTableError else { return false }
                return true
            }
        }
    }

    @Test func acceptsBandsThatOnlyTouch() throws {
        _ = try RiskBandTable(bands: [
            RiskBand(lower: .inclusive(0), upper: .exclusive(20), level: .blue),
            RiskBand(lower: .inclusive(20), upper: .inclusive(20), level: .yellow),
            RiskBand(lower: .exclusive(20), upper: nil, level: .red),
        ])
    }

    @Test func errorMessagesSayWhatToChange() {
        #expect(RiskBandTableError.noBands.message.contains("add at least one band"))
        let overlap = RiskBandTableError.overlappingBands(
            first: 3, second: 4,
            firstInterval: RiskInterval(lower: .inclusive(20), upper: .inclusive(70)),
            secondInterval: RiskInterval(lower: .inclusive(0), upper: .inclusive(20)))
        #expect(overlap.message == "bands 4 [20, 70] and 5 [0, 20] overlap — make the shared edge inclusive in only one of them")
        #expect(RiskInterval(lower: .exclusive(0.5), upper: nil).description == "(0.5, ∞)")
    }
}
