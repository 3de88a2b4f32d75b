import Dashboard
import SafetyCore
import SafetyStore
import TerminalUI
import Testing

/// The keys a role lacks: absent from the key bar and the help, and refused by the reducer if
/// pressed; the header names the operator and their role.
struct RoleKeysTests {
    static let wide = Size(width: 160, height: 45)

    static func keyBar(_ canvas: Canvas) -> String { ScreenText.lines(canvas).last ?? "" }

    /// (role, key-bar label, shown?) on the triage view.
    static let triageBar: [(OperatorRole, String, Bool)] = [
        (.duty, "assign", false), (.duty, "verify+close", false), (.duty, "undo", false), (.duty, "filter", true),
        (.supervisor, "deadline", false), (.supervisor, "search", true),
        (.triage, "assign", true), (.triage, "verify+close", true), (.admin, "rectified", true),
    ]

    @Test(arguments: triageBar)
    func theTriageKeyBarOffersOnlyTheRolesKeys(role: OperatorRole, label: String, shown: Bool) {
        var state = TriageState()
        state.role = role
        let bar = Self.keyBar(TriageFixture.render(.en, size: Self.wide, state: state))
        #expect(bar.contains(label) == shown, "\(role): \(bar)")
    }

    @Test(arguments: OperatorRole.allCases)
    func theTriageHelpListsOnlyTheRolesKeys(role: OperatorRole) {
        var state = TriageState()
        state.role = role
        state.showsHelp = true
        // No rows behind the overlay: the history's action names are not read as help lines.
        var canvas = Canvas(size: Self.wide)
        TriageScreen(data: TriageWindow(), state: state, language: .en, today: TriageFixture.today)
            .draw(in: Rect(size: Self.wide).inset(top: 1), on: &canvas)
        let text = ScreenText.lines(canvas).joined(separator: "\n")
        for binding in TriageKeyMap.bindings where binding.action.permission != nil {
            let granted = binding.action.permission.map(role.grants.contains) ?? true
            #expect(text.contains(binding.english) == granted, "\(role): \(binding.english)")
        }
    }

    /// (role, label, shown?) on the console's key bar, with alerts waiting.
    static let consoleBar: [(OperatorRole, String, Bool)] = [
        (.duty, "counties", false), (.duty, "acknowledge alert", true), (.triage, "counties", false),
        (.supervisor, "counties", true), (.supervisor, "acknowledge alert", false), (.admin, "counties", true),
    ]

    @Test(arguments: consoleBar)
    func theConsoleKeyBarOffersOnlyTheRolesKeys(role: OperatorRole, label: String, shown: Bool) {
        var frame = ConsoleFixture.frame(.en, alerts: true)
        frame.state.role = role
        let bar = Self.keyBar(ConsoleScreen.render(frame, size: Self.wide))
        #expect(bar.contains(label) == shown, "\(role): \(bar)")
    }

    @Test func theCountiesViewHidesTheBulletinFromARoleWithoutIt() {
        var state = CountiesState(scope: nil, language: .en)
        state.role = .triage
        let hidden = Self.keyBar(CountiesScreenTests.render(state, .en, Self.wide))
        state.role = .supervisor
        let shown = Self.keyBar(CountiesScreenTests.render(state, .en, Self.wide))
        #expect(!hidden.contains("bulletin"))
        #expect(shown.contains("bulletin"))
    }

    /// (role, action, refused?) through the triage reducer.
    static let triagePresses: [(OperatorRole, TriageAction, Bool)] = [
        (.duty, .assign, true), (.duty, .close, true), (.duty, .comment, true), (.duty, .showCounties, true),
        (.supervisor, .regrade, true), (.supervisor, .showCounties, false),
        (.triage, .comment, false), (.admin, .undo, false), (.duty, .down, false),
    ]

    @Test(arguments: triagePresses)
    func aTriageKeyTheRoleLacksIsRefusedIfPressed(role: OperatorRole, action: TriageAction, refused: Bool) {
        var state = TriageState()
        state.language = .en
        state.role = role
        state.data = TriageFixture.window
        let effects = TriageState.reduce(&state, action)
        let refusal = state.message?.text.contains("refused") == true
        #expect(refusal == refused, "\(role) \(action): \(String(describing: state.message))")
        if refused {
            #expect(effects.isEmpty)
            #expect(state.prompt == nil, "no prompt opens")
        }
    }

    @Test(arguments: [(OperatorRole.duty, true), (.triage, true), (.supervisor, false), (.admin, false)])
    func theCountiesKeyIsRefusedToARoleWithoutCountyPages(role: OperatorRole, refused: Bool) {
        var state = ConsoleState(scope: nil, language: .en, bell: false)
        state.role = role
        let effects = ConsoleState.reduce(&state, .showCounties)
        #expect(effects.contains(.show(.counties)) == !refused)
        #expect((state.notice?.contains("needs supervisor or admin") == true) == refused)
    }

    @Test func acknowledgingIsRefusedToASupervisorAndTheAlertStays() {
        var state = ConsoleState(scope: nil, language: .zh, bell: false)
        state.alerts = ConsoleFixture.alerts
        state.role = .supervisor
        _ = ConsoleState.reduce(&state, .acknowledge)
        #expect(state.alerts == ConsoleFixture.alerts)
        #expect(state.notice?.contains("分管领导无此权限") == true)
    }

    @Test(arguments: Language.allCases)
    func theHeaderNamesTheOperatorAndTheirRole(language: Language) {
        var state = ConsoleFixture.frame(language).state
        state.language = language
        let frame = state.frame(clock: "2025-06-30 14:05", operatorName: "王科长", role: .triage)
        let header = ScreenText.lines(ConsoleScreen.render(frame, size: Self.wide)).first ?? ""
        #expect(header.contains(language == .zh ? "值班 王科长（隐患处置）" : "on duty 王科长 (triage)"), "\(header)")
    }
}
