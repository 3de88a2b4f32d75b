import Dashboard
import SafetyCore
import SafetyStore
import TerminalUI
import Testing

/// The supervisors' view as text: a county page, its towns and the ranking.
struct CountiesScreenTests {
    static func summary(_ county: String, found: Int, rectified: Int, overdue: Int, majors: (Int, Int), firms: Int) -> CountySummary {
        var s = CountySummary(county: county)
        s.enterprises.total = firms
        s.enterprises.keySupervised = firms / 3
        s.enterprises.aboveScale = firms / 5
        s.enterprises.byRisk = [.red: 2, .orange: firms / 10, .yellow: firms / 3, .blue: firms - 2 - firms / 10 - firms / 3]
        s.hazards.found = found
        s.hazards.rectified = rectified
        s.hazards.overdue = overdue
        s.majorHazards.found = majors.0
        s.majorHazards.rectified = majors.1
        s.majorHazards.listed = 2
        s.majorHazards.delisted = 2
        s.training.byKind[.training] = Attendance(sessions: 83, personTimes: 1_295)
        s.training.byKind[.drill] = Attendance(sessions: 12, personTimes: 640)
        s.towns = 6
        s.zones = 1
        return s
    }

    static let ranking = [
        summary("荔城区", found: 2_231, rectified: 2_058, overdue: 137, majors: (42, 41), firms: 660),
        summary("新泰市", found: 1_704, rectified: 1_631, overdue: 49, majors: (12, 11), firms: 1_380),
        summary("博湖县", found: 216, rectified: 186, overdue: 26, majors: (3, 2), firms: 164),
    ]

    static let trend = (0..<12).map { offset in
        MonthlyHazards(month: Month(iso: "2024-08")!.adding(months: offset), found: [0, 0, 3, 12, 40, 210, 190, 260, 230, 240, 180, 20][offset],
                       rectified: [0, 0, 1, 9, 35, 180, 200, 240, 231, 238, 170, 12][offset])
    }

    static let towns: [TownFigures] = [("黄石镇", false, 120, 9), ("拱辰街道", false, 340, 30), ("荔城经济开发区", true, 80, 0)].map { name, zone, found, overdue in
        var t = TownFigures(town: name, isZone: zone)
        t.enterprises.total = found / 2
        t.hazards.found = found
        t.hazards.rectified = found - overdue - 3
        t.hazards.overdue = overdue
        return t
    }

    static func render(_ state: CountiesState, _ language: Language, _ size: Size) -> Canvas {
        var canvas = Canvas(size: size)
        CountiesScreen(counties: ranking.map { $0.county! }, page: CountyPage(summary: ranking[0], trend: trend),
                       towns: towns, ranking: ranking, state: state, language: language)
            .draw(in: Rect(size: size).inset(top: 1), on: &canvas)
        return canvas
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let mode: CountiesState.Mode
        let language: Language
        let size: Size
        var testDescription: String { name }
    }

    static let cases: [Case] = [Size(width: 80, height: 24), Size(width: 160, height: 45)].flatMap { size in
        Language.allCases.flatMap { language in
            [(CountiesState.Mode.page, "page"), (.towns, "towns"), (.ranking, "ranking")].map { mode, name in
                Case(name: "counties-\(size.width)x\(size.height)-\(language.rawValue)-\(name)", mode: mode, language: language, size: size)
            }
        }
    }

    @Test(arguments: cases)
    func matchesTheRecordedSnapshot(_ c: Case) {
        var state = CountiesState()
        state.mode = c.mode
        SnapshotFile.check(Self.render(state, c.language, c.size), named: c.name)
    }

    @Test func thePageShowsTheCountysFigures() {
        let text = ScreenText.lines(Self.render(CountiesState(), .en, Size(width: 160, height: 45))).joined(separator: "\n")
        for figure in ["2,231", "2,058", "92.2%", "137", "42", "660", "1,295"] {
            #expect(text.contains(figure), "\(figure) on the page")
        }
    }

    @Test func theRankingPutsTheWorstFirstAndSortsByAnyColumn() {
        var state = CountiesState()
        state.mode = .ranking
        let rows = { ScreenText.lines(Self.render(state, .en, Size(width: 80, height: 24))).filter { $0.hasPrefix("1. ") } }
        #expect(rows().first?.contains("1. 博湖县") == true, "86.1% is the lowest rate: \(rows())")
        state.column = .overdue
        #expect(rows().first?.contains("1. 荔城区") == true, "137 overdue is the most")
        state.reversed = true
        #expect(rows().first?.contains("1. 博湖县") == true, "26 overdue is the fewest")
    }
}
