import Dashboard
import SafetyCore
import SafetyStore
import TerminalUI
import Testing

/// How keys move the console's state: focus, zoom, help, selections, alerts, other views.
struct ConsoleStateTests {
    static let today = Day(iso: "2025-06-30")!

    static func snapshot(openHazards: Int, counties: [String]) -> ConsoleSnapshot {
        var s = ConsoleSnapshot(asOf: today, scope: nil)
        s.hazards.open = openHazards
        s.risk = counties.map { ConsoleSnapshot.RiskRow(name: $0, counts: [.red: 1]) }
        return s
    }

    @Test func tabCyclesThroughTheFourPanelsBothWays() {
        var state = ConsoleState()
        var seen: [ConsolePanel] = []
        for _ in 0..<4 {
            seen.append(state.focus)
            _ = state.apply(.nextPanel, snapshot: nil, language: .en)
        }
        #expect(seen == [.risk, .hazards, .training, .inspections])
        #expect(state.focus == .risk)
        _ = state.apply(.previousPanel, snapshot: nil, language: .en)
        #expect(state.focus == .inspections)
    }

    @Test func escapeClosesHelpBeforeItLeavesTheZoom() {
        var state = ConsoleState()
        _ = state.apply(.zoom, snapshot: nil, language: .en)
        _ = state.apply(.help, snapshot: nil, language: .en)
        #expect(state.zoomed && state.showsHelp)
        _ = state.apply(.nextPanel, snapshot: nil, language: .en)
        #expect(state.focus == .risk, "Tab does not move focus behind the help overlay")
        _ = state.apply(.back, snapshot: nil, language: .en)
        #expect(!state.showsHelp && state.zoomed)
        _ = state.apply(.back, snapshot: nil, language: .en)
        #expect(!state.zoomed)
    }

    @Test func quitQuitsWithoutAQuestion() {
        var state = ConsoleState()
        #expect(state.apply(.quit, snapshot: nil, language: .zh) == .quit)
        #expect(state.apply(.down, snapshot: nil, language: .zh) == .stay)
    }

    struct Move: Sendable, CustomTestStringConvertible {
        let action: ConsoleAction
        let from: Int
        let to: Int
        var testDescription: String { "\(action) from \(from) → \(to)" }
    }

    @Test(arguments: [
        Move(action: .down, from: 0, to: 1), Move(action: .up, from: 0, to: 0), Move(action: .down, from: 99, to: 99),
        Move(action: .pageDown, from: 0, to: 10), Move(action: .pageDown, from: 95, to: 99), Move(action: .pageUp, from: 5, to: 0),
        Move(action: .bottom, from: 3, to: 99), Move(action: .top, from: 50, to: 0),
    ])
    func hazardSelectionStaysInsideTheQueue(_ move: Move) {
        var state = ConsoleState()
        state.focus = .hazards
        state.hazardSelection = move.from
        _ = state.apply(move.action, snapshot: Self.snapshot(openHazards: 100, counties: []), language: .en, pageSize: 10)
        #expect(state.hazardSelection == move.to)
    }

    @Test func theRiskSelectionPicksTheCountyOfTheBreakdown() {
        var state = ConsoleState()
        let snapshot = Self.snapshot(openHazards: 0, counties: ["荔城区", "新泰市", "平利县"])
        #expect(state.breakdownCounty(in: snapshot) == "荔城区")
        _ = state.apply(.down, snapshot: snapshot, language: .zh)
        _ = state.apply(.down, snapshot: snapshot, language: .zh)
        _ = state.apply(.down, snapshot: snapshot, language: .zh)
        #expect(state.breakdownCounty(in: snapshot) == "平利县")
        state.clamp(to: Self.snapshot(openHazards: 0, counties: ["荔城区"]))
        #expect(state.riskSelection == 0)
    }

    @Test func acknowledgingRemovesTheNewestAlertOnly() {
        var state = ConsoleState()
        state.alerts = [
            HazardAlert(hazardId: "H1", county: "荔城区", enterpriseName: "甲", description: "一"),
            HazardAlert(hazardId: "H2", county: "新泰市", enterpriseName: "乙", description: "二"),
        ]
        _ = state.apply(.acknowledge, snapshot: nil, language: .zh)
        #expect(state.alerts.map(\.hazardId) == ["H1"])
        _ = state.apply(.acknowledge, snapshot: nil, language: .zh)
        _ = state.apply(.acknowledge, snapshot: nil, language: .zh)
        #expect(state.alerts.isEmpty)
    }

    @Test(arguments: [(ConsoleAction.showCounties, BoardViewKind.counties), (.showTriage, .triage)])
    func viewKeysAskForTheirView(_ action: ConsoleAction, view: BoardViewKind) {
        var state = ConsoleState()
        state.showsHelp = true
        #expect(state.apply(action, snapshot: nil, language: .en) == .show(view))
        #expect(!state.showsHelp)
        #expect(state.apply(.showConsole, snapshot: nil, language: .en) == .stay)
    }

    @Test func theNextKeyClearsANotice() {
        var state = ConsoleState()
        state.notice = "saved"
        _ = state.apply(.down, snapshot: nil, language: .en)
        #expect(state.notice == nil)
    }

    @Test func everyActionHasAKeyAndNoKeyIsBoundTwice() {
        let keys = ConsoleKeyMap.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
        let bound = Set(ConsoleKeyMap.bindings.map(\.action))
        let all: [ConsoleAction] = [.quit, .help, .back, .nextPanel, .previousPanel, .zoom, .up, .down, .pageUp, .pageDown,
                                    .top, .bottom, .acknowledge, .showConsole, .showCounties, .showTriage, .recordInspection]
        #expect(bound == Set(all))
    }

    @Test func iOnASelectedInspectionOpensThePromptAndElsewhereSaysHow() {
        var state = ConsoleState()
        _ = state.apply(.recordInspection, snapshot: ConsoleFixture.snapshot, language: .en)
        #expect(state.inspectionPrompt == nil)
        #expect(state.notice?.contains("inspections panel") == true)
        state.focus = .inspections
        _ = state.apply(.down, snapshot: ConsoleFixture.snapshot, language: .en)
        _ = state.apply(.recordInspection, snapshot: ConsoleFixture.snapshot, language: .en)
        #expect(state.inspectionPrompt?.inspectionId == ConsoleFixture.snapshot.inspections.upcoming[1].id)
    }

    @Test(arguments: [
        ("", "2025-06-30", [String]()),
        ("2025-06-28", "2025-06-28", []),
        ("2025-06-28 LC-H-1, LC-H-2", "2025-06-28", ["LC-H-1", "LC-H-2"]),
        ("LC-H-9", "2025-06-30", ["LC-H-9"]),
        ("LC-H-1，LC-H-2", "2025-06-30", ["LC-H-1", "LC-H-2"]),
    ])
    func theInspectionPromptReadsADayAndHazardIds(typed: String, day: String, hazards: [String]) {
        var prompt = InspectionPrompt(inspectionId: "I-1")
        prompt.input = typed
        let answer = prompt.answer(today: Day(iso: "2025-06-30")!)
        #expect(answer?.day == Day(iso: day))
        #expect(answer?.hazards == hazards)
    }

    @Test func aMistypedDayIsNotTakenForToday() {
        var prompt = InspectionPrompt(inspectionId: "I-1")
        prompt.input = "2025-13-40 LC-H-1"
        #expect(prompt.answer(today: Day(iso: "2025-06-30")!) == nil)
    }
}
