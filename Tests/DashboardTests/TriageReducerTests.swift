@testable import Dashboard
import SafetyCore
@testable import SafetyStore
import TerminalUI
import Testing

/// The triage view's reducer: each key or result → the exact next state and effects.
struct TriageReducerTests {
    static let today = TriageFixture.today
    static var query: TriageListQuery { TriageListQuery(filter: TriageFilter(), sort: .urgency, descending: false, today: today) }

    /// The fixture's seven rows read, the first selected with its detail.
    static var loaded: TriageState {
        var state = TriageState(scope: nil, language: .en)
        state.today = today
        state.data = TriageFixture.window
        state.loadedWindow = 0..<60
        state.detailId = "LC-H-0001"
        state.followedId = "LC-H-0001"
        state.windowSerial = 1
        return state
    }

    struct Step: Sendable, CustomTestStringConvertible {
        let name: String
        let key: Key
        let change: @Sendable (inout TriageState) -> Void
        let effects: [TriageEffect]
        var testDescription: String { name }
    }

    static let steps: [Step] = [
        Step(name: "j reads the next row's detail", key: .char("j"), change: { $0.selection = 1; $0.followedId = "LC-H-0002" },
             effects: [.readDetail(TriageFixture.rows[1].hazard)]),
        Step(name: "k at the top stays", key: .char("k"), change: { _ in }, effects: []),
        Step(name: "G goes to the last", key: .char("G"), change: { $0.selection = 6; $0.followedId = "PL-H-0007" },
             effects: [.readDetail(TriageFixture.rows[6].hazard)]),
        Step(name: "d asks the deadline", key: .char("d"), change: { $0.prompt = .text(.deadline, input: "") }, effects: []),
        Step(name: "v asks to confirm closing, refused: not rectified", key: .char("v"),
             change: { $0.message = TriageMessage("cannot close LC-H-0001: it is rectifying, not rectified — mark it rectified first", isError: true) },
             effects: []),
        Step(name: "w writes at once", key: .char("w"), change: { _ in }, effects: []),
        Step(name: "u with nothing done says so", key: .char("u"),
             change: { $0.message = TriageMessage("Nothing to undo in this session", isError: true) }, effects: []),
        Step(name: "s sorts by the next column from the top", key: .char("s"),
             change: { $0.sort = .deadline; $0.followedId = nil; $0.windowSerial = 2; $0.readingWindow = true },
             effects: [.readWindow(TriageWindowRequest(query: TriageListQuery(filter: TriageFilter(), sort: .deadline, descending: false, today: today),
                                                       selection: 0, pageRows: 20, follow: nil, span: .screen, serial: 2))]),
        Step(name: "n before a search says how", key: .char("n"),
             change: { $0.message = TriageMessage("Search with / first", isError: true) }, effects: []),
        Step(name: "q quits", key: .char("q"), change: { _ in }, effects: [.quit]),
        Step(name: "2 asks for counties", key: .char("2"), change: { _ in }, effects: [.show(.counties)]),
    ]

    @Test(arguments: steps)
    func eachKeyGivesTheNextStateAndItsEffects(_ step: Step) throws {
        var state = Self.loaded
        var expected = state
        step.change(&expected)
        let action = try #require(TriageKeyMap.action(for: step.key, in: state))
        let effects = TriageState.reduce(&state, action)
        if step.key == .char("w") {
            // The refusal is the lifecycle's: rectifying already.
            #expect(effects == [] && state.message?.isError == true, "\(String(describing: state.message))")
            return
        }
        #expect(effects == step.effects)
        #expect(state == expected)
    }

    @Test func aDeadlineIsEditedAtTheCursorAndWrittenForTheSelectedRow() {
        var state = Self.loaded
        _ = TriageState.reduce(&state, .deadline)
        for key in [Key.char("+"), .char("8"), .backspace, .char("7")] {
            _ = TriageState.reduce(&state, TriageKeyMap.action(for: key, in: state)!)
        }
        #expect(state.prompt?.input == "+7")
        let effects = TriageState.reduce(&state, .submitPrompt)
        #expect(effects == [.apply(.setDeadline(Self.today.adding(days: 7)), to: [TriageFixture.rows[0].tracked], today: Self.today)])
        #expect(state.prompt == nil)
    }

    @Test func aWrittenActionIsUndoableAndTheListReadAgainFollowingTheHazard() {
        var state = Self.loaded
        var after = TriageFixture.rows[0].hazard
        after.deadline = Self.today
        let change = HazardChange(before: TriageFixture.rows[0].hazard, after: after, revision: 2, action: "set_deadline")
        let effects = TriageState.reduce(&state, .applied(.setDeadline, ids: ["LC-H-0001"], changes: [change]))
        #expect(state.undoStack == [[change]])
        #expect(state.message == TriageMessage("LC-H-0001: \(TriageText.done(.setDeadline, .en))"))
        #expect(state.selectedRow?.hazard.deadline == Self.today, "the row shows what was written before the re-read")
        #expect(effects == [.readWindow(TriageWindowRequest(query: Self.query, selection: 0, pageRows: 20, follow: "LC-H-0001",
                                                            followMoved: true, span: .screen, serial: 2))],
                "a new deadline moves the hazard in the urgency order: its place is counted first, the rows on screen read")
        #expect(TriageState.reduce(&state, .undo) == [.undo([change])])
        #expect(state.undoStack.isEmpty)
        _ = TriageState.reduce(&state, .undoFailed([change], reason: "changed by x"))
        #expect(state.undoStack == [[change]], "a failed undo can be tried again")
    }

    @Test func spaceMarksAndMovesAndABatchGoesToEveryMarkedRow() {
        var state = Self.loaded
        _ = TriageState.reduce(&state, .mark)
        _ = TriageState.reduce(&state, .mark)
        #expect(state.marked == ["LC-H-0001", "LC-H-0002"])
        #expect(state.selection == 2)
        _ = TriageState.reduce(&state, .deadline)
        _ = TriageState.reduce(&state, .edit(.insert("2025-07-31")))
        let effects = TriageState.reduce(&state, .submitPrompt)
        #expect(effects == [.apply(.setDeadline(Day(iso: "2025-07-31")!), to: [TriageFixture.rows[0].tracked, TriageFixture.rows[1].tracked],
                                   today: Self.today)])
        _ = TriageState.reduce(&state, .back)
        #expect(state.marked.isEmpty)
    }

    @Test func tabCompletesTheResponsibleUnitFromCandidatesTheRunnerReads() {
        var state = Self.loaded
        _ = TriageState.reduce(&state, .assign)
        _ = TriageState.reduce(&state, .edit(.insert("安全")))
        #expect(TriageState.reduce(&state, .complete) == [.completeResponsible(county: "荔城区", prefix: "安全")])
        _ = TriageState.reduce(&state, .completions(prefix: "安全", units: ["安全科", "安全办"]))
        #expect(state.prompt?.input == "安全科")
        #expect(TriageState.reduce(&state, .complete) == [], "the next Tab cycles without a read")
        #expect(state.prompt?.input == "安全办")
    }

    @Test func searchAsYouTypeDropsResultsForAnOlderText() {
        var state = Self.loaded
        _ = TriageState.reduce(&state, .search)
        let first = TriageState.reduce(&state, .edit(.insert("喷")))
        #expect(first == [.search(TriageSearchRequest(text: "喷", query: Self.query))])
        _ = TriageState.reduce(&state, .edit(.insert("胶")))
        _ = TriageState.reduce(&state, .searchRead(TriageSearchRequest(text: "喷", query: Self.query), matches: ["LC-H-0006"], firstPosition: 5))
        #expect(state.matches.isEmpty && state.selection == 0, "the answer for 喷 came after 喷胶 was typed")
        let effects = TriageState.reduce(&state, .searchRead(TriageSearchRequest(text: "喷胶", query: Self.query), matches: ["LC-H-0002"],
                                                             firstPosition: 1))
        #expect(state.matches == ["LC-H-0002"])
        #expect(state.selection == 1)
        #expect(effects == [.readDetail(TriageFixture.rows[1].hazard)])
    }

    /// A read of the rows on screen is followed by the whole window's, which changes nothing on
    /// screen; the whole window asks for no more.
    @Test func theRowsOnScreenAreFollowedByTheWholeWindow() {
        var state = Self.loaded
        let screen = TriageState.reduce(&state, .sort)
        guard case .readWindow(let request)? = screen.first else {
            Issue.record("no read: \(screen)")
            return
        }
        #expect(request.span == .screen)
        let rows = TriageWindow(count: TriageFixture.window.count, firstRow: 0, rows: Array(TriageFixture.window.rows.prefix(20)))
        let next = TriageState.reduce(&state, .windowRead(TriageWindowRead(request: request, window: rows, range: 0..<20, selection: 0, lost: nil)))
        #expect(next == [.readWindow(TriageWindowRequest(query: request.query, selection: 0, pageRows: 20, follow: nil,
                                                          span: .rest, serial: request.serial + 1))])
        guard case .readWindow(let whole)? = next.first else { return }
        let read = TriageWindowRead(request: whole, window: TriageFixture.window, range: 0..<60, selection: 0, lost: nil)
        #expect(TriageState.reduce(&state, .windowRead(read)) == [])
    }

    @Test(arguments: [
        (TriageSort.urgency, HazardField.deadline, true), (.urgency, .grade, true), (.urgency, .responsible, false),
        (.deadline, .deadline, true), (.deadline, .grade, false), (.found, .deadline, false), (.found, .status, true),
        (.county, .grade, true), (.enterprise, .deadline, false), (.enterprise, .duplicateOf, true), (.status, .responsible, false),
    ])
    func aChangeMovesItsHazardWhenTheOrderIsByWhatItChanged(sort: TriageSort, field: HazardField, moves: Bool) {
        let before = TriageFixture.rows[0].hazard
        var after = before
        switch field {
        case .deadline: after.deadline = Self.today.adding(days: 30)
        case .grade: after.grade = before.grade == .major ? .general : .major
        case .responsible: after.responsible = "另一单位"
        case .status: after.status = .rectified
        case .duplicateOf: after.duplicateOf = "LC-H-0002"
        default: Issue.record("not in the table: \(field)")
        }
        #expect(after.changedFields(to: before) == [field] || before.changedFields(to: after) == [field])
        #expect(sort.moves(HazardChange(before: before, after: after, revision: 2, action: "test")) == moves)
    }

    @Test func anOlderWindowReadIsDroppedAndANewDayReadsAgain() {
        var state = Self.loaded
        let stale = TriageWindowRead(request: TriageWindowRequest(query: Self.query, selection: 0, pageRows: 20, follow: nil, serial: 0),
                                     window: TriageWindow(), range: 0..<60, selection: 0, lost: nil)
        #expect(TriageState.reduce(&state, .windowRead(stale)) == [])
        #expect(state.data == TriageFixture.window)
        let tomorrow = Self.today.adding(days: 1)
        let effects = TriageState.reduce(&state, .today(tomorrow))
        var next = Self.query
        next.today = tomorrow
        #expect(effects == [.readWindow(TriageWindowRequest(query: next, selection: 0, pageRows: 20, follow: "LC-H-0001", serial: 2))])
    }
}

/// After an action on one hazard the list is read again following that hazard, whatever was
/// followed before: `r` then `v` acts on the same hazard.
struct TriageFollowsTheActedHazardTests {
    @Test func anActionFollowsTheHazardItActedOnAndItsRowSaysAwaitingVerification() {
        var state = TriageReducerTests.loaded
        state.followedId = "LC-H-0002"
        var after = TriageFixture.rows[0].hazard
        after.status = .rectified
        after.rectifiedOn = TriageReducerTests.today
        let change = HazardChange(before: TriageFixture.rows[0].hazard, after: after, revision: 2, action: "mark_rectified")
        let effects = TriageState.reduce(&state, .applied(.markRectified, ids: ["LC-H-0001"], changes: [change]))
        #expect(effects == [.readWindow(TriageWindowRequest(query: TriageReducerTests.query, selection: 0, pageRows: 20,
                                                            follow: "LC-H-0001", followMoved: true, span: .screen, serial: 2))])
        #expect(TriageText.status(.rectified, .zh) == "待验收")
        #expect(TriageText.status(.rectified, .en) == "to verify")
        // The row now is rectified: `v` asks to close it, the same hazard.
        #expect(TriageState.reduce(&state, .close) == [])
        #expect(state.prompt == .confirm(.close))
    }

    @Test func anUndoFollowsTheHazardItPutBack() {
        var state = TriageReducerTests.loaded
        state.followedId = "LC-H-0002"
        let change = HazardChange(before: TriageFixture.rows[0].hazard, after: TriageFixture.rows[0].hazard, revision: 3, action: "undo")
        let effects = TriageState.reduce(&state, .undone([change]))
        #expect(effects == [.readWindow(TriageWindowRequest(query: TriageReducerTests.query, selection: 0, pageRows: 20,
                                                            follow: "LC-H-0001", serial: 2))])
    }

    @Test(arguments: [("awaiting", "awaiting"), ("待验收 逾期", "awaiting overdue"), ("status=open,assigned,rectifying", "status=open,assigned,rectifying")])
    func theAwaitingWordSelectsRectifiedHazards(typed: String, shown: String) throws {
        let filter = try TriageFilterText.parse(typed, scope: nil)
        #expect(TriageFilterText.describe(filter, scope: nil) == shown)
        #expect(try TriageFilterText.parse(shown, scope: nil) == filter)
        if typed.hasPrefix("awaiting") || typed.hasPrefix("待验收") { #expect(filter.statuses == [.rectified]) }
    }
}

/// `e` asks the day and the reason and records the request; `E` decides a pending one.
struct TriageExtensionReducerTests {
    static let today = TriageReducerTests.today

    @Test func eAsksTheDayFromTheDeadlineThenTheReasonAndRequests() {
        var state = TriageReducerTests.loaded
        #expect(TriageState.reduce(&state, .requestExtension) == [])
        #expect(state.prompt == .text(.extensionUntil, input: ""))
        _ = TriageState.reduce(&state, .edit(.insert("+15")))
        #expect(TriageState.reduce(&state, .submitPrompt) == [])
        // LC-H-0001's deadline is 2025-05-20: +15 counts from it.
        #expect(state.prompt == .text(.extensionReason(until: Day(iso: "2025-06-04")!), input: ""))
        _ = TriageState.reduce(&state, .edit(.insert("设备到货晚")))
        #expect(TriageState.reduce(&state, .submitPrompt)
                == [.requestExtension(hazard: "LC-H-0001", until: Day(iso: "2025-06-04")!, reason: "设备到货晚", today: Self.today)])
    }

    @Test func eOnAHazardWithoutDeadlineSaysWhyAndAsksNothing() {
        var state = TriageReducerTests.loaded
        state.selection = 4
        _ = TriageState.reduce(&state, .requestExtension)
        #expect(state.prompt == nil)
        #expect(state.message == TriageMessage(ExtensionRefusal.noDeadline(hazard: "HX-H-0005").description, isError: true))
    }

    @Test(arguments: [("y 同意", true, "同意" as String?), ("n", false, nil), ("拒绝 理由不足", false, "理由不足")])
    func capitalEDecidesThePendingRequest(typed: String, approve: Bool, note: String?) {
        var state = TriageReducerTests.loaded
        let pending = DeadlineExtension(hazardId: "LC-H-0001", until: Day(iso: "2025-07-31")!, reason: "设备到货晚",
                                        requestedBy: "unit", requestedAt: "2025-06-29T10:00:00+08:00")
        _ = TriageState.reduce(&state, .decideExtension)
        #expect(state.message?.isError == true, "nothing pending yet")
        state.data.rows[0].pendingExtension = pending
        _ = TriageState.reduce(&state, .decideExtension)
        #expect(state.prompt == .text(.extensionDecision(until: pending.until), input: ""))
        _ = TriageState.reduce(&state, .edit(.insert(typed)))
        #expect(TriageState.reduce(&state, .submitPrompt)
                == [.decideExtension(hazard: "LC-H-0001", approve: approve, note: note, today: Self.today)])
    }

    @Test func aDecisionFollowsTheHazardAndShowsTheNewDeadlineAtOnce() {
        var state = TriageReducerTests.loaded
        state.followedId = "LC-H-0002"
        var request = DeadlineExtension(hazardId: "LC-H-0001", until: Day(iso: "2025-07-31")!, reason: "r",
                                        requestedBy: "unit", requestedAt: "t")
        request.decision = .approved
        var after = TriageFixture.rows[0].hazard
        after.deadline = request.until
        let change = HazardChange(before: TriageFixture.rows[0].hazard, after: after, revision: 2, action: "set_deadline")
        let effects = TriageState.reduce(&state, .extensionDecided(request, change: change))
        #expect(state.selectedRow?.hazard.deadline == request.until)
        #expect(state.message == TriageMessage("LC-H-0001: extension approved, deadline 2025-07-31"))
        #expect(effects == [.readWindow(TriageWindowRequest(query: TriageReducerTests.query, selection: 0, pageRows: 20,
                                                            follow: "LC-H-0001", followMoved: true, span: .screen, serial: 2))])
    }
}

/// Enter opens the enterprise page of the selected hazard's enterprise over the list; it
/// scrolls within the page and Esc goes back to the list where it was.
struct EnterpriseFileReducerTests {
    static let file = EnterpriseFile(
        enterprise: Enterprise(id: "E-LC-H-0001", name: "莆田市荔城区鞋业有限公司", county: "荔城区", town: "黄石镇", industry: "鞋服",
                               scale: .above, keySupervised: true, riskLevel: .orange, riskAssessedOn: Day(iso: "2025-03-01")),
        hazards: TriageFixture.rows.map(\.hazard))

    @Test func enterOpensThePageReadsItsFileAndEscGoesBack() throws {
        var state = TriageReducerTests.loaded
        state.selection = 0
        let enter = try #require(TriageKeyMap.action(for: .enter, in: state))
        #expect(TriageState.reduce(&state, enter) == [.readEnterpriseFile(enterpriseId: "E-LC-H-0001")])
        #expect(state.enterpriseFile?.file == nil)
        #expect(TriageState.reduce(&state, .enterpriseFile(.read(Self.file))) == [])
        #expect(state.enterpriseFile?.file == Self.file)

        // Keys now belong to the page: j scrolls it, not the list.
        let down = try #require(TriageKeyMap.action(for: .char("j"), in: state))
        #expect(down == .enterpriseFile(.scroll(.down)))
        _ = TriageState.reduce(&state, down)
        #expect(state.enterpriseFile?.scroll == 0, "a page that fits does not scroll")
        #expect(state.selection == 0)

        let esc = try #require(TriageKeyMap.action(for: .escape, in: state))
        _ = TriageState.reduce(&state, esc)
        #expect(state.enterpriseFile == nil)
        #expect(state.selection == 0 && state.data == TriageReducerTests.loaded.data, "back on the list where it was")
    }

    @Test func thePageScrollsWithinItsLinesAndDropsAnotherEnterprisesRead() {
        var page = EnterpriseFileState(enterpriseId: "E-LC-H-0001", language: .en)
        page.pageRows = 5
        var other = Self.file
        other.enterprise.id = "E9"
        _ = EnterpriseFileState.reduce(&page, .read(other))
        #expect(page.file == nil, "a read for another enterprise is dropped")
        _ = EnterpriseFileState.reduce(&page, .read(Self.file))
        _ = EnterpriseFileState.reduce(&page, .scroll(.bottom))
        #expect(page.scroll == page.lineCount - 5)
        _ = EnterpriseFileState.reduce(&page, .scroll(.down))
        #expect(page.scroll == page.lineCount - 5, "not past the last line")
        _ = EnterpriseFileState.reduce(&page, .scroll(.top))
        #expect(page.scroll == 0)
        let text = EnterpriseFileText.lines(Self.file, .en)
        #expect(text.contains { $0.contains("Enterprise file 莆田市荔城区鞋业有限公司") })
        #expect(text.contains { $0.contains("risk orange (high)") && $0.contains("assessed 2025-03-01") })
        #expect(text.contains { $0.contains("Hazards 7 (6 not closed, 1 closed)") })
        #expect(text.contains { $0.contains("key supervision yes") })
    }
}

/// The selected hazard's evidence files arrive from the runner (checked on disk there) and the
/// detail pane lists them with their hash, flagging a changed or missing file.
struct TriageAttachmentTests {
    static let photo = Attachment(hazardId: "LC-H-0001", path: "/evidence/LC-H-0001/通道.jpg",
                                  sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", size: 123_456,
                                  attachedBy: "unit", attachedAt: "2025-06-29T10:00:00+08:00")

    @Test func attachmentsOfAnotherHazardThanTheSelectedAreDropped() {
        var state = TriageReducerTests.loaded
        #expect(TriageState.reduce(&state, .attachmentsRead(id: "LC-H-0002", [CheckedAttachment(Self.photo, state: .intact)])) == [])
        #expect(state.attachments.isEmpty)
        _ = TriageState.reduce(&state, .attachmentsRead(id: "LC-H-0001", [CheckedAttachment(Self.photo, state: .changed)]))
        #expect(state.attachmentsId == "LC-H-0001" && state.attachments.count == 1)
    }

    @Test(arguments: [(AttachmentState.intact, ""), (.changed, "CHANGED"), (.missing, "MISSING")])
    func theDetailListsTheHashAndFlagsAFileNotAsAttached(state fileState: AttachmentState, flag: String) {
        var state = TriageReducerTests.loaded
        _ = TriageState.reduce(&state, .attachmentsRead(id: "LC-H-0001", [CheckedAttachment(Self.photo, state: fileState)]))
        var canvas = Canvas(width: 140, height: 36)
        TriageScreen(state, policy: EscalationPolicy()).draw(in: Rect(x: 0, y: 0, width: 140, height: 36), on: &canvas)
        let line = canvas.lines().first { $0.contains("attachment 通道.jpg") }
        #expect(line?.contains("9f86d081884c…") == true, "\(canvas.lines().joined(separator: "\n"))")
        #expect(line?.contains("123,456 B") == true)
        if !flag.isEmpty { #expect(line?.contains(flag) == true) } else { #expect(line?.contains("CHANGED") == false) }
    }
}
