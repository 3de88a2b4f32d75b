/// A validated grading table: which colour each score gets.
///
/// Published systems disagree on which side of an edge a score falls, on how the five LEC
/// bands map to four colours, and some leave an edge with no colour at all. So the table holds
/// its bands explicitly (each bound inclusive or exclusive) and is checked once, when built:
/// bands may not overlap (a score would get two colours) but may leave gaps (a score gets no
/// colour, `level(for:)` returns nil, and `gaps` lists where). A jurisdiction that grades
/// differently supplies its own table through `RiskGradingPolicy`.
public struct RiskBandTable: Hashable, Sendable {
    /// The bands in the order they were given.
    public let bands: [RiskBand]

    /// Checks the bands: at least one, none empty, no two overlapping.
    public init(bands: [RiskBand]) throws(RiskBandTableError) {
        guard !bands.isEmpty else { throw .noBands }
        for (index, band) in bands.enumerated() where band.interval.isEmpty {
            throw .emptyBand(index: index, interval: band.interval)
        }
        for first in bands.indices {
            for second in bands.indices where second > first && bands[first].interval.overlaps(bands[second].interval) {
                throw .overlappingBands(
                    first: first, second: second,
                    firstInterval: bands[first].interval, secondInterval: bands[second].interval)
            }
        }
        self.bands = bands
    }

    /// For the built-in tables, which the tests prove valid; skips the checks.
    init(unchecked bands: [RiskBand]) { self.bands = bands }

    /// The band containing `score`, or nil when the score falls in a gap.
    public func band(for score: Double) -> RiskBand? {
        bands.first { $0.interval.contains(score) }
    }

    /// The colour of `score`; nil when it falls in a gap or in a band without a colour.
    public func level(for score: Double) -> RiskLevel? {
        band(for: score)?.level
    }

    /// The scores no band covers, over the whole number line, in ascending order.
    public var gaps: [RiskInterval] {
        // Bands never overlap, so once sorted each gap lies between one band's end and the
        // next band's start, with each edge's inclusiveness flipped.
        var result: [RiskInterval] = []
        var gapStart: RiskBound? = nil  // nil: −∞
        for interval in bands.map(\.interval).sorted(by: Self.startsBefore) {
            if let lower = interval.lower {
                let gap = RiskInterval(lower: gapStart, upper: RiskBound(lower.value, inclusive: !lower.isInclusive))
                if !gap.isEmpty { result.append(gap) }
            }
            guard let upper = interval.upper else { return result }  // covered up to +∞
            gapStart = RiskBound(upper.value, inclusive: !upper.isInclusive)
        }
        result.append(RiskInterval(lower: gapStart, upper: nil))
        return result
    }

    /// Those of `scores` that would get no colour (in a gap, or in a band without a colour):
    /// run it over an assessment's `possibleScores` to see what a custom table leaves ungraded.
    public func scoresWithoutLevel(among scores: some Sequence<Double>) -> [Double] {
        scores.filter { level(for: $0) == nil }
    }

    /// Orders intervals by where they start; at an equal value an inclusive start comes first.
    private static func startsBefore(_ a: RiskInterval, _ b: RiskInterval) -> Bool {
        switch (a.lower, b.lower) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case let (x?, y?):
            if x.value != y.value { return x.value < y.value }
            return x.isInclusive && !y.isInclusive
        }
    }
}

extension RiskBandTable {
    /// The LEC table (作业条件危险性评价法) used unless a jurisdiction overrides it.
    ///
    /// The top band is published as a strict "D > 320"; reading "160–320" as including 320
    /// follows from that, and the same reading is applied at every edge, so an edge value
    /// always belongs to the less severe band: (320, ∞) red 极其危险, (160, 320] orange 高度危险,
    /// (70, 160] yellow 显著危险, (20, 70] blue 一般危险, [0, 20] blue 稍有危险. The two lowest
    /// bands share blue because the four colours have one place for "acceptable with care" and
    /// "acceptable"; they stay separate rows so the screen can still show the published name.
    public static var defaultLEC: RiskBandTable {
        RiskBandTable(unchecked: [
            RiskBand(lower: .exclusive(320), upper: nil, level: .red, label: "极其危险"),
            RiskBand(lower: .exclusive(160), upper: .inclusive(320), level: .orange, label: "高度危险"),
            RiskBand(lower: .exclusive(70), upper: .inclusive(160), level: .yellow, label: "显著危险"),
            RiskBand(lower: .exclusive(20), upper: .inclusive(70), level: .blue, label: "一般危险"),
            RiskBand(lower: .inclusive(0), upper: .inclusive(20), level: .blue, label: "稍有危险"),
        ])
    }

    /// The 5×5 risk-matrix table (风险矩阵法, R = L × S) used unless a jurisdiction overrides it.
    ///
    /// The common published mapping over the possible products is 20–25 red 重大风险,
    /// 15–16 orange 较大风险, 8–12 yellow 一般风险, 1–6 blue 低风险. Products are whole numbers, so
    /// the bands are written to cover every real in 1…25 without gaps: [20, 25] red, [15, 20)
    /// orange, [8, 15) yellow, [1, 8) blue; a custom table may still leave some out.
    public static var defaultRiskMatrix: RiskBandTable {
        RiskBandTable(unchecked: [
            RiskBand(lower: .inclusive(20), upper: .inclusive(25), level: .red, label: "重大风险"),
            RiskBand(lower: .inclusive(15), upper: .exclusive(20), level: .orange, label: "较大风险"),
            RiskBand(lower: .inclusive(8), upper: .exclusive(15), level: .yellow, label: "一般风险"),
            RiskBand(lower: .inclusive(1), upper: .exclusive(8), level: .blue, label: "低风险"),
        ])
    }
}
