import Dashboard
import SafetyCore
import SafetyStore
import TerminalUI
import Testing

/// The triage view as text, and the words of its filter.
struct TriageScreenTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let size: Size
        let language: Language
        let state: TriageState
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        for size in [Size(width: 80, height: 24), Size(width: 140, height: 36)] {
            for language in Language.allCases {
                let prefix = "triage-\(size.width)x\(size.height)-\(language.rawValue)"
                cases.append(Case(name: prefix, size: size, language: language, state: TriageState()))
                var filtered = TriageState(filter: TriageFilter(county: "荔城区"))
                filtered.filter.overdueOnly = true
                filtered.selection = 5
                filtered.marked = ["LC-H-0002", "XT-H-0003"]
                filtered.prompt = .text(.deadline, input: "+15")
                cases.append(Case(name: "\(prefix)-filtered-marked-prompt", size: size, language: language, state: filtered))
                var confirm = TriageState()
                confirm.prompt = .confirm(.close)
                confirm.message = TriageMessage("x", isError: true)
                cases.append(Case(name: "\(prefix)-confirm", size: size, language: language, state: confirm))
                var help = TriageState()
                help.showsHelp = true
                cases.append(Case(name: "\(prefix)-help", size: size, language: language, state: help))
            }
        }
        return cases
    }()

    @Test(arguments: cases)
    func matchesTheRecordedSnapshot(_ c: Case) {
        SnapshotFile.check(TriageFixture.render(c.language, size: c.size, state: c.state), named: c.name)
    }

    @Test(arguments: Language.allCases)
    func overdueRowsCarryTheirEscalationStepAndStandOutWithoutColour(language: Language) {
        let canvas = TriageFixture.render(language, size: Size(width: 140, height: 36))
        let lines = ScreenText.lines(canvas)
        let publicNotice = lines.first { $0.contains("莆田市荔城区鞋业有限公司") } ?? ""
        #expect(publicNotice.contains(language == .zh ? "逾41天·公开曝光" : "41d·public notice"))
        #expect(publicNotice.contains(language == .zh ? "逾期41天 · 公开曝光" : "41d late · public"), "the detail says it in full")
        let reminder = lines.first { $0.contains("2025-06-20") } ?? ""
        #expect(reminder.contains(language == .zh ? "逾10天·提醒" : "10d·reminder"))
        let dueSoon = lines.first { $0.contains("新泰市汶河食品有限公司") } ?? ""
        #expect(dueSoon.contains(language == .zh ? "3天后到期" : "due in 3d"))
        let duplicate = lines.first { $0.contains("≈") } ?? ""
        #expect(duplicate.contains("莆田市华林鞋材厂"), "the likely duplicate is flagged in the list")
    }

    @Test func aConfirmationNamesTheHazardItIsAbout() {
        var state = TriageState()
        state.selection = 1
        state.prompt = .confirm(.close)
        let lines = ScreenText.lines(TriageFixture.render(.en, size: Size(width: 80, height: 24), state: state))
        #expect(lines.contains { $0.contains("Verify and close?") && $0.contains("LC-H-0002") })
    }

    @Test func theDetailShowsTheHistoryNewestLast() {
        let lines = ScreenText.lines(TriageFixture.render(.en, size: Size(width: 140, height: 36)))
        let assign = lines.firstIndex { $0.contains("zhangwei assign") }
        let comment = lines.firstIndex { $0.contains("liming comment") }
        #expect(assign != nil && comment != nil && assign! < comment!)
        #expect(lines.contains { $0.contains("企业已采购新的排风设备") })
        #expect(lines.contains { $0.contains("deadline —→2025-05-20") })
    }

    @Test(arguments: [
        ("county=荔城区 grade=major overdue", "county=荔城区 grade=major overdue"),
        ("县=荔城区 等级=重大 逾期 挂牌", "county=荔城区 grade=major overdue listed"),
        ("status=rectified,closed source=grid_member", "status=rectified,closed source=grid_member"),
        ("town=黄石镇 industry=鞋服 all", "town=黄石镇 industry=鞋服 all"),
        ("", ""),
    ])
    func filterWordsReadBackAsTheyAreShown(typed: String, shown: String) throws {
        let filter = try TriageFilterText.parse(typed, scope: nil)
        #expect(TriageFilterText.describe(filter, scope: nil) == shown)
        #expect(try TriageFilterText.parse(shown, scope: nil) == filter)
    }

    @Test func aCountyDeskKeepsItsCountyWhateverIsTyped() throws {
        let filter = try TriageFilterText.parse("county=新泰市 overdue", scope: "荔城区")
        #expect(filter.county == "荔城区")
        #expect(filter.overdueOnly)
    }

    @Test(arguments: ["grade=huge", "overdue=yes", "colour=red", "status=done"])
    func anUnknownFilterWordIsNamed(word: String) {
        #expect(throws: TriageFilterText.Problem(word: word)) { try TriageFilterText.parse("overdue \(word)", scope: nil) }
    }

    @Test func everyTriageActionHasAKeyAndNoKeyIsBoundTwice() {
        let keys = TriageKeyMap.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
        let actions = TriageKeyMap.bindings.map(\.action)
        #expect(actions.indices.allSatisfy { index in !actions[..<index].contains(actions[index]) })
        for key in "adwrvomlcu".map({ Key.char($0) }) {
            #expect(TriageKeyMap.bindings.action(for: key) != nil, "\(key) is bound")
        }
    }
}
