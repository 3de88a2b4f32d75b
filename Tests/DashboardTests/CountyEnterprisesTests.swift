import Dashboard
import SafetyCore
import SafetyStore
import TerminalUI
import Testing

/// The risk zoom's enterprise list and the enterprise file it opens, through the console's
/// reducer and key table: Enter in the zoom lists the county, moves read whole windows,
/// Enter opens a file, Esc goes back one page at a time.
struct CountyEnterprisesTests {
    static let today = Day(iso: "2025-06-30")!

    /// A console zoomed on the risk panel of `counties`, its day known.
    static func zoomedConsole(_ counties: [String] = ["荔城区", "新泰市"]) -> ConsoleState {
        var state = ConsoleState()
        var snapshot = ConsoleSnapshot(asOf: today, scope: nil)
        snapshot.risk = counties.map { ConsoleSnapshot.RiskRow(name: $0, counts: [.red: 1]) }
        state.snapshot = snapshot
        state.language = .en
        _ = ConsoleState.reduce(&state, .today(today))
        state.focus = .risk
        state.zoomed = true
        return state
    }

    /// `count` enterprises of `county` from position `offset`.
    static func window(_ county: String, total: Int, offset: Int, count: Int) -> CountyEnterprises {
        CountyEnterprises(county: county, total: total, offset: offset, enterprises: (offset..<min(total, offset + count)).map {
            Enterprise(id: "E\($0)", name: "企业\($0)", county: county, town: "镇", industry: "行业", scale: .below,
                       keySupervised: false, riskLevel: .red, riskAssessedOn: nil)
        })
    }

    static func press(_ key: Key, _ state: inout ConsoleState) -> [ConsoleEffect] {
        guard let action = ConsoleKeyMap.action(for: key, in: state) else { return [] }
        return ConsoleState.reduce(&state, action)
    }

    @Test func enterInTheRiskZoomListsTheSelectedCountyFromItsReddest() throws {
        var state = Self.zoomedConsole()
        _ = Self.press(.down, &state)
        let effects = Self.press(.enter, &state)
        let list = try #require(state.enterprises)
        #expect(list.county == "新泰市")
        #expect(state.zoomed)
        let page = list.pageRows
        #expect(page > 3, "the list fills the zoomed panel")
        #expect(effects.contains(.readCountyEnterprises(county: "新泰市", offset: 0, limit: 3 * page)))
    }

    @Test(arguments: [false, true])
    func enterOutsideTheRiskZoomZoomsAndUnzoomsAsBefore(startZoomed: Bool) {
        var state = Self.zoomedConsole()
        state.focus = .hazards
        state.zoomed = startZoomed
        _ = Self.press(.enter, &state)
        #expect(state.zoomed == !startZoomed)
        #expect(state.enterprises == nil)
    }

    @Test func movesWithinAPageReadNothingAndLeavingItReadsTheNextWindow() throws {
        var state = Self.zoomedConsole()
        _ = Self.press(.enter, &state)
        let page = try #require(state.enterprises?.pageRows)
        _ = ConsoleState.reduce(&state, .countyEnterprises(.read(Self.window("荔城区", total: 1_000, offset: 0, count: 3 * page))))
        for _ in 0..<(page - 1) {
            #expect(Self.press(.down, &state).isEmpty)
        }
        #expect(state.enterprises?.selected?.id == "E\(page - 1)")
        #expect(Self.press(.down, &state).isEmpty, "the second page is the middle of the first window")
        for _ in 0..<(page - 1) { _ = Self.press(.down, &state) }
        #expect(Self.press(.down, &state) == [.readCountyEnterprises(county: "荔城区", offset: page, limit: 3 * page)],
                "the third page starts the next window one page on")
        #expect(Self.press(.end, &state) == [.readCountyEnterprises(county: "荔城区", offset: (999 / page - 1) * page, limit: 3 * page)])
        #expect(state.enterprises?.selection == 999)
        #expect(state.enterprises?.selected == nil, "not read yet")
        _ = ConsoleState.reduce(&state, .countyEnterprises(.read(Self.window("荔城区", total: 1_000, offset: (999 / page - 1) * page,
                                                                             count: 3 * page))))
        #expect(state.enterprises?.selected?.id == "E999")
    }

    @Test func aReadForAnotherCountyIsDropped() {
        var state = Self.zoomedConsole()
        _ = Self.press(.enter, &state)
        _ = ConsoleState.reduce(&state, .countyEnterprises(.read(Self.window("新泰市", total: 5, offset: 0, count: 5))))
        #expect(state.enterprises?.window == nil)
    }

    @Test func enterOpensTheFileAndEscGoesBackOnePageAtATime() throws {
        var state = Self.zoomedConsole()
        _ = Self.press(.enter, &state)
        _ = ConsoleState.reduce(&state, .countyEnterprises(.read(Self.window("荔城区", total: 3, offset: 0, count: 3))))
        _ = Self.press(.down, &state)
        let effects = Self.press(.enter, &state)
        #expect(effects == [.readEnterpriseFile(enterpriseId: "E1")])
        #expect(state.enterpriseFile?.enterpriseId == "E1")
        let file = EnterpriseFile(enterprise: try #require(state.enterprises?.selected))
        _ = ConsoleState.reduce(&state, .enterpriseFile(.read(file)))
        #expect(state.enterpriseFile?.file == file)
        _ = Self.press(.escape, &state)
        #expect(state.enterpriseFile == nil)
        #expect(state.enterprises?.selection == 1, "back on the enterprise it opened")
        _ = Self.press(.escape, &state)
        #expect(state.enterprises == nil)
        #expect(state.zoomed, "back in the zoom")
        _ = Self.press(.escape, &state)
        #expect(!state.zoomed)
    }

    @Test func qStillQuitsFromTheListAndTheFile() {
        var state = Self.zoomedConsole()
        _ = Self.press(.enter, &state)
        #expect(Self.press(.char("q"), &state) == [.quit])
    }

    @Test func aChangeInTheStoreReadsTheListAgain() throws {
        var state = Self.zoomedConsole()
        _ = Self.press(.enter, &state)
        let page = try #require(state.enterprises?.pageRows)
        _ = ConsoleState.reduce(&state, .countyEnterprises(.read(Self.window("荔城区", total: 3, offset: 0, count: 3))))
        let snapshot = try #require(state.snapshot)
        #expect(ConsoleState.reduce(&state, .snapshotRead(snapshot, newMajorHazards: [], changedAt: nil)).isEmpty)
        let effects = ConsoleState.reduce(&state, .snapshotRead(snapshot, newMajorHazards: [], changedAt: "14:05:12"))
        #expect(effects.contains(.readCountyEnterprises(county: "荔城区", offset: 0, limit: 3 * page)))
    }
}
