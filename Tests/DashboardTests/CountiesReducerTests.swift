import Dashboard
import SafetyCore
import SafetyStore
import TerminalUI
import Testing

/// The counties view's reducer: each key or result → the exact next state and effects.
struct CountiesReducerTests {
    static let today = Day(iso: "2026-11-22")!
    static let names = ["博湖县", "新泰市", "荔城区"]

    /// Three counties read, the page of the first on screen.
    static var loaded: CountiesState {
        var state = CountiesState(language: .en)
        state.today = today
        state.counties = names
        state.page = CountyPage(summary: CountySummary(county: names[0]), trend: [])
        return state
    }

    struct Step: Sendable, CustomTestStringConvertible {
        let name: String
        let key: Key
        let change: @Sendable (inout CountiesState) -> Void
        let effects: [CountiesEffect]
        var testDescription: String { name }
    }

    static let steps: [Step] = [
        Step(name: "PgDn flips and reads the next page", key: .pageDown, change: { $0.county = 1; $0.page = nil },
             effects: [.readCountyPage(county: "新泰市", asOf: today)]),
        Step(name: "PgUp from the first wraps to the last", key: .pageUp, change: { $0.county = 2; $0.page = nil },
             effects: [.readCountyPage(county: "荔城区", asOf: today)]),
        Step(name: "Enter shows the towns", key: .enter, change: { $0.mode = .towns; $0.readingTowns = true },
             effects: [.readTownFigures(county: "博湖县", asOf: today)]),
        Step(name: "R ranks", key: .char("R"), change: { $0.mode = .ranking }, effects: [.readCountyRanking(counties: nil, asOf: today)]),
        Step(name: "x writes last month's bulletin", key: .char("x"), change: { _ in },
             effects: [.writeBulletin(month: Month(iso: "2026-10")!, county: nil)]),
        Step(name: "j scrolls the page", key: .char("j"), change: { $0.scroll = 1 }, effects: []),
        Step(name: "s sorts by the next column", key: .char("s"), change: { $0.column = .overdue }, effects: []),
        Step(name: "/ opens the search", key: .char("/"), change: { $0.search = TextField() }, effects: []),
        Step(name: "? opens the help", key: .char("?"), change: { $0.showsHelp = true }, effects: []),
        Step(name: "3 asks for triage", key: .char("3"), change: { _ in }, effects: [.show(.triage)]),
        Step(name: "q quits", key: .char("q"), change: { _ in }, effects: [.quit]),
    ]

    @Test(arguments: steps)
    func eachKeyGivesTheNextStateAndItsEffects(_ step: Step) throws {
        var state = Self.loaded
        var expected = state
        step.change(&expected)
        let action = try #require(CountiesKeyMap.action(for: step.key, in: state))
        #expect(CountiesState.reduce(&state, action) == step.effects)
        #expect(state == expected)
    }

    @Test func typingJumpsToTheCountyAndAMissSaysSo() {
        var state = Self.loaded
        _ = CountiesState.reduce(&state, .search)
        #expect(CountiesKeyMap.action(for: .char("q"), in: state) == .edit(.insert("q")), "q is text while finding")
        #expect(CountiesState.reduce(&state, .edit(.insert("荔"))) == [.readCountyPage(county: "荔城区", asOf: Self.today)])
        #expect(state.county == 2)
        #expect(CountiesState.reduce(&state, .edit(.insert("x"))) == [])
        #expect(state.message == "No county starts with “荔x”")
        #expect(state.county == 2)
        _ = CountiesState.reduce(&state, CountiesKeyMap.action(for: .escape, in: state)!)
        #expect(state.search == nil)
    }

    @Test func aPageReadForACountyNoLongerShownIsDropped() {
        var state = Self.loaded
        _ = CountiesState.reduce(&state, .nextCounty)
        _ = CountiesState.reduce(&state, .nextCounty)
        _ = CountiesState.reduce(&state, .countyPageRead(county: "新泰市", CountyPage(summary: CountySummary(county: "新泰市"), trend: [])))
        #expect(state.page == nil, "荔城区 is on screen")
        let page = CountyPage(summary: CountySummary(county: "荔城区"), trend: [])
        _ = CountiesState.reduce(&state, .countyPageRead(county: "荔城区", page))
        #expect(state.page == page)
    }

    @Test func nothingIsReadBeforeTheDayThenTheNamesThenThePage() {
        var state = CountiesState(language: .en)
        #expect(CountiesState.reduce(&state, .appeared) == [])
        #expect(CountiesState.reduce(&state, .today(Self.today)) == [])
        #expect(CountiesState.reduce(&state, .appeared) == [.readCountyNames])
        #expect(CountiesState.reduce(&state, .countyNamesRead(Self.names)) == [.readCountyPage(county: "博湖县", asOf: Self.today)])
        let tomorrow = Self.today.adding(days: 1)
        #expect(CountiesState.reduce(&state, .today(tomorrow)) == [.readCountyPage(county: "博湖县", asOf: tomorrow)], "a new day re-counts")
    }

    @Test func aCountyDeskReadsOnlyItsCounty() {
        var state = CountiesState(scope: "荔城区", language: .en)
        _ = CountiesState.reduce(&state, .today(Self.today))
        #expect(CountiesState.reduce(&state, .appeared) == [.readCountyPage(county: "荔城区", asOf: Self.today)])
        #expect(CountiesState.reduce(&state, .ranking) == [.readCountyRanking(counties: ["荔城区"], asOf: Self.today)])
        #expect(CountiesState.reduce(&state, .bulletin) == [.writeBulletin(month: Month(iso: "2026-10")!, county: "荔城区")])
    }

    /// Until the towns are read their table says so, rather than showing a county without towns.
    @Test func theTownsSayTheyAreLoadingUntilTheirFiguresAreIn() {
        var state = Self.loaded
        _ = CountiesState.reduce(&state, .towns)
        #expect(text(state).contains("Loading…"))
        _ = CountiesState.reduce(&state, .townFiguresRead(county: "荔城区", [TownFigures(town: "黄石镇", isZone: false)]))
        #expect(state.readingTowns, "towns of a county not shown are dropped")
        _ = CountiesState.reduce(&state, .townFiguresRead(county: "博湖县", []))
        #expect(!state.readingTowns)
        #expect(!text(state).contains("Loading…"), "a county without towns shows an empty table")
    }

    private func text(_ state: CountiesState) -> String {
        var canvas = Canvas(size: Size(width: 100, height: 24))
        CountiesScreen(state).draw(in: Rect(size: canvas.size), on: &canvas)
        return ScreenText.lines(canvas).joined(separator: "\n")
    }

    @Test func theBulletinsOutcomeIsTheMessage() {
        var state = Self.loaded
        _ = CountiesState.reduce(&state, .bulletinWritten(month: Month(iso: "2026-10")!, path: "/tmp/b.md"))
        #expect(state.message == "Wrote the 2026-10 bulletin to /tmp/b.md")
        _ = CountiesState.reduce(&state, .bulletinFailed("disk full"))
        #expect(state.message == "Bulletin not written: disk full")
    }
}
