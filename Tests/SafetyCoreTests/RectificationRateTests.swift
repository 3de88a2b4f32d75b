import Testing
@testable import SafetyCore

@Suite struct RectificationRateTests {
    @Test func fractionIsRectifiedOverFound() {
        #expect(RectificationRate(rectified: 547, found: 584).fraction == 547.0 / 584.0)
        #expect(RectificationRate(rectified: 0, found: 5).fraction == 0)
        #expect(RectificationRate(rectified: 5, found: 5).fraction == 1)
    }

    @Test func undefinedWhenNothingWasFound() {
        let rate = RectificationRate(rectified: 0, found: 0)
        #expect(rate.fraction == nil)
        #expect(rate.percentText() == "—")
        #expect(rate.percentText(decimals: 1) == "—")
    }

    @Test(arguments: [
        (348, 370, 0, "94%"),  // 海西州 major hazards
        (547, 584, 0, "94%"),  // 平利县 general hazards
        (19_700, 20_000, 1, "98.5%"),  // 海西州 internal reports
        (19_700, 20_000, 0, "99%"),
        (2_058, 2_231, 0, "92%"),
        (2_058, 2_231, 1, "92.2%"),
        (41, 42, 0, "98%"),
        (0, 7, 0, "0%"),
        (7, 7, 0, "100%"),
        (7, 7, 2, "100.00%"),
        (1, 3, 2, "33.33%"),
        (2, 3, 2, "66.67%"),
        (1, 200, 1, "0.5%"),
        (1, 1000, 1, "0.1%"),
        (1, 10_000, 1, "0.0%"),
        (29, 200, 0, "15%"),  // exactly 14.5%: half up, not 14.4999…
        (23, 40, 0, "58%"),  // exactly 57.5%
        (1, 8, 1, "12.5%"),
        (9_996, 10_000, 1, "100.0%"),
        (1, 3, -2, "33%"),  // negative decimals mean none
    ])
    func formatsPercent(rectified: Int, found: Int, decimals: Int, text: String) {
        #expect(RectificationRate(rectified: rectified, found: found).percentText(decimals: decimals) == text)
    }
}
