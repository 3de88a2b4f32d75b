import Testing
@testable import SafetyCore

/// A small hand-made world: 荔城区 exercises every definition, 平利县 shares names with it
/// (a team, an industry) to show distinct counts stay per county, 博湖县 has no hazards.
enum TallyFixture {
    static let asOf = Day(iso: "2025-06-30")!
    static func day(_ text: String) -> Day { Day(iso: text)! }

    static let tree = JurisdictionTree([
        Jurisdiction(code: "35", name: "福建省", level: .province, parentCode: nil),
        Jurisdiction(code: "3503", name: "莆田市", level: .prefecture, parentCode: "35"),
        Jurisdiction(code: "350304", name: "荔城区", level: .county, parentCode: "3503"),
        Jurisdiction(code: "350304001", name: "镇海街道", level: .town, parentCode: "350304"),
        Jurisdiction(code: "350304100", name: "黄石镇", level: .town, parentCode: "350304"),
        Jurisdiction(code: "350304500", name: "荔城经济开发区", level: .zone, parentCode: "350304"),
        Jurisdiction(code: "610926", name: "平利县", level: .county, parentCode: nil),
        Jurisdiction(code: "610926100", name: "城关镇", level: .town, parentCode: "610926"),
        Jurisdiction(code: "652829", name: "博湖县", level: .county, parentCode: nil),
        Jurisdiction(code: "652829100", name: "博湖镇", level: .town, parentCode: "652829"),
        Jurisdiction(code: "652829200", name: "查干诺尔乡", level: .town, parentCode: "652829"),
    ])

    static func enterprise(
        _ id: String, _ county: String, _ industry: String, _ scale: EnterpriseScale, key: Bool, _ risk: RiskLevel?,
        reward: Bool = false, platform: Bool = false
    ) -> Enterprise {
        Enterprise(
            id: id, name: "企业\(id)", county: county, town: "", industry: industry, scale: scale, keySupervised: key,
            riskLevel: risk, riskAssessedOn: risk == nil ? nil : day("2025-01-10"), rewardMechanism: reward,
            platformRegistered: platform)
    }

    static let enterprises = [
        enterprise("E1", "荔城区", "制鞋", .above, key: true, .red, reward: true, platform: true),
        enterprise("E2", "荔城区", "制鞋", .below, key: false, .yellow, reward: true),
        enterprise("E3", "荔城区", "", .above, key: true, .blue, reward: true, platform: true),  // blank industry
        enterprise("E4", "荔城区", "化工", .below, key: false, nil),
        enterprise("P1", "平利县", "制鞋", .above, key: true, .orange, reward: true),
        enterprise("B1", "博湖县", "渔业", .below, key: false, .blue),
    ]

    static func hazard(
        _ id: String, _ county: String, _ grade: HazardGrade, _ status: HazardStatus, source: HazardSource = .inspection,
        deadline: String? = nil, listed: Bool = false, delisted: Bool = false, reward: Int = 0, duplicateOf: String? = nil
    ) -> Hazard {
        Hazard(
            id: id, enterpriseId: "E1", county: county, foundOn: day("2025-05-01"), source: source, grade: grade,
            description: "隐患\(id)", status: status, responsible: status == .open ? nil : "责任人",
            deadline: deadline.map(day), rectifiedOn: status.isRectified ? day("2025-05-20") : nil,
            closedOn: status == .closed ? day("2025-05-25") : nil, listedOn: listed ? day("2025-05-02") : nil,
            delistedOn: delisted ? day("2025-05-26") : nil, rewardYuan: reward, duplicateOf: duplicateOf)
    }

    static let hazards = [
        hazard("LH1", "荔城区", .general, .open),  // no deadline: never overdue
        hazard("LH2", "荔城区", .general, .assigned, deadline: "2025-06-29"),  // overdue
        hazard("LH3", "荔城区", .general, .rectifying, deadline: "2025-06-30"),  // due today: not overdue
        hazard("LH4", "荔城区", .general, .rectified, deadline: "2025-06-01"),  // late but rectified
        hazard("LH5", "荔城区", .general, .closed, deadline: "2025-06-01"),
        hazard("LH6", "荔城区", .major, .closed, deadline: "2025-06-01", listed: true, delisted: true),
        hazard("LH7", "荔城区", .major, .assigned, deadline: "2025-07-31", listed: true),
        hazard("LH8", "荔城区", .major, .rectified, deadline: "2025-06-01"),
        hazard("LH9", "荔城区", .general, .closed, source: .employeeReport, deadline: "2025-06-01", reward: 500),
        hazard("LH10", "荔城区", .major, .open, source: .employeeReport, deadline: "2025-06-01", reward: 300),  // overdue
        hazard("LH11", "荔城区", .major, .open, source: .employeeReport, deadline: "2025-06-01", listed: true,
               reward: 1_000, duplicateOf: "LH2"),  // a duplicate: counts nowhere
        hazard("LH12", "荔城区", .general, .open, source: .publicReport, reward: 200),  // not an internal report
        hazard("PH1", "平利县", .general, .closed),
        hazard("PH2", "平利县", .general, .open),
    ]

    static func training(
        _ id: String, _ county: String, _ kind: TrainingKind, _ audience: TrainingAudience, _ sessions: Int,
        _ personTimes: Int, materials: Int = 0
    ) -> TrainingEvent {
        TrainingEvent(
            id: id, county: county, heldOn: day("2025-05-10"), kind: kind, audience: audience, mode: .offline,
            sessions: sessions, personTimes: personTimes, topic: "安全生产", materials: materials)
    }

    static let trainings = [
        training("T1", "荔城区", .training, .principal, 2, 30, materials: 10),
        training("T2", "荔城区", .drill, .worker, 1, 100),
        training("T3", "荔城区", .lecture, .public, 3, 300, materials: 500),
        training("T4", "荔城区", .training, .worker, 4, 80),
        training("T5", "博湖县", .publicity, .public, 120, 5_000, materials: 2_000),
    ]

    static func inspection(
        _ id: String, _ county: String, _ enterprise: String?, _ kind: InspectionKind, planned: String?, done: String?,
        team: String, hazards: Int = 0, inspectors: Int = 0
    ) -> Inspection {
        Inspection(
            id: id, county: county, enterpriseId: enterprise, kind: kind, plannedOn: planned.map(day), doneOn: done.map(day),
            team: team, hazardsFound: hazards, inspectors: inspectors)
    }

    static let inspections = [
        inspection("I1", "荔城区", "E1", .routine, planned: "2025-06-01", done: "2025-06-02", team: "A", hazards: 2, inspectors: 3),
        inspection("I2", "荔城区", "E2", .routine, planned: "2025-06-01", done: "2025-06-02", team: "A", hazards: 1, inspectors: 3),
        inspection("I3", "荔城区", "E1", .routine, planned: "2025-06-10", done: "2025-06-12", team: "A", inspectors: 2),
        inspection("I4", "荔城区", "E3", .doubleRandom, planned: "2025-06-20", done: nil, team: "B", hazards: 9, inspectors: 9),
        inspection("I5", "荔城区", "E4", .doubleRandom, planned: "2025-06-30", done: nil, team: ""),  // due today
        inspection("I6", "荔城区", "E2", .unannounced, planned: nil, done: "2025-06-15", team: "C", hazards: 4, inspectors: 2),
        inspection("I7", "荔城区", nil, .supervision, planned: nil, done: "2025-06-16", team: "", hazards: 1, inspectors: 5),
        inspection("I8", "荔城区", "E4", .special, planned: "2025-07-15", done: nil, team: "B"),
        inspection("P-I1", "平利县", "P1", .supervision, planned: "2025-06-01", done: "2025-06-02", team: "A", hazards: 3, inspectors: 4),
    ]

    static let facts = [
        CountyFact(county: "荔城区", key: "shelters", value: 12),
        CountyFact(county: "荔城区", key: "shelters", value: 13, note: "corrected"),  // the later row wins
        CountyFact(county: "荔城区", key: "shelter_points", value: 152),
        CountyFact(county: "平利县", key: "area_km2", value: 2_647),
        CountyFact(county: "平利县", key: "population", value: 230_000),
        CountyFact(county: "平利县", key: "production_accidents", value: 0),
        CountyFact(county: "博湖县", key: "shelters", value: 2),
    ]

    static func tally(_ county: String?, tree: JurisdictionTree? = tree) -> CountySummary {
        SummaryTally.tally(
            county: county, jurisdictions: tree, enterprises: enterprises, hazards: hazards, trainings: trainings,
            inspections: inspections, facts: facts, asOf: asOf)
    }

    static func inspectionTally(
        planned: Int = 0, done: Int = 0, overdue: Int = 0, units: Int = 0, hazards: Int = 0, inspectors: Int = 0,
        checks: Int = 0, teams: Int = 0
    ) -> InspectionTally {
        var t = InspectionTally()
        t.planned = planned; t.done = done; t.overdue = overdue; t.units = units
        t.hazardsFound = hazards; t.inspectors = inspectors; t.checks = checks; t.teams = teams
        return t
    }

    static func zeroAttendance<Key: CaseIterable & Hashable>(_: Key.Type) -> [Key: Attendance] {
        Dictionary(uniqueKeysWithValues: Key.allCases.map { ($0, Attendance()) })
    }
}

@Suite struct SummaryTallyTests {
    typealias F = TallyFixture

    /// Every figure of 荔城区, worked out by hand from the fixture.
    @Test func lichengEveryFigure() {
        var expected = CountySummary(county: "荔城区")
        expected.enterprises.total = 4
        expected.enterprises.keySupervised = 2
        expected.enterprises.aboveScale = 2
        expected.enterprises.byRisk = [.red: 1, .orange: 0, .yellow: 1, .blue: 1]  // E4 never assessed
        expected.enterprises.rewardMechanism = 3
        expected.enterprises.platformRegistered = 2
        expected.enterprises.rewardMechanismIndustries = 1  // 制鞋 twice, a blank industry not at all

        expected.hazards.found = 11  // LH1–LH12 without the duplicate LH11
        expected.hazards.rectified = 5  // LH4, LH5, LH6, LH8, LH9
        expected.hazards.overdue = 2  // LH2, LH10

        expected.majorHazards.found = 4  // LH6, LH7, LH8, LH10
        expected.majorHazards.rectified = 2  // LH6, LH8
        expected.majorHazards.listed = 2  // LH6, LH7 (LH11 is a duplicate)
        expected.majorHazards.delisted = 1  // LH6

        expected.internalReports.found = 2  // LH9, LH10
        expected.internalReports.rectified = 1  // LH9
        expected.internalReports.rewardYuan = 800  // not LH11's (duplicate) nor LH12's (public report)

        expected.training.sessions = 10
        expected.training.personTimes = 510
        expected.training.materials = 510
        expected.training.byKind = F.zeroAttendance(TrainingKind.self)
        expected.training.byKind[.training] = Attendance(sessions: 6, personTimes: 110)
        expected.training.byKind[.drill] = Attendance(sessions: 1, personTimes: 100)
        expected.training.byKind[.lecture] = Attendance(sessions: 3, personTimes: 300)
        expected.training.byAudience = F.zeroAttendance(TrainingAudience.self)
        expected.training.byAudience[.principal] = Attendance(sessions: 2, personTimes: 30)
        expected.training.byAudience[.worker] = Attendance(sessions: 5, personTimes: 180)
        expected.training.byAudience[.public] = Attendance(sessions: 3, personTimes: 300)

        // planned I1–I5, I8; done I1–I3, I6, I7; overdue I4 (I5 is due today, I8 later);
        // units E1, E2; checks (A, 06-02), (A, 06-12), (C, 06-15), ("", 06-16); teams A, B, C.
        expected.inspections.all = F.inspectionTally(
            planned: 6, done: 5, overdue: 1, units: 2, hazards: 8, inspectors: 15, checks: 4, teams: 3)
        expected.inspections.byKind = [
            .routine: F.inspectionTally(planned: 3, done: 3, units: 2, hazards: 3, inspectors: 8, checks: 2, teams: 1),
            .doubleRandom: F.inspectionTally(planned: 2, overdue: 1, teams: 1),
            .unannounced: F.inspectionTally(done: 1, units: 1, hazards: 4, inspectors: 2, checks: 1, teams: 1),
            .special: F.inspectionTally(planned: 1, teams: 1),
            .supervision: F.inspectionTally(done: 1, hazards: 1, inspectors: 5, checks: 1),
        ]

        expected.towns = 2
        expected.zones = 1
        expected.facts = ["shelters": 13, "shelter_points": 152]

        let actual = F.tally("荔城区")
        // Field by field first, so a failure points at the definition that broke.
        #expect(actual.enterprises == expected.enterprises)
        #expect(actual.hazards == expected.hazards)
        #expect(actual.majorHazards == expected.majorHazards)
        #expect(actual.internalReports == expected.internalReports)
        #expect(actual.training == expected.training)
        #expect(actual.inspections.all == expected.inspections.all)
        for kind in InspectionKind.allCases {
            #expect(actual.inspections.byKind[kind] == expected.inspections.byKind[kind], "\(kind)")
        }
        #expect(actual.towns == expected.towns && actual.zones == expected.zones)
        #expect(actual.facts == expected.facts)
        #expect(actual == expected)
    }

    @Test func derivedFiguresOfLicheng() {
        let s = F.tally("荔城区")
        #expect(s.hazards.open == 6)
        #expect(s.hazards.rectificationRate.percentText() == "45%")
        #expect(s.majorHazards.open == 2)
        #expect(s.majorHazards.rectificationRate.fraction == 0.5)
        #expect(s.internalReports.rectificationRate.percentText() == "50%")
        #expect(s.training.drills == 1)
        #expect(s.training.lectures == 3)
        #expect(s.inspections.planned == 6 && s.inspections.done == 5 && s.inspections.overdue == 1)
    }

    @Test func aCountyWithNoHazardsHasNoRate() {
        let s = F.tally("博湖县")
        #expect(s.hazards.found == 0)
        #expect(s.hazards.rectificationRate.fraction == nil)
        #expect(s.hazards.rectificationRate.percentText() == "—")
        #expect(s.majorHazards.rectificationRate.percentText() == "—")
        #expect(s.internalReports.rectificationRate.percentText() == "—")
        #expect(s.enterprises.total == 1)
        #expect(s.enterprises.byRisk == [.red: 0, .orange: 0, .yellow: 0, .blue: 1])
        #expect(s.training.byKind[.publicity] == Attendance(sessions: 120, personTimes: 5_000))
        #expect(s.training.materials == 2_000)
        #expect(s.inspections.all == InspectionTally())
        #expect(s.towns == 2 && s.zones == 0)
        #expect(s.facts == ["shelters": 2])
    }

    @Test func aCountyWithNoRecordsAtAll() {
        let s = F.tally("新泰市")
        #expect(s.county == "新泰市")
        #expect(s.hazards == HazardFigures())
        #expect(s.enterprises.total == 0)
        #expect(s.towns == 0)
        #expect(s.facts.isEmpty)
        #expect(s.enterprises.byRisk.count == RiskLevel.allCases.count)
        #expect(s.inspections.byKind.count == InspectionKind.allCases.count)
    }

    @Test func theWholeScopeIsTheTotalOfItsCounties() {
        let whole = F.tally(nil)
        let counties = ["荔城区", "平利县", "博湖县"].map { F.tally($0) }
        #expect(whole == CountySummary.total(counties))
        #expect(whole.county == nil)
        #expect(whole.hazards.found == 13)
        #expect(whole.hazards.rectified == 6)
        // Distinct counts are per county: team A and industry 制鞋 exist in two counties.
        #expect(whole.inspections.all.teams == 4)
        #expect(whole.inspections.byKind[.supervision]?.teams == 1)
        #expect(whole.enterprises.rewardMechanismIndustries == 2)
        #expect(whole.inspections.all.checks == 5)
        #expect(whole.inspections.all.units == 3)
        #expect(whole.towns == 5 && whole.zones == 1)
        #expect(whole.facts == [
            "shelters": 15, "shelter_points": 152, "area_km2": 2_647, "population": 230_000, "production_accidents": 0,
        ])
    }

    @Test func withoutATreeThereAreNoTowns() {
        let s = F.tally("荔城区", tree: nil)
        #expect(s.towns == 0 && s.zones == 0)
        #expect(s.hazards.found == 11)
    }

    @Test func aPrefectureActingAsACountyCountsTheTownsOfItsCounties() {
        let tree = JurisdictionTree([
            Jurisdiction(code: "63", name: "青海省", level: .province, parentCode: nil),
            Jurisdiction(code: "6328", name: "海西州", level: .prefecture, parentCode: "63"),
            Jurisdiction(code: "632801", name: "格尔木市", level: .county, parentCode: "6328"),
            Jurisdiction(code: "632801001", name: "昆仑路街道", level: .town, parentCode: "632801"),
            Jurisdiction(code: "632802", name: "德令哈市", level: .county, parentCode: "6328"),
            Jurisdiction(code: "632802100", name: "尕海镇", level: .town, parentCode: "632802"),
            Jurisdiction(code: "632899", name: "柴达木循环经济试验区", level: .zone, parentCode: "6328"),
            Jurisdiction(code: "9", name: "海西州", level: .town, parentCode: "632802"),  // a town of the same name
        ])
        let s = SummaryTally.tally(
            county: "海西州", jurisdictions: tree, enterprises: [], hazards: [], trainings: [], inspections: [],
            facts: [], asOf: F.asOf)
        #expect(s.towns == 3)
        #expect(s.zones == 1)
    }

    @Test func recordsOfOtherCountiesAreIgnored() {
        let s = F.tally("平利县")
        #expect(s.hazards.found == 2 && s.hazards.rectified == 1)
        #expect(s.hazards.rectificationRate.percentText() == "50%")
        #expect(s.enterprises.total == 1 && s.enterprises.rewardMechanismIndustries == 1)
        #expect(s.inspections.all == F.inspectionTally(planned: 1, done: 1, units: 1, hazards: 3, inspectors: 4, checks: 1, teams: 1))
        #expect(s.training.sessions == 0)
        #expect(s.facts == ["area_km2": 2_647, "population": 230_000, "production_accidents": 0])
    }
}
