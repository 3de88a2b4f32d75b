public import SafetyCore
public import SafetyStore
public import TerminalUI

extension ConsoleState {
    /// The console's reducer: the next state and the effects, from the state and the action
    /// alone. After every action the feed is asked for what the screen now needs (a window
    /// of the queue around the selection, the zoomed county's breakdown); the same request
    /// twice is asked once.
    ///
    /// - Tab does not move the focus behind the help overlay; Esc closes the help before it
    ///   leaves a zoom.
    /// - `i` opens the prompt on the selected inspection of the inspection panel, else says how.
    /// - Enter in the risk zoom lists the zoomed county's enterprises, reddest first; Enter on
    ///   one opens its file; Esc goes back one page. A change in the store reads the list again.
    /// - A snapshot with new major hazards adds them as alerts and rings the bell (unless
    ///   `--no-bell`); `A` acknowledges the newest.
    public static func reduce(_ state: inout ConsoleState, _ action: ConsoleAction) -> [ConsoleEffect] {
        if let refusal = RoleKeys.refusal(state.role, action.permission, state.language) {
            state.notice = refusal
            return []
        }
        var effects: [ConsoleEffect] = []
        switch action {
        case .edit(let edit):
            state.inspectionPrompt?.field.apply(edit)
        case .cancelPrompt:
            state.inspectionPrompt = nil
        case .submitPrompt:
            guard let prompt = state.inspectionPrompt, let today = state.today else { break }
            state.inspectionPrompt = nil
            if let (day, hazards) = prompt.answer(today: today) {
                effects.append(.recordInspection(id: prompt.inspectionId, day: day, hazards: hazards, today: today))
            } else {
                state.notice = state.language.pick("日期请写 YYYY-MM-DD", "Write the day as YYYY-MM-DD")
            }
        case .inspectionRecorded(let id, let day, let count):
            state.notice = state.language.pick("已登记 \(id) 于 \(day.iso) 完成，发现隐患 \(count) 条",
                                               "Recorded \(id) done on \(day.iso) with \(count) hazards")
        case .inspectionFailed(let reason):
            state.notice = reason
        case .screen(let size):
            state.screen = size
            let rows = state.enterprisePageRows
            state.enterpriseFile?.pageRows = rows.file
            if state.enterprises != nil { effects += state.listEnterprises(.pageRows(rows.list)) }
        case .countyEnterprises(let listAction):
            effects += state.listEnterprises(listAction)
        case .enterpriseFile(let pageAction):
            guard var page = state.enterpriseFile else { break }
            for effect in EnterpriseFileState.reduce(&page, pageAction) {
                switch effect {
                case .read(let id): effects.append(.readEnterpriseFile(enterpriseId: id))
                case .close: state.enterpriseFile = nil
                }
            }
            if state.enterpriseFile != nil { state.enterpriseFile = page }
        case .today(let day):
            state.today = day
        case .snapshotRead(let snapshot, let newMajors, let changedAt):
            state.snapshot = snapshot
            state.error = nil
            state.clamp(to: snapshot)
            if let changedAt {
                state.lastChange = changedAt
                // The list is a read of its own: a change anywhere may have moved a colour.
                state.enterprises?.requested = nil
                if state.enterprises != nil { effects += state.listEnterprises(.pageRows(state.enterprisePageRows.list)) }
            }
            state.alerts += newMajors
            if !newMajors.isEmpty, state.bell { effects.append(.ringBell) }
        case .feedFailed(let reason):
            state.error = reason
        default:
            state.notice = nil
            effects += state.press(action)
        }
        if let request = state.feedRequest, request != state.requested {
            state.requested = request
            effects.append(.requestFeed(request))
        }
        return effects
    }

    /// What the feed should read for this state, once the day is known.
    public var feedRequest: ConsoleRequest? {
        guard let today else { return nil }
        return Self.request(for: frame, scope: scope, today: today, screen: screen)
    }

    /// The request that matches `frame` on a screen of `size`: the queue is read in a window
    /// of three screens around the selection (the one it is on, one above, one below), whose
    /// start moves in whole screens so that moving within it does not ask for a new read. Not
    /// more: every change to the data reads the window again, a row and its enterprise each.
    ///
    /// Before the first snapshot, only the rows the panel shows: the first frame waits for
    /// them alone (on a cold file two page reads a row, a fifth of the window's), and the
    /// window around them is asked for as soon as they are in.
    public static func request(for frame: ConsoleFrame, scope: String?, today: Day, screen: Size) -> ConsoleRequest {
        let shown = ConsoleScreen.listRows(of: .hazards, frame, size: screen)
        let page = max(shown, screen.height, 1)
        let start = max(0, (frame.state.hazardSelection / page - 1) * page)
        let first = frame.snapshot == nil && frame.state.hazardSelection == 0
        return ConsoleRequest(scope: scope, asOf: today, hazardRows: first ? max(shown, 1) : 3 * page, hazardOffset: start,
                              breakdownCounty: frame.state.breakdownCounty(in: frame.snapshot))
    }

    /// The frame of this state with `clock` in the header, and the operator (with their role,
    /// when given).
    public func frame(clock: String = "", operatorName: String = "", role: OperatorRole? = nil) -> ConsoleFrame {
        var frame = ConsoleFrame(snapshot: snapshot, state: self, language: language, scope: scope, clock: clock,
                                 operatorName: operatorName, lastChange: lastChange, error: error)
        frame.role = role
        return frame
    }

    private var frame: ConsoleFrame { frame() }

    /// A key of the table.
    private mutating func press(_ action: ConsoleAction) -> [ConsoleEffect] {
        switch action {
        case .quit:
            return [.quit]
        case .help:
            showsHelp.toggle()
            helpScroll = 0
        case .back:
            if showsHelp { showsHelp = false } else { zoomed = false }
        case .nextPanel where !showsHelp:
            focus = focus.next
        case .previousPanel where !showsHelp:
            focus = focus.previous
        case .zoom where !showsHelp:
            zoomed.toggle()
        case .open where !showsHelp:
            guard zoomed, focus == .risk, let county = breakdownCounty(in: snapshot) else {
                zoomed.toggle()
                break
            }
            enterprises = CountyEnterprisesState(county: county, language: language)
            return listEnterprises(.pageRows(enterprisePageRows.list))
        case .up: move(.up)
        case .down: move(.down)
        case .pageUp: move(.pageUp)
        case .pageDown: move(.pageDown)
        case .top: move(.top)
        case .bottom: move(.bottom)
        case .recordInspection:
            let upcoming = snapshot?.inspections.upcoming ?? []
            if focus == .inspections, upcoming.indices.contains(inspectionSelection) {
                inspectionPrompt = InspectionPrompt(inspectionId: upcoming[inspectionSelection].id)
            } else {
                notice = language == .zh ? "先用 Tab 切到检查计划面板，选中一项检查，再按 i" : "Tab to the inspections panel, select an inspection, then press i"
            }
        case .acknowledge:
            // The header shows the newest alert; acknowledging it reveals the one before.
            if !alerts.isEmpty { alerts.removeLast() }
        case .showConsole:
            showsHelp = false
        case .showCounties:
            showsHelp = false
            return [.show(.counties)]
        case .showTriage:
            showsHelp = false
            return [.show(.triage)]
        default:
            break
        }
        return []
    }

    /// Passes `action` to the enterprise list and turns what it asks for into the console's effects.
    private mutating func listEnterprises(_ action: CountyEnterprisesAction) -> [ConsoleEffect] {
        guard var list = enterprises else { return [] }
        var effects: [ConsoleEffect] = []
        for effect in CountyEnterprisesState.reduce(&list, action) {
            switch effect {
            case let .read(county, offset, limit):
                effects.append(.readCountyEnterprises(county: county, offset: offset, limit: limit))
            case .openFile(let id):
                var page = EnterpriseFileState(enterpriseId: id, language: language)
                page.pageRows = enterprisePageRows.file
                enterpriseFile = page
                effects.append(.readEnterpriseFile(enterpriseId: id))
            case .close:
                enterprises = nil
                return effects
            }
        }
        enterprises = list
        return effects
    }

    /// Rows on screen of the enterprise list and of the enterprise file: both fill the zoomed panel.
    private var enterprisePageRows: (list: Int, file: Int) {
        let inside = ConsoleScreen.zoomedPanel(frame, size: screen) ?? Rect(x: 0, y: 0, width: screen.width, height: screen.height)
        return (CountyEnterprisesScreen.pageRows(in: inside), EnterpriseFileScreen.pageRows(in: inside))
    }

    /// Keeps selections inside the data after a refresh shrank it.
    public mutating func clamp(to snapshot: ConsoleSnapshot) {
        hazardSelection = ListSelection(index: hazardSelection, count: snapshot.hazards.open).index
        riskSelection = ListSelection(index: riskSelection, count: snapshot.risk.count).index
        inspectionSelection = ListSelection(index: inspectionSelection, count: snapshot.inspections.upcoming.count).index
    }

    private mutating func move(_ move: ListMove) {
        let page = max(1, ConsoleScreen.listRows(of: focus, frame, size: screen))
        if showsHelp {
            helpScroll = ListSelection(index: helpScroll, count: Int.max / 2).applying(move, pageSize: page).index
            return
        }
        guard let snapshot else { return }
        switch focus {
        case .hazards:
            hazardSelection = ListSelection(index: hazardSelection, count: snapshot.hazards.open).applying(move, pageSize: page).index
        case .risk:
            riskSelection = ListSelection(index: riskSelection, count: snapshot.risk.count).applying(move, pageSize: page).index
        case .inspections:
            inspectionSelection = ListSelection(index: inspectionSelection, count: snapshot.inspections.upcoming.count)
                .applying(move, pageSize: page).index
        case .training:
            break
        }
    }

    /// The county whose industries and towns the zoomed risk panel breaks down.
    public func breakdownCounty(in snapshot: ConsoleSnapshot?) -> String? {
        guard let risk = snapshot?.risk, risk.indices.contains(riskSelection) else { return nil }
        return risk[riskSelection].name
    }
}
