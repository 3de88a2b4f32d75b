import SafetyStore
public import TerminalUI

/// The console's mouse: a click on a panel focuses it and selects the row under the pointer,
/// on a tab focuses that panel, on a key-bar entry runs its action; the wheel scrolls the list
/// under the pointer; a double click zooms (or leaves the zoom). The answer is the actions
/// the keys would send, for the console's reducer.
public enum ConsoleMouse {
    /// The actions `event` means on `frame` drawn at `size`.
    public static func actions(for event: MouseEvent, in frame: ConsoleFrame, size: Size) -> [ConsoleAction] {
        let state = frame.state
        guard state.inspectionPrompt == nil,
              let layout = ConsoleLayout(size: size, state: state, hasError: frame.error != nil) else { return [] }
        if state.showsHelp {
            switch event.kind {
            case .scrollUp: return Array(repeating: .up, count: MouseList.wheelRows)
            case .scrollDown: return Array(repeating: .down, count: MouseList.wheelRows)
            case .press, .doubleClick: return [.back]
            }
        }
        if layout.keyBar.contains(x: event.x, y: event.y) {
            guard event.kind == .press else { return [] }
            return MouseList.keyBarAction(x: event.x - layout.keyBar.x, width: layout.keyBar.width,
                                          bindings: ConsoleScreen.keyBarBindings(state), language: frame.language).map { [$0] } ?? []
        }
        if let strip = layout.tabStrip, strip.contains(x: event.x, y: event.y) {
            guard event.kind != .scrollUp, event.kind != .scrollDown,
                  let panel = ConsoleTabStrip.panel(atColumn: event.x - strip.x, language: frame.language) else { return [] }
            return focusing(panel, from: state.focus)
        }
        guard let (panel, rect) = layout.panels.first(where: { $0.value.contains(x: event.x, y: event.y) }) else { return [] }
        var actions = focusing(panel, from: state.focus)
        switch event.kind {
        case .scrollUp:
            actions += Array(repeating: .up, count: MouseList.wheelRows)
        case .scrollDown:
            actions += Array(repeating: .down, count: MouseList.wheelRows)
        case .press, .doubleClick:
            if let delta = rowDelta(at: event.y, panel: panel, in: rect, frame: frame, zoomed: layout.arrangement == .zoomed) {
                actions += MouseList.moves(delta, up: .up, down: .down)
            }
            if event.kind == .doubleClick { actions.append(layout.arrangement == .zoomed ? .back : .zoom) }
        }
        return actions
    }

    /// Tab presses from `focus` to `panel`.
    private static func focusing(_ panel: ConsolePanel, from focus: ConsolePanel) -> [ConsoleAction] {
        let all = ConsolePanel.allCases
        guard let to = all.firstIndex(of: panel), let from = all.firstIndex(of: focus) else { return [] }
        return Array(repeating: .nextPanel, count: (to - from + all.count) % all.count)
    }

    /// The moves to the clicked row of the panel's list (the hazard queue, the risk table).
    private static func rowDelta(at y: Int, panel: ConsolePanel, in rect: Rect, frame: ConsoleFrame, zoomed: Bool) -> Int? {
        guard let snapshot = frame.snapshot else { return nil }
        let inside = rect.inset(by: 1)
        switch panel {
        case .hazards:
            return MouseList.rowDelta(y: y, area: HazardPanelView.tableArea(in: inside), count: snapshot.hazards.open,
                                      selection: frame.state.hazardSelection)
        case .risk:
            return MouseList.rowDelta(y: y, area: RiskPanelView.countyTableArea(in: inside, zoomed: zoomed), count: snapshot.risk.count,
                                      selection: frame.state.riskSelection)
        case .training, .inspections:
            return nil
        }
    }
}
