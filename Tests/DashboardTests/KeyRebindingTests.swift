import Dashboard
import Foundation
import SafetyCore
import TerminalUI
import Testing

/// A config file's `[keys]`: the key tables change, and the key bar, the `?` help and the
/// input all follow, because they all read the state's one table.
struct KeyRebindingTests {
    @Test func theBuiltInTablesHaveNoCollisionsAndEveryBindingANameThatReadsBack() throws {
        let tables = try KeyTables.rebinding([:])
        #expect(tables == KeyTables.standard)
        let bindings = tables.console.map { ($0.name, $0.keys) } + tables.counties.map { ($0.name, $0.keys) }
            + tables.triage.map { ($0.name, $0.keys) }
        for (name, keys) in bindings {
            #expect(name != nil, "\(keys) has no [keys] name")
        }
        // Rebinding every action to its own keys changes nothing.
        let same = Dictionary(bindings.compactMap { name, keys in name.map { ($0, keys) } }, uniquingKeysWith: { first, _ in first })
        let rebound = try KeyTables.rebinding(same)
        #expect(rebound.console.map(\.keys) == KeyTables.standard.console.map(\.keys))
        #expect(rebound.counties.map(\.keys) == KeyTables.standard.counties.map(\.keys))
        #expect(rebound.triage.map(\.keys) == KeyTables.standard.triage.map(\.keys))
    }

    @Test func oneNameRebindsTheActionInEveryViewThatHasIt() throws {
        let tables = try KeyTables.rebinding(["quit": [.char("Q")], "triage": [.function(3)]])
        #expect(tables.console.first { $0.action == .quit }?.keys == [.char("Q")])
        #expect(tables.counties.first { $0.action == .quit }?.keys == [.char("Q")])
        #expect(tables.triage.first { $0.action == .quit }?.keyLabel == "Q")
        #expect(tables.console.first { $0.action == .showTriage }?.keyLabel == "F3")
        #expect(tables.counties.first { $0.action == .showTriage }?.keys == [.function(3)])
    }

    @Test(arguments: [
        (["quit": [Key.char("j")]], ["quit", "down"], "console"),
        (["merge": [.char("a")]], ["merge", "assign"], "triage"),
        (["ranking": [.char("A")]], ["ranking", "acknowledge"], "counties"),
        (["acknowledge": [.char("a")]], ["acknowledge", "assign"], "triage"),
    ])
    func aCollisionNamesBothActions(keys: [String: [Key]], actions: [String], view: String) {
        #expect(throws: KeyTables.Collision.self) { try KeyTables.rebinding(keys) }
        do {
            _ = try KeyTables.rebinding(keys)
        } catch {
            #expect(error.actions == actions)
            #expect(error.view == view)
        }
    }

    @Test func aReboundKeyShowsInTheKeyBarAndTheHelpAndWorks() throws {
        let tables = try KeyTables.rebinding(["quit": [.char("Q")], "filter": [.function(4)]])
        var state = TriageState(scope: nil, language: .en)
        state.keys = tables.triage
        let bar = ScreenText.lines(TriageFixture.render(.en, size: Size(width: 100, height: 30), state: state)).last ?? ""
        #expect(bar.contains("Q quit") && bar.contains("F4 filter"), "\(bar)")
        #expect(!bar.contains("q quit"), "\(bar)")

        state.showsHelp = true
        let help = ScreenText.lines(TriageFixture.render(.en, size: Size(width: 100, height: 50), state: state)).joined(separator: "\n")
        #expect(help.range(of: #"Q +quit +quit"#, options: .regularExpression) != nil, "\(help)")
        #expect(help.range(of: #"F4 +filter +filter"#, options: .regularExpression) != nil, "\(help)")

        state.showsHelp = false
        #expect(TriageKeyMap.action(for: .char("Q"), in: state) == .quit)
        #expect(TriageKeyMap.action(for: .function(4), in: state) == .filter)
        #expect(TriageKeyMap.action(for: .char("q"), in: state) == nil, "q no longer quits")
        state.showsHelp = true
        #expect(TriageKeyMap.action(for: .char("Q"), in: state) == .help, "the rebound quit closes the help")
    }

    @Test func theConsoleAndCountiesFollowTheirTablesToo() throws {
        let tables = try KeyTables.rebinding(["help": [.function(1)], "next_county": [.char("n")]])
        var console = ConsoleState()
        console.keys = tables.console
        #expect(ConsoleKeyMap.action(for: .function(1), in: console) == .help)
        #expect(ConsoleKeyMap.action(for: .char("?"), in: console) == nil)
        var frame = ConsoleFixture.frame(.en)
        frame.state.keys = tables.console
        let bar = ScreenText.lines(ConsoleScreen.render(frame, size: Size(width: 80, height: 24))).last ?? ""
        #expect(bar.hasPrefix("F1 help"), "\(bar)")

        var counties = CountiesState()
        counties.keys = tables.counties
        #expect(CountiesKeyMap.action(for: .char("n"), in: counties) == .nextCounty)
        #expect(CountiesKeyMap.action(for: .char("]"), in: counties) == nil)
    }
}
