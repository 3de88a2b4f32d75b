import Dashboard
import SafetyCore
import SafetyStore
import TerminalUI
import Testing

extension ConsoleState {
    /// Reduces `action` on this state holding `snapshot`, in `language`.
    mutating func apply(_ action: ConsoleAction, snapshot: ConsoleSnapshot?, language: Language) -> [ConsoleEffect] {
        self.snapshot = snapshot
        self.language = language
        return ConsoleState.reduce(&self, action)
    }
}

/// The console's reducer: each action → the next state and the effects (focus, zoom, help,
/// selections, alerts, other views, the `i` prompt, the feed's requests).
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
        #expect(state.apply(.quit, snapshot: nil, language: .zh) == [.quit])
        #expect(state.apply(.down, snapshot: nil, language: .zh) == [])
    }

    struct Move: Sendable, CustomTestStringConvertible {
        let action: ConsoleAction
        let from: Int
        let to: Int
        var testDescription: String { "\(action) from \(from) → \(to)" }
    }

    @Test(arguments: [
        Move(action: .down, from: 0, to: 1), Move(action: .up, from: 0, to: 0), Move(action: .down, from: 99, to: 99),
        Move(action: .pageDown, from: 0, to: 18), Move(action: .pageDown, from: 95, to: 99), Move(action: .pageUp, from: 5, to: 0),
        Move(action: .bottom, from: 3, to: 99), Move(action: .top, from: 50, to: 0),
    ])
    func hazardSelectionStaysInsideTheQueue(_ move: Move) {
        var state = ConsoleState()
        state.focus = .hazards
        state.zoomed = true
        // A zoomed hazard panel on 80×24 shows 18 rows: a page is 18.
        state.screen = Size(width: 80, height: 24)
        state.hazardSelection = move.from
        #expect(ConsoleScreen.listRows(of: .hazards, state.frame(), size: state.screen) == 18)
        _ = state.apply(move.action, snapshot: Self.snapshot(openHazards: 100, counties: []), language: .en)
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
        #expect(state.apply(action, snapshot: nil, language: .en) == [.show(view)])
        #expect(!state.showsHelp)
        #expect(state.apply(.showConsole, snapshot: nil, language: .en) == [])
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
        let bound = ConsoleKeyMap.bindings.map(\.action)
        let all: [ConsoleAction] = [.quit, .help, .back, .nextPanel, .previousPanel, .zoom, .up, .down, .pageUp, .pageDown,
                                    .top, .bottom, .acknowledge, .showConsole, .showCounties, .showTriage, .recordInspection, .open]
        #expect(bound.count == all.count && all.allSatisfy(bound.contains))
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

    // MARK: - Prompt, feed, time

    @Test func theInspectionPromptEditsAtItsCursorAndEnterRecords() {
        var state = ConsoleState()
        state.today = Self.today
        state.focus = .inspections
        _ = state.apply(.recordInspection, snapshot: ConsoleFixture.snapshot, language: .en)
        let id = ConsoleFixture.snapshot.inspections.upcoming[0].id
        for key in [Key.char("H"), .char("2"), .left, .char("-"), .home, .char("X"), .backspace, .end] {
            if let action = ConsoleKeyMap.action(for: key, in: state) { _ = ConsoleState.reduce(&state, action) }
        }
        #expect(state.inspectionPrompt?.input == "H-2")
        #expect(ConsoleKeyMap.action(for: .char("q"), in: state) == .edit(.insert("q")), "q types while the prompt is open")
        let effects = ConsoleState.reduce(&state, .submitPrompt)
        #expect(effects == [.recordInspection(id: id, day: Self.today, hazards: ["H-2"], today: Self.today)])
        #expect(state.inspectionPrompt == nil)
        _ = ConsoleState.reduce(&state, .inspectionRecorded(id: id, day: Self.today, hazards: 1))
        #expect(state.notice == "Recorded \(id) done on 2025-06-30 with 1 hazards")
    }

    @Test func aMistypedDayInThePromptRecordsNothing() {
        var state = ConsoleState()
        state.today = Self.today
        state.language = .en
        state.inspectionPrompt = InspectionPrompt(inspectionId: "I-1")
        state.inspectionPrompt?.input = "2025-13-40"
        state.requested = state.feedRequest
        #expect(ConsoleState.reduce(&state, .submitPrompt) == [])
        #expect(state.notice == "Write the day as YYYY-MM-DD")
    }

    @Test func theFeedIsAskedOnceTheDayIsKnownAndAgainOnlyWhenTheRequestChanges() {
        var state = ConsoleState()
        state.screen = Size(width: 80, height: 24)
        #expect(ConsoleState.reduce(&state, .down) == [], "no day yet: nothing to ask")
        let first = ConsoleState.reduce(&state, .today(Self.today))
        guard case .requestFeed(let request)? = first.first else {
            Issue.record("expected a feed request, got \(first)")
            return
        }
        #expect(request.asOf == Self.today)
        #expect(ConsoleState.reduce(&state, .zoom) == [], "the same request is not asked twice")
        let tomorrow = Self.today.adding(days: 1)
        #expect(ConsoleState.reduce(&state, .today(tomorrow)).contains { if case .requestFeed(let r) = $0 { r.asOf == tomorrow } else { false } })
    }

    /// The first read is the rows on screen only, so that the first frame waits for nothing
    /// more; once they are in, the window of three screens around them is asked for.
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 45)])
    func theFirstReadIsTheRowsOnScreenAndTheWindowFollows(size: Size) {
        var state = ConsoleState()
        state.screen = size
        state.language = .en
        let first = ConsoleState.reduce(&state, .today(Self.today))
        guard case .requestFeed(let opening)? = first.first else {
            Issue.record("expected a feed request, got \(first)")
            return
        }
        let shown = ConsoleScreen.listRows(of: .hazards, state.frame(), size: size)
        // At 80×24 the panels are tabs and the hazard panel is not the one shown: a row.
        #expect(opening.hazardOffset == 0 && opening.hazardRows == max(shown, 1))

        var snapshot = ConsoleFixture.snapshot
        snapshot.hazards.open = 1_000_000
        let after = ConsoleState.reduce(&state, .snapshotRead(snapshot, newMajorHazards: [], changedAt: nil))
        let window = after.compactMap { if case .requestFeed(let r) = $0 { r } else { nil } }
        #expect(window.count == 1)
        #expect(window.first?.hazardOffset == 0)
        #expect(window.first?.hazardRows == 3 * max(shown, size.height), "three screens, as every later read")
        var unmoved = window.first
        unmoved?.hazardRows = opening.hazardRows
        unmoved?.breakdownCounty = opening.breakdownCounty
        #expect(unmoved == opening, "nothing else changes but the zoom county, now named (the same read: FeedMemoryTests)")
    }

    @Test func newMajorHazardsBecomeAlertsAndRingTheBellUnlessTurnedOff() {
        let alert = HazardAlert(hazardId: "H9", county: "荔城区", enterpriseName: "甲", description: "一")
        var state = ConsoleState()
        let effects = ConsoleState.reduce(&state, .snapshotRead(ConsoleFixture.snapshot, newMajorHazards: [alert], changedAt: "14:05:12"))
        #expect(effects == [.ringBell])
        #expect(state.alerts == [alert])
        #expect(state.lastChange == "14:05:12")
        state.bell = false
        #expect(ConsoleState.reduce(&state, .snapshotRead(ConsoleFixture.snapshot, newMajorHazards: [alert], changedAt: nil)) == [])
        #expect(state.alerts.count == 2)
        #expect(state.lastChange == "14:05:12", "no change on disk keeps the time of the last one")
    }

    /// The latest dates come in with the feed's snapshot; the frame's header says "data up to"
    /// only while they are more than a month behind the as-of day.
    @Test(arguments: [("2025-04-18", "data up to 2025-04-18"), ("2025-05-30", nil), ("2025-06-29", nil)])
    func theHeaderNamesTheDataslatestDayOnlyWhenItIsStale(latest: String, expected: String?) {
        var snapshot = ConsoleFixture.snapshot
        snapshot.latestRecordOn = Day(iso: latest)!
        var state = ConsoleState()
        state.language = .en
        #expect(ConsoleState.reduce(&state, .snapshotRead(snapshot, newMajorHazards: [], changedAt: nil)) == [])
        #expect(state.snapshot?.latestRecordOn == Day(iso: latest))
        #expect(state.frame().chrome.dataUpTo == expected)
    }
}
