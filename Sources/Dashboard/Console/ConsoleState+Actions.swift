import SafetyCore
public import SafetyStore
public import TerminalUI

extension ConsoleState {
    /// Applies `action` against the data on screen. `pageSize` is how many rows a page key moves.
    public mutating func apply(_ action: ConsoleAction, snapshot: ConsoleSnapshot?, language: Language,
                               pageSize: Int = 10) -> BoardOutcome {
        notice = nil
        switch action {
        case .quit:
            return .quit
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
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            move(action, snapshot: snapshot, pageSize: max(1, pageSize))
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
            return .show(.counties)
        case .showTriage:
            showsHelp = false
            return .show(.triage)
        case .nextPanel, .previousPanel, .zoom:
            break
        }
        return .stay
    }

    /// Keeps selections inside the data after a refresh shrank it.
    public mutating func clamp(to snapshot: ConsoleSnapshot) {
        hazardSelection = min(hazardSelection, max(0, snapshot.hazards.open - 1))
        riskSelection = min(riskSelection, max(0, snapshot.risk.count - 1))
        inspectionSelection = min(inspectionSelection, max(0, snapshot.inspections.upcoming.count - 1))
    }

    private mutating func move(_ action: ConsoleAction, snapshot: ConsoleSnapshot?, pageSize: Int) {
        if showsHelp {
            helpScroll = max(0, helpScroll + Self.step(action, pageSize: pageSize, current: helpScroll, count: Int.max / 2))
            return
        }
        guard let snapshot else { return }
        switch focus {
        case .hazards:
            hazardSelection += Self.step(action, pageSize: pageSize, current: hazardSelection, count: snapshot.hazards.open)
        case .risk:
            riskSelection += Self.step(action, pageSize: pageSize, current: riskSelection, count: snapshot.risk.count)
        case .inspections:
            inspectionSelection += Self.step(action, pageSize: pageSize, current: inspectionSelection, count: snapshot.inspections.upcoming.count)
        case .training:
            break
        }
    }

    /// How far `action` moves a selection at `current` in a list of `count` rows, staying inside it.
    static func step(_ action: ConsoleAction, pageSize: Int, current: Int, count: Int) -> Int {
        guard count > 0 else { return -current }
        let target = switch action {
        case .up: current - 1
        case .down: current + 1
        case .pageUp: current - pageSize
        case .pageDown: current + pageSize
        case .top: 0
        case .bottom: count - 1
        default: current
        }
        return min(max(target, 0), count - 1) - current
    }

    /// The county whose industries and towns the zoomed risk panel breaks down.
    public func breakdownCounty(in snapshot: ConsoleSnapshot?) -> String? {
        guard let risk = snapshot?.risk, risk.indices.contains(riskSelection) else { return nil }
        return risk[riskSelection].name
    }
}
