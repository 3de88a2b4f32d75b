import Dashboard
import Foundation
import SafetyCore
import SafetyStore
import TerminalUI
import Testing

/// What the console says, read from the canvas: titles, counties, counts, the alert, focus.
struct ConsoleScreenTests {
    static let small = Size(width: 80, height: 24)
    static let large = Size(width: 160, height: 45)

    static func lines(_ frame: ConsoleFrame, _ size: Size) -> [String] {
        ScreenText.lines(ConsoleScreen.render(frame, size: size))
    }

    @Test(arguments: [small, large], Language.allCases)
    func headerShowsScopeClockOperatorLiveMarkerAndAlertCount(size: Size, language: Language) {
        let header = Self.lines(ConsoleFixture.frame(language, alerts: true), size)[0]
        let zh = language == .zh
        for part in [zh ? "全省" : "All counties", "2025-06-30 14:05", "zhangwei",
                     zh ? "● 实时 14:05:12" : "● live 14:05:12", zh ? "告警 2" : "alerts 2"] {
            #expect(header.contains(part), "\(part) missing from: \(header)")
        }
    }

    @Test func aCountyDeskNamesItsCounty() {
        var frame = ConsoleFixture.frame(.zh)
        frame.scope = "海西州"
        let header = Self.lines(frame, Self.small)[0]
        #expect(header.contains("海西州"))
        #expect(!header.contains("全省"))
    }

    @Test(arguments: [small, large], Language.allCases)
    func alertLineNamesCountyEnterpriseDescriptionAndHowToAcknowledge(size: Size, language: Language) {
        let alert = Self.lines(ConsoleFixture.frame(language, alerts: true), size)[1]
        #expect(alert.contains("荔城区"))
        // English at 80 columns leaves the least room; the description keeps half of it.
        let cramped = size.width == 80 && language == .en
        #expect(alert.contains(cramped ? "莆田市" : "莆田市荔城区鞋业"))
        #expect(alert.contains(cramped ? "配电房" : "配电房消防"))
        #expect(alert.contains(language == .zh ? "(A 确认)" : "(A to acknowledge)"))
        #expect(alert.contains(language == .zh ? "+1 条" : "+1 more"))
        let canvas = ConsoleScreen.render(ConsoleFixture.frame(language, alerts: true), size: size)
        #expect((0..<size.width).allSatisfy { canvas[$0, 1].style.background == .alert }, "the whole line is the alarm")
    }

    @Test(arguments: [small, large])
    func withoutAlertsThereIsNoAlertLine(size: Size) {
        let text = Self.lines(ConsoleFixture.frame(.en), size).joined(separator: "\n")
        #expect(!text.contains("acknowledge)"))
        #expect(text.contains("alerts 0"))
    }

    @Test(arguments: ConsolePanel.allCases, Language.allCases)
    func tabsNameEveryPanelAndReverseTheFocusedOne(focus: ConsolePanel, language: Language) {
        let canvas = ConsoleScreen.render(ConsoleFixture.frame(language, focus: focus), size: Self.small)
        for panel in ConsolePanel.allCases {
            let title = panel.title(language)
            let starts = ScreenText.columns(of: title, inRow: 1, of: canvas)
            #expect(starts.count == 1, "\(title) once in the tab strip")
            guard let x = starts.first else { continue }
            #expect(canvas[x, 1].style.attributes.contains(.reverse) == (panel == focus), "\(title)")
        }
        // Only the focused panel is on screen below the tabs, its title in its frame.
        let box = ScreenText.lines(canvas)[2]
        #expect(box.contains(focus.title(language)))
    }

    @Test(arguments: ConsolePanel.allCases, Language.allCases)
    func gridShowsEveryPanelWithOnlyTheFocusedTitleReversed(focus: ConsolePanel, language: Language) {
        let canvas = ConsoleScreen.render(ConsoleFixture.frame(language, focus: focus), size: Self.large)
        for panel in ConsolePanel.allCases {
            let title = panel.title(language)
            let found = (0..<canvas.height).lazy.compactMap { y in ScreenText.columns(of: title, inRow: y, of: canvas).first.map { (x: $0, y: y) } }.first
            guard let found else {
                Issue.record("\(title) not on screen")
                continue
            }
            #expect(canvas[found.x, found.y].style.attributes.contains(.reverse) == (panel == focus), "\(title)")
            // The focused box is drawn in double lines, the others in single ones.
            #expect(canvas[found.x - 3, found.y].character == (panel == focus ? "╔" : "┌"))
        }
    }

    @Test(arguments: [small, large], Language.allCases)
    func riskPanelListsEveryCounty(size: Size, language: Language) {
        let text = Self.lines(ConsoleFixture.frame(language, focus: .risk), size).joined(separator: "\n")
        for row in ConsoleFixture.snapshot.risk { #expect(text.contains(row.name)) }
        #expect(text.contains("12,345"), "large counts are grouped by thousands")
        #expect(text.contains(language == .zh ? "全部 13,857" : "all 13,857"))
    }

    @Test(arguments: Language.allCases)
    func zoomedRiskPanelBreaksTheCountyDownByIndustryAndTown(language: Language) {
        for size in [Self.small, Self.large] {
            let text = Self.lines(ConsoleFixture.frame(language, focus: .risk, zoomed: true), size).joined(separator: "\n")
            for row in ConsoleFixture.snapshot.riskByIndustry + ConsoleFixture.snapshot.riskByTown {
                #expect(text.contains(row.name), "\(row.name) at \(size)")
            }
            #expect(text.contains(language == .zh ? "荔城区 · 按行业" : "荔城区 by industry"))
        }
    }

    @Test(arguments: [small, large], Language.allCases)
    func hazardPanelShowsTotalsAndTheQueueInOrder(size: Size, language: Language) {
        let lines = Self.lines(ConsoleFixture.frame(language, focus: .hazards), size)
        let text = lines.joined(separator: "\n")
        #expect(text.contains(language == .zh ? "未整改 1,287  逾期 43  重大 6" : "open 1,287  overdue 43  major 6"))
        let deadlines = ConsoleFixture.hazardRows.compactMap { $0.hazard.deadline?.iso }
        let rowsAt = deadlines.compactMap { iso in lines.firstIndex { $0.contains(iso) } }
        #expect(rowsAt.count == deadlines.count)
        #expect(rowsAt == rowsAt.sorted(), "rows keep the queue's order, most urgent first")
        let first = lines[rowsAt[0]]
        #expect(first.contains(language == .zh ? "重大" : "MAJ"))
        #expect(first.contains(language == .zh ? "59天" : "59d"), "days open since 2025-05-02")
    }

    @Test(arguments: [small, large], [false, true])
    func theSelectedHazardScrollsIntoViewAndIsReversed(size: Size, zoomed: Bool) {
        var frame = ConsoleFixture.frame(.zh, focus: .hazards, zoomed: zoomed, hazardSelection: 44)
        let rows = ConsoleFixture.manyHazardRows(60)
        frame.snapshot?.hazards.rows = rows
        let canvas = ConsoleScreen.render(frame, size: size)
        let lines = ScreenText.lines(canvas)
        guard let y = lines.firstIndex(where: { $0.contains(rows[44].hazard.deadline!.iso) }) else {
            Issue.record("the selected hazard is not on screen")
            return
        }
        #expect(!lines.contains { $0.contains(rows[0].hazard.deadline!.iso) }, "the first row scrolled away")
        let x = ScreenText.columns(of: rows[44].hazard.deadline!.iso, inRow: y, of: canvas)[0]
        #expect(canvas[x, y].style.attributes.contains(.reverse))
        #expect(lines.joined().contains("45/1,287"))
    }

    @Test(arguments: [small, large])
    func deepInAMillionRowQueueOnlyTheWindowReadIsNeeded(size: Size) {
        let window = ConsoleFixture.manyHazardRows(60)
        var frame = ConsoleFixture.frame(.en, focus: .hazards, hazardSelection: 500_030)
        frame.snapshot?.hazards = ConsoleSnapshot.OpenHazards(open: 1_000_000, overdue: 0, majorOpen: 0, rows: window, firstRow: 500_000)
        let canvas = ConsoleScreen.render(frame, size: size)
        let lines = ScreenText.lines(canvas)
        let selected = window[30].hazard.deadline!.iso
        guard let y = lines.firstIndex(where: { $0.contains(selected) }) else {
            Issue.record("the selected hazard is not on screen:\n\(lines.joined(separator: "\n"))")
            return
        }
        #expect(canvas[ScreenText.columns(of: selected, inRow: y, of: canvas)[0], y].style.attributes.contains(.reverse))
        #expect(lines.joined().contains("500,031/1,000,000"))
        let placeholder = { (line: String) in line.contains("║…") || line.contains("│…") }
        #expect(!lines.contains(where: placeholder), "every row on screen is in the window")

        frame.state.hazardSelection = 999_999
        let beyond = ScreenText.lines(ConsoleScreen.render(frame, size: size))
        #expect(beyond.joined().contains("1,000,000/1,000,000"))
        #expect(!beyond.contains { line in window.contains { line.contains($0.hazard.deadline!.iso) } },
                "rows not read yet are placeholders, not rows from elsewhere in the queue")
        #expect(beyond.contains(where: placeholder))
    }

    @Test(arguments: Language.allCases)
    func trainingPanelShowsKindsAudiencesAndTwelveMonths(language: Language) {
        let text = Self.lines(ConsoleFixture.frame(language, focus: .training), Self.small).joined(separator: "\n")
        for kind in TrainingKind.allCases { #expect(text.contains(Terms.name(kind, language))) }
        for audience in TrainingAudience.allCases { #expect(text.contains(Terms.name(audience, language))) }
        #expect(text.contains("15,600") && text.contains("17,000") && text.contains("23,817"))
        #expect(text.contains("07    08    09    10    11    12    01    02    03    04    05    06"))
        #expect(text.contains("█████"), "the busiest month (22 sessions) reaches the top")
    }

    @Test(arguments: Language.allCases)
    func inspectionPanelShowsDueOverdueAndTheMonth(language: Language) {
        let text = Self.lines(ConsoleFixture.frame(language, focus: .inspections), Self.small).joined(separator: "\n")
        #expect(text.contains(language == .zh ? "今日待检 3  本周 11  ! 逾期未检 5" : "due today 3  this week 11  ! overdue 5"))
        #expect(text.contains("17/40") && text.contains("42%"))
        for inspection in ConsoleFixture.snapshot.inspections.upcoming { #expect(text.contains(inspection.team)) }
    }

    @Test(arguments: [small, large], Language.allCases)
    func helpOverlayListsEveryBindingOfTheKeyTable(size: Size, language: Language) {
        let text = Self.lines(ConsoleFixture.frame(language, help: true), size).joined(separator: "\n")
        for binding in ConsoleKeyMap.bindings {
            #expect(text.contains(binding.keyLabel) && text.contains(binding.label(for: language)), "\(binding.keyLabel)")
        }
    }

    @Test(arguments: [small, large], Language.allCases)
    func keyBarIsTheBottomLine(size: Size, language: Language) {
        let last = Self.lines(ConsoleFixture.frame(language), size).last ?? ""
        #expect(last.hasPrefix(language == .zh ? "? 帮助" : "? help"))
        #expect(last.contains(language == .zh ? "Tab 切换面板" : "Tab next panel"))
    }

    @Test(arguments: Language.allCases)
    func quitIsInTheKeyBarAt80Columns(language: Language) {
        let last = Self.lines(ConsoleFixture.frame(language), Self.small).last ?? ""
        #expect(last.contains(language == .zh ? "q 退出" : "q quit"))
    }

    @Test(arguments: Language.allCases)
    func acknowledgeIsInTheKeyBarOnlyWhileAnAlertWaits(language: Language) {
        let label = language == .zh ? "A 确认告警" : "A acknowledge alert"
        #expect(!(Self.lines(ConsoleFixture.frame(language), Self.large).last ?? "").contains(label))
        #expect((Self.lines(ConsoleFixture.frame(language, alerts: true), Self.large).last ?? "").contains(label))
    }

    @Test(arguments: Language.allCases)
    func theOperatorStaysInTheHeaderAt80Columns(language: Language) {
        let frame = ConsoleFixture.frame(language, alerts: true)
        #expect((Self.lines(frame, Self.small).first ?? "").contains(frame.operatorName))
    }

    @Test(arguments: [small, large], Language.allCases)
    func whileLoadingEveryVisiblePanelSaysSo(size: Size, language: Language) {
        let text = Self.lines(ConsoleFixture.frame(language, loaded: false), size).joined(separator: "\n")
        #expect(text.contains(language == .zh ? "正在读取…" : "Loading…"))
        #expect(text.contains(ConsolePanel.risk.title(language)))
        #expect(!text.contains("荔城区"))
    }

    @Test(arguments: Language.allCases)
    func anErrorAndANoticeGetALineEach(language: Language) {
        let lines = Self.lines(ConsoleFixture.frame(language, error: "database is locked", notice: "see safetyboard report"), Self.small)
        #expect(lines[1].contains("database is locked"))
        #expect(lines[lines.count - 2].contains("see safetyboard report"))
        #expect(lines[0].contains(language == .zh ? "○ 数据未更新" : "○ stale"), "the live marker stops claiming live data")
    }

    @Test(arguments: [Size(width: 60, height: 20), Size(width: 79, height: 24), Size(width: 80, height: 23), Size(width: 12, height: 3)],
          Language.allCases)
    func screensBelow80x24ShowOnlyTheTooSmallLine(size: Size, language: Language) {
        let lines = Self.lines(ConsoleFixture.frame(language, alerts: true), size)
        let written = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(written.count == 1)
        let expected = language == .zh ? "终端太小" : "terminal too small: need 80×24"
        #expect(written.first.map { $0.contains(expected) || size.width < 40 } == true, "\(written)")
    }
}
