@testable import Dashboard
import SafetyCore
import SafetyStore
import TerminalUI
import Testing

/// Saved views and columns in the triage reducer: the name prompt, the views' list and the
/// column editor, each key → the exact next state and effects.
struct SavedViewReducerTests {
    static let overdue = SavedView(name: "overdue majors", filter: "grade=major overdue", sort: .deadline, descending: true,
                                   columns: [.enterprise, .days, .urgency])
    static let awaiting = SavedView(name: "to verify", filter: "awaiting", sort: .found, columns: [.status])

    /// Presses `key` as the console does: through the key table, then the reducer.
    @discardableResult
    private func press(_ key: Key, _ state: inout TriageState) throws -> [TriageEffect] {
        let action = try #require(TriageKeyMap.action(for: key, in: state), "\(key) does nothing")
        return TriageState.reduce(&state, action)
    }

    private func type(_ text: String, _ state: inout TriageState) throws {
        for character in text { try press(.char(character), &state) }
    }

    // MARK: - The name prompt

    @Test(arguments: [Key.char("V"), Key.char(":")])
    func vOrColonAsksANameAndEnterSavesTheFilterSortAndColumns(key: Key) throws {
        var state = TriageReducerTests.loaded
        state.filter.grade = .major
        state.filter.overdueOnly = true
        state.sort = .deadline
        state.descending = true
        state.columns = [.enterprise, .days, .urgency]
        #expect(try press(key, &state).isEmpty)
        #expect(state.prompt == .text(.savedViewName, input: ""))
        try type("overdue majors", &state)
        let effects = try press(.enter, &state)
        #expect(effects == [.saveView(Self.overdue)])
        #expect(state.prompt == nil)
    }

    @Test func theViewIsSavedWithTheDesksCountyWrittenOut() throws {
        var state = TriageState(scope: "荔城区", language: .zh)
        state.today = TriageFixture.today
        state.filter.listedOnly = true
        try press(.char("V"), &state)
        try type("挂牌", &state)
        #expect(try press(.enter, &state) == [.saveView(SavedView(name: "挂牌", filter: "county=荔城区 listed"))],
                "a view read elsewhere (hazard list --view) keeps the county it was made for")
    }

    @Test func anEmptyNameIsRefusedAndNothingIsSaved() throws {
        var state = TriageReducerTests.loaded
        try press(.char("V"), &state)
        try type("  ", &state)
        #expect(try press(.enter, &state).isEmpty)
        #expect(state.message == TriageMessage("Give the view a name", isError: true))
    }

    @Test func theStoresAnswerIsShownAndTheNameOfferedNextTime() throws {
        var state = TriageReducerTests.loaded
        #expect(TriageState.reduce(&state, .savedViewSaved(Self.overdue, .added)).isEmpty)
        #expect(state.message == TriageMessage("View “overdue majors” saved"))
        _ = TriageState.reduce(&state, .savedViewSaved(Self.overdue, .replaced))
        #expect(state.message == TriageMessage("View “overdue majors” replaced"))
        try press(.char("V"), &state)
        #expect(state.prompt == .text(.savedViewName, input: "overdue majors"), "Enter saves over the view in use")
        _ = TriageState.reduce(&state, .savedViewFailed("refused by the role rule: x"))
        #expect(state.message == TriageMessage("refused by the role rule: x", isError: true))
    }

    // MARK: - The views' list

    @Test func rListsTheViewsAndEnterAppliesOneFromTheTop() throws {
        var state = TriageReducerTests.loaded
        state.selection = 3
        state.columns = [.county]
        #expect(try press(.char("R"), &state) == [.readSavedViews])
        #expect(state.savedViewPicker == SavedViewPicker())
        #expect(TriageState.reduce(&state, .savedViewPicker(.read([Self.overdue, Self.awaiting]))).isEmpty)
        #expect(try press(.char("j"), &state).isEmpty)
        #expect(state.savedViewPicker?.selection == 1)
        #expect(try press(.char("j"), &state).isEmpty, "the last stays")
        try press(.char("k"), &state)

        let effects = try press(.enter, &state)
        var filter = TriageFilter()
        filter.grade = .major
        filter.overdueOnly = true
        let query = TriageListQuery(filter: filter, sort: .deadline, descending: true, today: TriageFixture.today)
        #expect(effects == [.readWindow(TriageWindowRequest(query: query, selection: 0, pageRows: 20, follow: nil, span: .screen, serial: 2))])
        #expect(state.savedViewPicker == nil)
        #expect(state.filter == filter && state.sort == .deadline && state.descending)
        #expect(state.columns == [.enterprise, .days, .urgency])
        #expect(state.selection == 0)
        #expect(state.savedViewName == "overdue majors")
        #expect(state.message == TriageMessage("View “overdue majors”"))
    }

    @Test func dAsksAndOnlyEnterDeletes() throws {
        var state = TriageReducerTests.loaded
        try press(.char("R"), &state)
        _ = TriageState.reduce(&state, .savedViewPicker(.read([Self.overdue, Self.awaiting])))
        try press(.char("j"), &state)
        #expect(try press(.char("d"), &state).isEmpty)
        #expect(state.savedViewPicker?.confirmingDelete == true)
        #expect(try press(.escape, &state).isEmpty)
        #expect(state.savedViewPicker?.confirmingDelete == false, "Esc keeps the view")
        #expect(state.savedViewPicker != nil, "and the list open")
        try press(.delete, &state)
        #expect(try press(.enter, &state) == [.deleteSavedView(name: "to verify")])

        _ = TriageState.reduce(&state, .savedViewDeleted(name: "to verify", remaining: [Self.overdue]))
        #expect(state.savedViewPicker == SavedViewPicker(views: [Self.overdue]), "the selection clamped to what is left")
        #expect(state.message == TriageMessage("View “to verify” deleted"))
        #expect(try press(.escape, &state).isEmpty)
        #expect(state.savedViewPicker == nil)
    }

    @Test func theListTakesOnlyItsOwnKeys() throws {
        var state = TriageReducerTests.loaded
        try press(.char("R"), &state)
        for key in [Key.char("q"), .char("a"), .char("f"), .char("?")] {
            #expect(TriageKeyMap.action(for: key, in: state) == nil, "\(key)")
        }
    }

    @Test func aViewWhoseFilterThisBuildCannotReadIsRefusedAndTheListStays() throws {
        var state = TriageReducerTests.loaded
        try press(.char("R"), &state)
        _ = TriageState.reduce(&state, .savedViewPicker(.read([SavedView(name: "new", filter: "colour=red")])))
        #expect(try press(.enter, &state).isEmpty)
        #expect(state.filter == TriageFilter())
        #expect(state.message?.isError == true)
        #expect(state.message?.text.contains("'colour=red' is not a filter word") == true)
        #expect(state.savedViewPicker != nil, "another view can be picked")
    }

    @Test func aListThatCannotBeReadClosesWithTheReason() throws {
        var state = TriageReducerTests.loaded
        try press(.char("R"), &state)
        _ = TriageState.reduce(&state, .savedViewFailed("no"))
        #expect(state.savedViewPicker == nil)
        #expect(state.message == TriageMessage("no", isError: true))
    }

    struct PickerStep: Sendable, CustomTestStringConvertible {
        let name: String
        let start: SavedViewPicker
        let action: SavedViewPickerAction
        let after: SavedViewPicker
        let outcome: SavedViewPickerOutcome?
        var testDescription: String { name }
    }

    static let two = SavedViewPicker(views: [overdue, awaiting])
    static func at(_ selection: Int, _ picker: SavedViewPicker = two, confirming: Bool = false) -> SavedViewPicker {
        var picker = picker
        picker.selection = selection
        picker.confirmingDelete = confirming
        return picker
    }

    static let pickerSteps: [PickerStep] = [
        PickerStep(name: "G to the last", start: two, action: .move(.bottom), after: at(1), outcome: nil),
        PickerStep(name: "a move forgets the delete asked", start: at(0, confirming: true), action: .move(.down), after: at(1), outcome: nil),
        PickerStep(name: "moving in an empty list", start: SavedViewPicker(views: []), action: .move(.down),
                   after: SavedViewPicker(views: []), outcome: nil),
        PickerStep(name: "Enter in an empty list closes", start: SavedViewPicker(views: []), action: .choose,
                   after: SavedViewPicker(views: []), outcome: .close),
        PickerStep(name: "Enter while reading closes", start: SavedViewPicker(), action: .choose, after: SavedViewPicker(), outcome: .close),
        PickerStep(name: "d with nothing to delete", start: SavedViewPicker(views: []), action: .delete,
                   after: SavedViewPicker(views: []), outcome: nil),
        PickerStep(name: "a shorter list clamps the selection", start: at(1), action: .read([overdue]),
                   after: SavedViewPicker(views: [overdue]), outcome: nil),
    ]

    @Test(arguments: pickerSteps)
    func thePickersReducer(_ step: PickerStep) {
        var picker = step.start
        #expect(SavedViewPicker.reduce(&picker, step.action) == step.outcome)
        #expect(picker == step.after)
    }

    // MARK: - The column editor

    @Test func cListsTheShownColumnsFirstThenTheOthersHidden() throws {
        var state = TriageReducerTests.loaded
        try press(.char("C"), &state)
        let editor = try #require(state.columnEditor)
        #expect(editor.entries.map(\.column) == [.grade, .county, .enterprise, .deadline, .urgency, .status,
                                                 .town, .industry, .source, .found, .responsible, .days])
        #expect(editor.entries.map(\.shown) == Array(repeating: true, count: 6) + Array(repeating: false, count: 6))
        #expect(editor.columns == TriageColumn.defaults)
    }

    @Test func spaceShowsAndHidesPlusAndMinusMoveAndEnterGivesTheTableItsColumns() throws {
        var state = TriageReducerTests.loaded
        try press(.char("C"), &state)
        try press(.char(" "), &state)                      // grade hidden
        try press(.char("G"), &state)                      // days
        try press(.char(" "), &state)                      // days shown
        for _ in 0..<6 { try press(.char("+"), &state) }   // days up to just before status
        #expect(state.columnEditor?.selection == 5)
        try press(.char("K"), &state)                      // before urgency
        try press(.char("J"), &state)                      // back before status
        try press(.char("-"), &state)                      // after status
        #expect(state.columnEditor?.columns == [.county, .enterprise, .deadline, .urgency, .status, .days])
        #expect(state.columnEditor?.entries.first.map { $0.column == .grade && !$0.shown } == true)
        #expect(try press(.enter, &state).isEmpty, "no read: the rows hold every column")
        #expect(state.columnEditor == nil)
        #expect(state.columns == [.county, .enterprise, .deadline, .urgency, .status, .days])
        #expect(state.message == TriageMessage("Columns: county enterprise deadline urgency status days"))
    }

    @Test func aColumnStopsAtEitherEndAndEscKeepsTheTablesColumns() throws {
        var state = TriageReducerTests.loaded
        try press(.char("C"), &state)
        let opened = state.columnEditor
        try press(.char("+"), &state)
        #expect(state.columnEditor == opened, "the first stays first")
        try press(.char("G"), &state)
        try press(.char("-"), &state)
        #expect(state.columnEditor?.entries.last?.column == .days, "the last stays last")
        try press(.char(" "), &state)
        try press(.escape, &state)
        #expect(state.columnEditor == nil)
        #expect(state.columns == TriageColumn.defaults)
    }

    @Test func theLastShownColumnCannotBeHidden() throws {
        var state = TriageReducerTests.loaded
        state.columns = [.enterprise]
        try press(.char("C"), &state)
        try press(.char(" "), &state)
        #expect(state.columnEditor?.columns == [.enterprise])
        #expect(state.message == TriageMessage("Keep at least one column", isError: true))
        try press(.char("j"), &state)
        #expect(state.message == nil)
    }
}
