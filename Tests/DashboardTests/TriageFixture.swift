import Dashboard
import SafetyCore
import SafetyStore
import TerminalUI

/// A triage list window with every kind of row: overdue at each escalation step, due soon,
/// without deadline, a likely duplicate, a listed major hazard, and a closed one.
enum TriageFixture {
    static let today = Day(iso: "2025-06-30")!

    static func row(_ id: String, _ grade: HazardGrade, _ county: String, _ enterprise: String, _ description: String,
                    status: HazardStatus, deadline: String?, found: String = "2025-05-02", duplicateOf: String? = nil,
                    listed: String? = nil, closed: String? = nil) -> TriageRow {
        let hazard = Hazard(id: id, enterpriseId: "E-\(id)", county: county, foundOn: Day(iso: found)!, source: .inspection,
                            grade: grade, description: description, status: status,
                            responsible: status == .open ? nil : "安全科 王科长", deadline: deadline.flatMap(Day.init(iso:)),
                            rectifiedOn: closed.flatMap(Day.init(iso:)), closedOn: closed.flatMap(Day.init(iso:)),
                            listedOn: listed.flatMap(Day.init(iso:)))
        return TriageRow(tracked: TrackedHazard(hazard: hazard, revision: 1), enterpriseName: enterprise, town: "黄石镇",
                         industry: "鞋服", riskLevel: .orange, likelyDuplicateOf: duplicateOf)
    }

    static let rows = [
        row("LC-H-0001", .major, "荔城区", "莆田市荔城区鞋业有限公司", "配电房消防通道堵塞", status: .rectifying, deadline: "2025-05-20", listed: "2025-05-03"),
        row("LC-H-0002", .major, "荔城区", "莆田市华林鞋材厂", "喷胶工位通风设施失效", status: .assigned, deadline: "2025-06-20"),
        row("XT-H-0003", .general, "新泰市", "新泰市鲁中建材有限公司", "粉尘收集器未接地", status: .assigned, deadline: "2025-06-29"),
        row("XT-H-0004", .general, "新泰市", "新泰市汶河食品有限公司", "液氨管道标识缺失", status: .rectifying, deadline: "2025-07-03"),
        row("HX-H-0005", .general, "海西州", "格尔木市昆仑矿业有限责任公司", "井口安全警示牌缺失", status: .open, deadline: nil),
        row("LC-H-0006", .general, "荔城区", "莆田市华林鞋材厂", "喷胶工位通风设施不能正常运行", status: .open, deadline: nil,
            found: "2025-05-04", duplicateOf: "LC-H-0002"),
        row("PL-H-0007", .general, "平利县", "平利县恒发砂石有限公司", "皮带机防护罩缺失", status: .closed, deadline: "2025-06-01",
            closed: "2025-05-28"),
    ]

    static let history = [
        AuditEntry(at: "2025-05-02T09:12:00+08:00", operatorName: "zhangwei", action: "assign",
                   before: #"{"deadline":null,"responsible":null,"status":"open"}"#,
                   after: #"{"deadline":"2025-05-20","responsible":"安全科 王科长","status":"assigned"}"#),
        AuditEntry(at: "2025-05-03T10:00:00+08:00", operatorName: "zhangwei", action: "list",
                   before: #"{"listed_on":null}"#, after: #"{"listed_on":"2025-05-03"}"#, note: nil),
        AuditEntry(at: "2025-05-10T16:30:00+08:00", operatorName: "liming", action: "comment", note: "企业已采购新的排风设备"),
    ]

    static let window = TriageWindow(count: rows.count, firstRow: 0, rows: rows,
                                     enterprise: nil, history: history)

    static func screen(_ language: Language, state: TriageState = TriageState()) -> TriageScreen {
        TriageScreen(data: window, state: state, language: language, today: today)
    }

    static func render(_ language: Language, size: Size, state: TriageState = TriageState()) -> Canvas {
        var canvas = Canvas(size: size)
        screen(language, state: state).draw(in: Rect(size: size).inset(top: 1), on: &canvas)
        return canvas
    }
}
