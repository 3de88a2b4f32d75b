import Testing
@testable import SafetyCore

@Suite struct CountySummaryTests {
    static func summary(_ county: String, found: Int, rectified: Int, teams: Int, facts: [String: Double]) -> CountySummary {
        var s = CountySummary(county: county)
        s.hazards.found = found
        s.hazards.rectified = rectified
        s.hazards.overdue = 1
        s.majorHazards.found = found / 10
        s.majorHazards.listed = 1
        s.internalReports.rewardYuan = 100
        s.enterprises.byRisk = [.red: 1]
        s.training.byKind = [.drill: Attendance(sessions: 2, personTimes: 20)]
        s.training.byAudience = [.worker: Attendance(sessions: 1, personTimes: 5)]
        s.inspections.all.teams = teams
        s.inspections.byKind = [.routine: InspectionTally()]
        s.inspections.byKind[.routine]?.done = 3
        s.towns = 2
        s.facts = facts
        return s
    }

    @Test func totalAddsEveryFigure() {
        let a = Self.summary("荔城区", found: 2_231, rectified: 2_058, teams: 3, facts: ["shelters": 13])
        var b = Self.summary("平利县", found: 584, rectified: 547, teams: 2, facts: ["area_km2": 2_647, "shelters": 1])
        b.enterprises.byRisk = [.red: 2, .blue: 5]
        b.training.byKind[.lecture] = Attendance(sessions: 1, personTimes: 9)
        b.inspections.byKind[.unannounced] = InspectionTally()
        let total = CountySummary.total([a, b])
        #expect(total.county == nil)
        #expect(total.hazards.found == 2_815 && total.hazards.rectified == 2_605 && total.hazards.overdue == 2)
        // The rate of a total comes from the summed counts, not from averaging rates.
        #expect(total.hazards.rectificationRate == RectificationRate(rectified: 2_605, found: 2_815))
        #expect(total.majorHazards.found == 223 + 58 && total.majorHazards.listed == 2)
        #expect(total.internalReports.rewardYuan == 200)
        #expect(total.enterprises.byRisk == [.red: 3, .orange: 0, .yellow: 0, .blue: 5])
        #expect(total.training.byKind == [.drill: Attendance(sessions: 4, personTimes: 40), .lecture: Attendance(sessions: 1, personTimes: 9),
                                          .training: Attendance(), .publicity: Attendance()])
        #expect(total.training.byAudience[.worker] == Attendance(sessions: 2, personTimes: 10))
        #expect(total.training.drills == 4 && total.training.lectures == 1)
        #expect(total.inspections.all.teams == 5)
        #expect(total.inspections.byKind[.routine]?.done == 6)
        #expect(total.inspections.byKind[.unannounced] == InspectionTally())
        #expect(total.towns == 4)
        #expect(total.facts == ["shelters": 14, "area_km2": 2_647])
    }

    @Test func totalOfNothingIsEmpty() {
        let total = CountySummary.total([CountySummary]())
        #expect(total == CountySummary(county: nil))
        #expect(total.enterprises.byRisk == [.red: 0, .orange: 0, .yellow: 0, .blue: 0], "every level is there, at zero")
        #expect(total.inspections.byKind.count == InspectionKind.allCases.count)
        #expect(total.hazards.rectificationRate.percentText() == "—")
    }

    @Test func addKeepsTheCountyName() {
        var a = CountySummary(county: "海西州")
        a.add(Self.summary("x", found: 1, rectified: 1, teams: 1, facts: [:]))
        #expect(a.county == "海西州")
        #expect(a.hazards.found == 1)
    }

    @Test func openIsFoundMinusRectified() {
        var h = HazardFigures()
        h.found = 370
        h.rectified = 348
        #expect(h.open == 22)
        #expect(h.rectificationRate.percentText() == "94%")
    }
}
