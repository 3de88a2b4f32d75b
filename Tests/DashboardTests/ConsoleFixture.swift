import Dashboard
import SafetyCore
@testable import SafetyStore
import TerminalUI

/// A console snapshot written by hand: four counties with Chinese names, a queue with an
/// overdue major hazard at the top, a year of training and a week of inspections, all as of
/// 2025-06-30, so renderings are the same on every machine and every day.
enum ConsoleFixture {
    static let asOf = Day(iso: "2025-06-30")!

    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func risk(_ name: String, _ red: Int, _ orange: Int, _ yellow: Int, _ blue: Int) -> ConsoleSnapshot.RiskRow {
        ConsoleSnapshot.RiskRow(name: name, counts: [.red: red, .orange: orange, .yellow: yellow, .blue: blue])
    }

    /// Hazard rows most urgent first, as `HazardQuery` orders them.
    static let hazardRows: [ConsoleSnapshot.HazardRow] = {
        let rows: [(String, String, String, HazardGrade, String, HazardStatus, String?, String)] = [
            ("荔城区", "莆田市荔城区鞋业有限公司", "2025-05-02", .major, "配电房消防通道堵塞", .rectifying, "2025-06-20", "L-001"),
            ("海西州", "海西州盐湖化工有限公司", "2025-06-25", .major, "液氯储罐区可燃气体报警器失效", .assigned, "2025-07-25", "H-002"),
            ("新泰市", "新泰市鲁中建材有限公司", "2025-04-10", .general, "粉尘涉爆车间未设泄爆口", .assigned, "2025-06-01", "X-003"),
            ("荔城区", "莆田市华林鞋材厂", "2025-06-02", .general, "安全出口上锁", .rectifying, "2025-07-02", "L-004"),
            ("秀屿区", "秀屿区港口物流有限公司", "2025-06-05", .general, "叉车未年检", .assigned, "2025-07-05", "S-005"),
            ("新泰市", "新泰市汶河食品有限公司", "2025-06-08", .general, "液氨管道标识缺失", .assigned, "2025-07-08", "X-006"),
            ("海西州", "格尔木市昆仑矿业有限责任公司", "2025-06-10", .general, "尾矿库监测设施损坏", .open, "2025-07-10", "H-007"),
            ("荔城区", "莆田市荔城区顺达电子科技有限公司", "2025-06-12", .general, "电气线路私拉乱接", .rectifying, "2025-07-12", "L-008"),
            ("秀屿区", "秀屿区东峤镇石材加工厂", "2025-06-15", .general, "砂轮机防护罩缺失", .assigned, "2025-07-15", "S-009"),
            ("新泰市", "新泰市宏达机械制造有限公司", "2025-06-18", .general, "行车限位失效", .assigned, "2025-07-18", "X-010"),
            ("荔城区", "莆田市荔城区木业加工厂", "2025-06-20", .general, "除尘系统未接地", .open, "2025-07-20", "L-011"),
            ("海西州", "德令哈市光伏电站", "2025-06-22", .general, "应急预案未演练", .assigned, "2025-07-22", "H-012"),
            ("秀屿区", "秀屿区月塘镇纺织有限公司", "2025-06-24", .general, "消防器材过期", .assigned, "2025-07-24", "S-013"),
            ("新泰市", "新泰市青云街道五金厂", "2025-06-26", .general, "未开展三级安全教育", .open, nil, "X-014"),
        ]
        return rows.map { county, enterprise, found, grade, description, status, deadline, id in
            ConsoleSnapshot.HazardRow(hazard: Hazard(id: id, enterpriseId: "E-\(id)", county: county, foundOn: day(found),
                                                     source: .inspection, grade: grade, description: description, status: status,
                                                     deadline: deadline.map(day)),
                                      enterpriseName: enterprise)
        }
    }()

    /// `count` rows cycling through ``hazardRows``, each due on its own day from 2028 on, so
    /// a row can be found on screen by its deadline and no other panel shows that date.
    static func manyHazardRows(_ count: Int) -> [ConsoleSnapshot.HazardRow] {
        (0..<count).map { index in
            var row = hazardRows[index % hazardRows.count]
            row.hazard.deadline = asOf.adding(days: 1_000 + index)
            return row
        }
    }

    static let snapshot: ConsoleSnapshot = {
        var s = ConsoleSnapshot(asOf: asOf, scope: nil)
        s.risk = [risk("荔城区", 3, 12, 40, 128), risk("秀屿区", 2, 5, 18, 12_345), risk("新泰市", 1, 7, 25, 1_204), risk("海西州", 0, 2, 9, 56)]
        s.breakdownCounty = "荔城区"
        s.riskByIndustry = [risk("制鞋", 2, 6, 20, 70), risk("危险化学品", 1, 3, 2, 0), risk("木材加工", 0, 2, 10, 30), risk("电子", 0, 1, 8, 28)]
        s.riskByTown = [risk("拱辰街道", 2, 5, 15, 40), risk("西天尾镇", 1, 4, 12, 50), risk("黄石镇", 0, 3, 13, 38)]
        // The window the console would have read: five screens' worth, the named rows first.
        let later = manyHazardRows(70).map { row in
            var row = row
            row.hazard.grade = .general
            return row
        }
        s.hazards = ConsoleSnapshot.OpenHazards(open: 1_287, overdue: 43, majorOpen: 6, rows: hazardRows + later)
        s.training.byKind = [
            .training: Attendance(sessions: 86, personTimes: 4_312), .drill: Attendance(sessions: 24, personTimes: 1_860),
            .lecture: Attendance(sessions: 12, personTimes: 2_045), .publicity: Attendance(sessions: 30, personTimes: 15_600),
        ]
        s.training.byAudience = [
            .principal: Attendance(sessions: 20, personTimes: 640), .safetyManager: Attendance(sessions: 30, personTimes: 1_200),
            .specialWorker: Attendance(sessions: 10, personTimes: 320), .worker: Attendance(sessions: 50, personTimes: 3_900),
            .official: Attendance(sessions: 8, personTimes: 160), .public: Attendance(sessions: 30, personTimes: 17_000),
            .student: Attendance(sessions: 4, personTimes: 597),
        ]
        let first = Month(iso: "2024-07")!
        s.training.monthlySessions = [8, 12, 15, 9, 20, 14, 3, 6, 18, 22, 17, 8].enumerated().map { (first.adding(months: $0), $1) }
        s.inspections = ConsoleSnapshot.InspectionProgress(dueToday: 3, dueThisWeek: 11, overdue: 5, plannedThisMonth: 40, doneThisMonth: 17)
        s.inspections.redTotal = 6
        s.inspections.redVisited = 4
        s.inspections.rules = [
            RuleProgress(county: "荔城区", rule: "towns-sampling", planned: 525, done: 412, overdue: 3),
            RuleProgress(county: "荔城区", rule: "district-above-scale", planned: 67, done: 40, overdue: 0),
        ]
        let teams: [(String, InspectionKind, String, String)] = [
            ("荔城区", .routine, "2025-06-25", "荔城区第一执法组"),
            ("新泰市", .special, "2025-06-27", "新泰市危化品专项组"),
            ("海西州", .doubleRandom, "2025-06-30", "海西州双随机抽查组"),
            ("秀屿区", .unannounced, "2025-07-01", "秀屿区暗访组"),
            ("荔城区", .supervision, "2025-07-02", "市应急管理局督导组"),
            ("新泰市", .routine, "2025-07-03", "新泰市安监中队"),
        ]
        s.inspections.upcoming = teams.enumerated().map { index, team in
            Inspection(id: "I-\(index)", county: team.0, enterpriseId: nil, kind: team.1, plannedOn: day(team.2), doneOn: nil,
                       team: team.3, hazardsFound: 0)
        }
        return s
    }()

    /// Two alerts, the newest about the overdue major hazard at the top of the queue.
    static let alerts = [
        HazardAlert(hazardId: "H-002", county: "海西州", enterpriseName: "海西州盐湖化工有限公司", description: "液氯储罐区可燃气体报警器失效"),
        HazardAlert(hazardId: "L-001", county: "荔城区", enterpriseName: "莆田市荔城区鞋业有限公司", description: "配电房消防通道堵塞"),
    ]

    /// The fixture as a console opened long after its data ends: no training in the twelve
    /// months, no inspection planned this month, the latest records in the spring.
    static let staleSnapshot: ConsoleSnapshot = {
        var stale = snapshot
        stale.training.monthlySessions = stale.training.monthlySessions.map { ($0.month, 0) }
        stale.training.latestHeldOn = day("2024-05-20")
        stale.inspections.plannedThisMonth = 0
        stale.inspections.doneThisMonth = 0
        stale.inspections.latestPlannedOn = day("2025-04-18")
        stale.latestRecordOn = day("2025-04-18")
        return stale
    }()

    /// A frame of the fixture with the given state.
    /// 荔城区's enterprises as the risk zoom lists them: reddest first, one never assessed.
    static let countyEnterprises = CountyEnterprises(county: "荔城区", total: 4, offset: 0, enterprises: [
        Enterprise(id: "E-1", name: "莆田市荔城区化工储运有限公司", county: "荔城区", town: "黄石镇", industry: "危化品",
                   scale: .above, keySupervised: true, riskLevel: .red, riskAssessedOn: day("2025-03-01")),
        Enterprise(id: "E-2", name: "莆田市荔城区鞋业有限公司", county: "荔城区", town: "镇海街道", industry: "鞋服",
                   scale: .above, keySupervised: false, riskLevel: .orange, riskAssessedOn: day("2025-04-12")),
        Enterprise(id: "E-3", name: "莆田市华林鞋材厂", county: "荔城区", town: "西天尾镇", industry: "鞋服",
                   scale: .below, keySupervised: false, riskLevel: .blue, riskAssessedOn: day("2025-05-20")),
        Enterprise(id: "E-4", name: "荔城区新开业木器加工厂", county: "荔城区", town: "黄石镇", industry: "木材加工",
                   scale: .below, keySupervised: false, riskLevel: nil, riskAssessedOn: nil),
    ])

    static func frame(_ language: Language, focus: ConsolePanel = .risk, zoomed: Bool = false, help: Bool = false,
                      alerts: Bool = false, loaded: Bool = true, error: String? = nil, notice: String? = nil,
                      hazardSelection: Int = 0, riskSelection: Int = 0, stale: Bool = false,
                      enterprises: Bool = false) -> ConsoleFrame {
        var state = ConsoleState()
        if enterprises {
            var list = CountyEnterprisesState(county: "荔城区", language: language)
            list.window = countyEnterprises
            list.selection = 1
            state.enterprises = list
        }
        state.focus = focus
        state.zoomed = zoomed
        state.showsHelp = help
        state.alerts = alerts ? Self.alerts : []
        state.notice = notice
        state.hazardSelection = hazardSelection
        state.riskSelection = riskSelection
        return ConsoleFrame(snapshot: loaded ? (stale ? staleSnapshot : snapshot) : nil, state: state, language: language, scope: nil,
                            clock: "2025-06-30 14:05", operatorName: "zhangwei", lastChange: "14:05:12", error: error)
    }
}
